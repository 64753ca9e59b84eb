/**
 * Local times in a payload (`"startDate": "2025-07-09 14:00"`) are read in the zone they belong to:
 * the zone of the event's place (or of a place containing it), else the article's `timeZone`. This
 * pass finds that zone for every date field and writes it onto local times as an RFC 9557 suffix
 * (`2025-07-09 14:00[Asia/Baku]`), so the schema's date codecs read them in it.
 */
import { formatDateTime } from "../dates/format.js";
import type { Disambiguation } from "../dates/local.js";
import { isInstant, parseDateValue } from "../dates/parse.js";
import { parseZone, zoneName } from "../dates/zones.js";
import { isPlainObject, own, type PlainObject } from "../models/references.js";

/**
 * Options for reading local times (date-times written without an offset).
 *
 * @example
 * ```ts
 * const options: LocalTimeOptions = { zone: "Asia/Baku", disambiguation: "reject" };
 * const concert = parseEvent({ name: "Concert", startDate: "2025-07-09 19:00" }, options);
 * formatDateValue(concert.startDate!); //=> "2025-07-09T19:00:00+04:00"
 * ```
 */
export interface LocalTimeOptions {
  /** The zone for local times when the payload names none (after places and the article's `timeZone`). */
  readonly zone?: string;
  /** How local times in daylight-saving gaps and overlaps are read; default `reject`. */
  readonly disambiguation?: Disambiguation;
}

const HAS_OFFSET = /(?:[Zz]|[+\-\u2212]\d{2}(?::?\d{2})?|\])$/;
const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether a date text is a local time, one that needs a zone to mean an instant. */
export function isLocalTime(text: string): boolean {
  const trimmed = text.trim();
  if (HAS_OFFSET.test(trimmed) || PARTIAL.test(trimmed)) return false;
  const result = parseDateValue(trimmed);
  return !result.ok && result.issue.code === "missing_zone";
}

/** A local time with its zone: as a suffix, or resolved with the caller's disambiguation. */
export function inZone(text: string, zone: string, options: LocalTimeOptions): string {
  const disambiguation = options.disambiguation ?? "reject";
  if (disambiguation !== "reject") {
    const result = parseDateValue(text, { zone, disambiguation });
    if (result.ok && isInstant(result.value)) return `${formatDateTime(result.value)}[${zone}]`;
  }
  return `${text.trim()}[${zone}]`;
}

/**
 * Gives the local times among an entity's date fields their zone, in place (the entity is already a
 * copy). Without a zone, nothing changes and the schema reports `missing_zone`.
 */
export function zoneLocalTimes(
  entity: PlainObject,
  fields: readonly string[],
  zoneValue: string | undefined | (() => string | undefined),
  options: LocalTimeOptions,
  rewritten?: (field: string, original: string) => void,
): void {
  let zone: string | undefined | null = null;
  for (const field of fields) {
    const value = own(entity, field);
    if (typeof value !== "string" || !isLocalTime(value)) continue;
    if (zone === null) zone = zoneText(typeof zoneValue === "function" ? zoneValue() : zoneValue);
    if (zone === undefined) return;
    entity[field] = inZone(value, zone, options);
    rewritten?.(field, value.trim());
  }
}

/** The canonical name of a zone text (IANA name or offset), or `undefined` if it is not one. */
function zoneText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const zone = parseZone(value);
  return zone.ok ? zoneName(zone.value) : undefined;
}

/** A registry as a map from id to entity. */
function byId(list: unknown): Map<string, PlainObject> {
  const map = new Map<string, PlainObject>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    const id = isPlainObject(item) ? own(item, "id") : undefined;
    if (typeof id === "string" && isPlainObject(item) && !map.has(id)) map.set(id, item);
  }
  return map;
}

/** The zone of a place: its own `timeZone`, else that of the place containing it. */
function placeZone(id: unknown, places: ReadonlyMap<string, PlainObject>): string | undefined {
  const visited = new Set<string>();
  let current = id;
  while (typeof current === "string" && !visited.has(current)) {
    visited.add(current);
    const place = places.get(current);
    if (place === undefined) return undefined;
    const zone = own(place, "timeZone");
    if (zone !== undefined) return zoneText(zone);
    current = own(place, "containedIn");
  }
  return undefined;
}

/** The zone of an event: its place's, else that of the event it is part of. */
function eventZone(
  id: unknown,
  events: ReadonlyMap<string, PlainObject>,
  places: ReadonlyMap<string, PlainObject>,
): string | undefined {
  const visited = new Set<string>();
  let current = id;
  while (typeof current === "string" && !visited.has(current)) {
    visited.add(current);
    const event = events.get(current);
    if (event === undefined) return undefined;
    const zone = placeZone(own(event, "location"), places);
    if (zone !== undefined) return zone;
    current = own(event, "partOf");
  }
  return undefined;
}

/** The zones local times of an article are read in. */
export interface ArticleZones {
  /** The article's `timeZone`, else the caller's `zone`: for the article's own dates. */
  readonly article: string | undefined;
  /** The zone of an event (its place's, else that of the event it is part of), else the article's. */
  ofEvent(id: unknown): string | undefined;
}

/** Where the local times of a normalised payload are read (registries indexed when first needed). */
export function zonesOf(payload: PlainObject, options: LocalTimeOptions): ArticleZones {
  const article = zoneText(own(payload, "timeZone")) ?? zoneText(options.zone);
  let placeIndex: Map<string, PlainObject> | undefined;
  let eventIndex: Map<string, PlainObject> | undefined;
  const found = new Map<unknown, string | undefined>();
  return {
    article,
    ofEvent(id) {
      if (found.has(id)) return found.get(id);
      placeIndex ??= byId(own(payload, "locations"));
      eventIndex ??= byId(own(payload, "events"));
      const zone = eventZone(id, eventIndex, placeIndex) ?? article;
      found.set(id, zone);
      return zone;
    },
  };
}

/** A payload whose local times carry their zone, and what each rewritten field said before. */
export interface ZonedPayload {
  readonly payload: PlainObject;
  /** JSON Pointer of each rewritten field → the text the payload had there. */
  readonly originals: ReadonlyMap<string, string>;
}

/**
 * Gives every local time in a normalised payload the zone it is read in. Returns a new payload
 * (copying only what changes); values of the wrong shape are left for the schema to report.
 */
export function resolveLocalTimes(payload: PlainObject, options: LocalTimeOptions = {}): ZonedPayload {
  const zones = zonesOf(payload, options);
  const articleZone = zones.article;
  const originals = new Map<string, string>();
  const remember = (base: string) => (field: string, original: string) =>
    originals.set(`${base}/${field}`, original);
  const result: PlainObject = { ...payload };
  zoneLocalTimes(
    result,
    ["datePublished", "dateModified", "dateCreated"],
    articleZone,
    options,
    remember(""),
  );

  const eventList = own(payload, "events");
  if (Array.isArray(eventList)) {
    result.events = eventList.map((event, index) => {
      if (!isPlainObject(event)) return event;
      const copy = { ...event };
      const zone = () => zones.ofEvent(own(event, "id"));
      zoneLocalTimes(copy, ["startDate", "endDate"], zone, options, remember(`/events/${index}`));
      return copy;
    });
  }
  const quoteList = own(payload, "quotes");
  if (Array.isArray(quoteList)) {
    result.quotes = quoteList.map((quote, index) => {
      if (!isPlainObject(quote)) return quote;
      const copy = { ...quote };
      const zone = () => zones.ofEvent(own(quote, "event"));
      zoneLocalTimes(copy, ["date"], zone, options, remember(`/quotes/${index}`));
      return copy;
    });
  }
  return { payload: result, originals };
}
