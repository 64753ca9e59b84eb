/** Event → schema.org `Event` or the subtype its kind names; dates as written. */
import { formatDateValue } from "../dates/format.js";
import type { Event } from "../models/event.js";
import { type MappingContext, oneOrMany, refOf, refs, startNode } from "./context.js";
import { type JsonLdNode, put } from "./types.js";
import { ATTENDANCE_MODE_URLS, EVENT_STATUS_URLS, EVENT_TYPES } from "./vocabulary.js";

/** The node of an event, with `superEvent` and the `subEvent`s that name it. */
export function eventNode(event: Event, context: MappingContext): JsonLdNode {
  const node = startNode(EVENT_TYPES[event.kind ?? "other"], context.nodeId(event.id));
  put(node, "name", event.name);
  put(node, "description", event.description);
  put(node, "startDate", event.startDate === undefined ? undefined : formatDateValue(event.startDate));
  put(node, "endDate", event.endDate === undefined ? undefined : formatDateValue(event.endDate));
  put(node, "location", refOf(context, event.location));
  put(node, "organizer", refOf(context, event.organizer));
  put(node, "attendee", refs(context, event.participants));
  put(node, "superEvent", refOf(context, event.partOf));
  put(node, "subEvent", refs(context, context.subEvents.get(event.id)));
  put(node, "eventStatus", event.status === undefined ? undefined : EVENT_STATUS_URLS[event.status]);
  put(
    node,
    "eventAttendanceMode",
    event.attendanceMode === undefined ? undefined : ATTENDANCE_MODE_URLS[event.attendanceMode],
  );
  put(node, "about", refs(context, event.about));
  put(node, "sameAs", oneOrMany(event.sameAs));
  return node;
}
