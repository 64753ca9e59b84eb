/**
 * How the model's kinds and enumerations become schema.org types and enumeration members.
 */
import type { AttendanceMode, EventKind, EventStatus } from "../models/event.js";
import type { LocationKind } from "../models/location.js";
import type { OrganizationKind } from "../models/organization.js";

/** The schema.org type for each kind of organization. */
export const ORGANIZATION_TYPES: Readonly<Record<OrganizationKind, string>> = {
  "news-media": "NewsMediaOrganization",
  government: "GovernmentOrganization",
  university: "CollegeOrUniversity",
  school: "School",
  "armed-forces": "GovernmentOrganization",
  "political-party": "PoliticalParty",
  ngo: "NGO",
  corporation: "Corporation",
  other: "Organization",
};

/** The schema.org type for each kind of place. */
export const PLACE_TYPES: Readonly<Record<LocationKind, string>> = {
  country: "Country",
  "administrative-area": "AdministrativeArea",
  city: "City",
  campus: "CollegeOrUniversity",
  venue: "EventVenue",
  landmark: "LandmarksOrHistoricalBuildings",
  place: "Place",
};

/** The schema.org type for each kind of event. */
export const EVENT_TYPES: Readonly<Record<EventKind, string>> = {
  conference: "Event",
  session: "Event",
  meeting: "Event",
  visit: "Event",
  concert: "MusicEvent",
  exhibition: "ExhibitionEvent",
  festival: "Festival",
  sports: "SportsEvent",
  education: "EducationEvent",
  "military-operation": "Event",
  historical: "Event",
  other: "Event",
};

const SCHEMA = "https://schema.org/";

/** `eventStatus` values: members of schema.org `EventStatusType`. */
export const EVENT_STATUS_URLS: Readonly<Record<EventStatus, string>> = {
  scheduled: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  rescheduled: `${SCHEMA}EventRescheduled`,
  "moved-online": `${SCHEMA}EventMovedOnline`,
};

/** `eventAttendanceMode` values: members of schema.org `EventAttendanceModeEnumeration`. */
export const ATTENDANCE_MODE_URLS: Readonly<Record<AttendanceMode, string>> = {
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
};
