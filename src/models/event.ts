/**
 * An event: a conference and its sessions, a visit, a concert, a historical event known by its year.
 */
import * as z from "zod";
import { dateValueCodec } from "../dates/codecs.js";
import { entityId, LIMITS, list, reference, sameAsList, text } from "./fields.js";

/**
 * The kinds of event; the JSON-LD output chooses the schema.org type from it (`concert` →
 * MusicEvent, `exhibition` → ExhibitionEvent, …).
 *
 * @example
 * ```ts
 * EventKind.parse("conference"); //=> "conference"
 * ```
 */
export const EventKind = z.enum([
  "conference",
  "session",
  "meeting",
  "visit",
  "concert",
  "exhibition",
  "festival",
  "sports",
  "education",
  "military-operation",
  "historical",
  "other",
]);

/** A kind of event; see the {@link EventKind} schema. */
export type EventKind = z.infer<typeof EventKind>;

/**
 * Whether an event happens as planned (schema.org `EventStatusType`).
 *
 * @example
 * ```ts
 * EventStatus.parse("postponed"); //=> "postponed"
 * ```
 */
export const EventStatus = z.enum(["scheduled", "cancelled", "postponed", "rescheduled", "moved-online"]);

/** An event's status; see the {@link EventStatus} schema. */
export type EventStatus = z.infer<typeof EventStatus>;

/**
 * How people attend (schema.org `EventAttendanceModeEnumeration`).
 *
 * @example
 * ```ts
 * AttendanceMode.parse("offline"); //=> "offline"
 * ```
 */
export const AttendanceMode = z.enum(["offline", "online", "mixed"]);

/** How people attend an event; see the {@link AttendanceMode} schema. */
export type AttendanceMode = z.infer<typeof AttendanceMode>;

/**
 * An event an article reports. Dates are instants or partial dates (`"1823"`); a local date-time is
 * read in the zone of the event's location (or of a place containing it), else the article's zone.
 *
 * @example
 * ```ts
 * const visit: Event = Event.parse({
 *   id: "event:visit-to-khankendi",
 *   name: "Visit to Khankendi",
 *   kind: "visit",
 *   partOf: "event:conference",
 *   location: "place:khankendi",
 *   startDate: "2025-07-09",
 * });
 * visit.startDate; //=> { precision: "day", year: 2025, month: 7, day: 9 }
 * ```
 */
export const Event = z.object({
  id: entityId().describe("The id other entities refer to this event by."),
  name: text(LIMITS.line).describe("The event's name."),
  description: text(LIMITS.text).optional().describe("A short description (a conference's theme, say)."),
  kind: EventKind.optional().describe("What kind of event it is."),
  startDate: dateValueCodec().optional().describe("When it started: an instant or a partial date."),
  endDate: dateValueCodec().optional().describe("When it ended: not before `startDate`."),
  location: reference().optional().describe("Where it happened: a Location id."),
  organizer: reference().optional().describe("Who organized it: a Person or Organization id."),
  participants: list(reference()).optional().describe("Who took part: Person or Organization ids."),
  partOf: reference()
    .optional()
    .describe("The larger event it is part of: an Event id (a session of a conference)."),
  status: EventStatus.optional().describe("Whether it happens as planned."),
  attendanceMode: AttendanceMode.optional().describe("How people attend."),
  about: list(reference()).optional().describe("What it is about: ids of any entities."),
  sameAs: sameAsList().optional().describe("The same event elsewhere."),
});

/** An event an article reports; see the {@link Event} schema. */
export type Event = z.infer<typeof Event>;
