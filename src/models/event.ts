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
 * ```
 */
export const Event = z.object({
  /** The id other entities refer to this event by. */
  id: entityId(),
  /** The event's name. */
  name: text(LIMITS.line),
  /** A short description (a conference's theme, say). */
  description: text(LIMITS.text).optional(),
  /** What kind of event it is. */
  kind: EventKind.optional(),
  /** When it started: an instant or a partial date. */
  startDate: dateValueCodec().optional(),
  /** When it ended: not before `startDate`. */
  endDate: dateValueCodec().optional(),
  /** Where it happened: a Location id. */
  location: reference().optional(),
  /** Who organized it: a Person or Organization id. */
  organizer: reference().optional(),
  /** Who took part: Person or Organization ids. */
  participants: list(reference()).optional(),
  /** The larger event it is part of: an Event id (a session of a conference). */
  partOf: reference().optional(),
  /** Whether it happens as planned. */
  status: EventStatus.optional(),
  /** How people attend. */
  attendanceMode: AttendanceMode.optional(),
  /** What it is about: ids of any entities. */
  about: list(reference()).optional(),
  /** The same event elsewhere. */
  sameAs: sameAsList().optional(),
});

/** An event an article reports; see the {@link Event} schema. */
export type Event = z.infer<typeof Event>;
