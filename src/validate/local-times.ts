/**
 * Local times in a payload (`"startDate": "2025-07-09 14:00"`) are read in the zone they belong to:
 * the zone of the event's place (or of a place containing it), else the article's `timeZone`. This
 * pass finds that zone for every date field and writes it onto local times as an RFC 9557 suffix
 * (`2025-07-09 14:00[Asia/Baku]`), so the schema's date codecs read them in it.
 */
import { formatDateTime } from "../dates/format.js";
import { describeValue, NO_ZONE_TO_READ_IN } from "../dates/issues.js";
import type { Disambiguation } from "../dates/local.js";
import { isInstant, parseDateValue } from "../dates/parse.js";
import { parseZone, zoneName } from "../dates/zones.js";
import { isPlainObject, own, type PlainObject } from "../models/references.js";
import { fieldName, issueAt, type ValidationIssue, type ValidationIssueCode } from "./issues.js";

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

/**
 * Whether a date text has the shape of a local time: it does not end with an offset, a `Z` or a zone
 * suffix, and is not a partial date. With the date parser's `missing_zone` for it, it is a local
 * time ({@link isLocalTime}); the fast path asks only this, its codec having just read the text.
 */
export function hasLocalTimeShape(text: string): boolean {
  const trimmed = text.trim();
  return !HAS_OFFSET.test(trimmed) && !PARTIAL.test(trimmed);
}

/** Whether a date text is a local time, one that needs a zone to mean an instant. */
export function isLocalTime(text: string): boolean {
  if (!hasLocalTimeShape(text)) return false;
  const result = parseDateValue(text.trim());
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

/**
 * The issues of a validation, with each `missing_zone` made an `invalid_zone` when the caller's
 * `options.zone` is not a zone: the local time was to be read in it, so the message says what is
 * wrong with the option instead of asking for one.
 *
 * @param issues - The issues found.
 * @param zone - The caller's `options.zone`.
 * @param root - What the payload is called in messages (`the article`, `the event`).
 * @returns The issues, with those rewritten.
 */
export function blameOptionZone(
  issues: readonly ValidationIssue<ValidationIssueCode>[],
  zone: unknown,
  root?: string,
): ValidationIssue<ValidationIssueCode>[] {
  if (zone === undefined || zone === null || zoneText(zone) !== undefined) return [...issues];
  const found = typeof zone === "string" ? JSON.stringify(zone) : describeValue(zone);
  return issues.map((issue) =>
    issue.code !== "missing_zone"
      ? issue
      : issueAt(
          issue.path,
          "invalid_zone",
          `Expected options.zone to be an IANA time zone such as "Asia/Baku" or an offset such as "+04:00", but found ${found}; ${fieldName(issue.path, root)} is a local time to be read in it.`,
        ),
  );
}

/**
 * The issues, with each `missing_zone` saying that the article's `timeZone`, which the local time was
 * to be read in, is not a zone (when it is given, is not one, and no `options.zone` stands in for
 * it), instead of asking for a zone: `timeZone` has an issue of its own.
 *
 * @param issues - The issues found.
 * @param timeZone - The payload's `timeZone`.
 * @param optionZone - The caller's `options.zone`.
 * @returns The issues, with those reworded.
 */
export function blameArticleZone(
  issues: readonly ValidationIssue<ValidationIssueCode>[],
  timeZone: unknown,
  optionZone: unknown,
): ValidationIssue<ValidationIssueCode>[] {
  if (timeZone === undefined || zoneText(timeZone) !== undefined || zoneText(optionZone) !== undefined)
    return [...issues];
  return issues.map((issue) =>
    issue.code !== "missing_zone"
      ? issue
      : {
          ...issue,
          message: issue.message.replace(
            NO_ZONE_TO_READ_IN,
            "and timeZone, the zone it was to be read in, is not a zone",
          ),
        },
  );
}

/** The canonical name of a zone text (IANA name or offset), or `undefined` if it is not one. */
function zoneText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const zone = parseZone(value);
  return zone.ok ? zoneName(zone.value) : undefined;
}

/** A registry as a map from id (trimmed, as the model has it) to entity. */
function byId(list: unknown): Map<string, PlainObject> {
  const map = new Map<string, PlainObject>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    const id = isPlainObject(item) ? own(item, "id") : undefined;
    if (typeof id === "string" && isPlainObject(item) && !map.has(id.trim())) map.set(id.trim(), item);
  }
  return map;
}

/** What one link of a chain says: the zone it ends in (`undefined` for none), or where to go next. */
type ChainStep = { readonly zone: string | undefined } | { readonly next: unknown };

/**
 * Follows a chain of ids (`containedIn`, `partOf`) to the zone it ends in, and remembers that zone
 * for every id on the way, so that many chains through the same places cost one walk. A chain that
 * comes back on itself, or leads to no entity, ends in no zone.
 */
function followChain(
  start: unknown,
  memo: Map<string, string | undefined>,
  step: (id: string) => ChainStep,
): string | undefined {
  const trail = new Set<string>();
  let current = start;
  let zone: string | undefined;
  for (;;) {
    if (typeof current !== "string") break;
    const id = current.trim();
    if (memo.has(id)) {
      zone = memo.get(id);
      break;
    }
    if (trail.has(id)) break;
    trail.add(id);
    const found = step(id);
    if ("zone" in found) {
      zone = found.zone;
      break;
    }
    current = found.next;
  }
  for (const id of trail) memo.set(id, zone);
  return zone;
}

/** The zones local times of an article are read in. */
export interface ArticleZones {
  /** The article's `timeZone`, else the caller's `zone`: for the article's own dates. */
  readonly article: string | undefined;
  /** The zone of an event (its place's, else that of the event it is part of), else the article's. */
  ofEvent(id: unknown): string | undefined;
}

/**
 * Where the local times of a normalised payload are read: a place's zone is its own `timeZone`, else
 * that of the place containing it; an event's is its place's, else that of the event it is part of.
 * Registries are indexed when first needed, and each chain is walked once.
 */
export function zonesOf(payload: PlainObject, options: LocalTimeOptions): ArticleZones {
  const article = zoneText(own(payload, "timeZone")) ?? zoneText(options.zone);
  let places: Map<string, PlainObject> | undefined;
  let events: Map<string, PlainObject> | undefined;
  const placeZones = new Map<string, string | undefined>();
  const eventZones = new Map<string, string | undefined>();
  const placeStep = (id: string): ChainStep => {
    places ??= byId(own(payload, "locations"));
    const place = places.get(id);
    if (place === undefined) return { zone: undefined };
    const zone = own(place, "timeZone");
    return zone === undefined ? { next: own(place, "containedIn") } : { zone: zoneText(zone) };
  };
  const eventStep = (id: string): ChainStep => {
    events ??= byId(own(payload, "events"));
    const event = events.get(id);
    if (event === undefined) return { zone: undefined };
    const zone = followChain(own(event, "location"), placeZones, placeStep);
    return zone === undefined ? { next: own(event, "partOf") } : { zone };
  };
  return {
    article,
    ofEvent: (id) => followChain(id, eventZones, eventStep) ?? article,
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
