/**
 * The fast path of {@link validateArticle}: most payloads that arrive are valid as they stand, and
 * for those one pass of a reader compiled from the {@link Article} schema, and one yes-or-no
 * cross-check of the result, give the same answer as the whole slow path. Local times are read in
 * their zone afterwards, as the slow path reads them; a payload that gives entities inline is
 * normalised first, as the slow path does. Anything else (an error, an unknown key to warn about,
 * limits of the caller's own) takes the slow path, which finds and words every problem.
 */

import { parseDateTime } from "../dates/parse.js";
import { Article } from "../models/article.js";
import {
  givesEntitiesInline,
  isPlainObject,
  normaliseEntities,
  own,
  type PlainObject,
} from "../models/references.js";
import {
  type BeforeDecodeHandler,
  compileReader,
  type DecodeIssueHandler,
  type Reader,
  ReadState,
  SLOW,
} from "./compiled-reader.js";
import { isConsistent } from "./consistency.js";
import { checkJsonValue, DEFAULT_LIMITS, type JsonLimits } from "./guard.js";
import { hasLocalTimeShape, inZone, type LocalTimeOptions, zonesOf } from "./local-times.js";
import type { ValidationResult } from "./result.js";

/** The reader, compiled on first use; `null` if the schema holds a part the compiler does not know. */
let articleReader: Reader | null | undefined;

/** The compiled article reader (made on first call, so importing the library compiles nothing). */
export function compiledArticleReader(): Reader | null {
  if (articleReader === undefined) {
    try {
      articleReader = compileReader(Article);
    } catch {
      articleReader = null;
    }
  }
  return articleReader;
}

/** A date the codec could not read for want of a zone, held until the zone is known. */
class LocalTime {
  /**
   * @param text - The text as the payload gives it.
   * @param reread - The codec's reader, to read the text again with its zone.
   * @param undecoded - Held before the codec read it (an ISO 8601 date-time without an offset): it may
   *   still be no real date; it is read in its zone by {@link parseDateTime} with the zone as an option.
   */
  constructor(
    readonly text: string,
    readonly reread: Reader,
    readonly undecoded = false,
  ) {}
}

/**
 * An ISO 8601 date-time with neither an offset nor a zone (`2025-07-09T14:05`, `2025-07-09 14:05:30`):
 * the codec would refuse it for want of a zone, or as no real date, and read it in a zone given as a
 * suffix as {@link parseDateTime} reads it with the zone as an option (with `disambiguation`
 * `reject`; a property test holds the two together).
 */
const ISO_LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;

/** Such a local time is held before its codec reads it, so that it is read once, in its zone. */
const holdIsoLocalTime: BeforeDecodeHandler = (text, reread) =>
  ISO_LOCAL_TIME.test(text) ? new LocalTime(text, reread, true) : undefined;

/** Whether a codec's issues say only that its date needs a zone. */
function isMissingZone(issues: readonly unknown[]): boolean {
  const params = (issues[0] as { params?: { dateIssue?: unknown } } | undefined)?.params;
  return issues.length === 1 && params?.dateIssue === "missing_zone";
}

/** A local time's codec hands its text over, held as a {@link LocalTime} (counted as deferred). */
const holdLocalTime: DecodeIssueHandler = (value, issues, reread) =>
  typeof value === "string" && isMissingZone(issues) ? new LocalTime(value, reread) : SLOW;

/** The state of one read: local times are held as {@link LocalTime}s and counted. */
function fastState(plainData: boolean): ReadState {
  return new ReadState(plainData, holdLocalTime, holdIsoLocalTime);
}

/**
 * Reads the held local times of the decoded article in their zones, as `resolveLocalTimes` does for
 * the slow path: the article's dates in its `timeZone` (else `options.zone`), an event's in its
 * place's zone, a quote's in its event's. Returns whether every one was read.
 */
function readLocalTimes(
  article: Record<string, unknown>,
  input: PlainObject,
  options: LocalTimeOptions,
  count: number,
): boolean {
  const zones = zonesOf(input, options);
  let read = 0;
  const zoneFields = (owner: Record<string, unknown>, fields: readonly string[], zone: () => unknown) => {
    let name: unknown = null;
    for (const field of fields) {
      const value = owner[field];
      if (!(value instanceof LocalTime)) continue;
      if (name === null) name = zone();
      if (typeof name !== "string") return false;
      let decoded: unknown;
      if (value.undecoded && (options.disambiguation ?? "reject") === "reject") {
        // What the slow path's `text[zone]` gives (without a choice to make in a gap or an overlap).
        const result = parseDateTime(value.text, { zone: name });
        decoded = result.ok ? result.value : SLOW;
      } else {
        // The codec read the text as wanting a zone (or its form says so); the rest of
        // `isLocalTime` is its shape.
        if (!hasLocalTimeShape(value.text)) return false;
        decoded = value.reread(inZone(value.text, name, options), new ReadState());
      }
      if (decoded === SLOW) return false;
      owner[field] = decoded;
      read++;
    }
    return true;
  };
  if (!zoneFields(article, ["datePublished", "dateModified", "dateCreated"], () => zones.article))
    return false;
  const inputEvents = own(input, "events") as readonly PlainObject[] | undefined;
  const events = article.events as Record<string, unknown>[];
  for (const [index, event] of events.entries()) {
    const zone = () => zones.ofEvent(own(inputEvents?.[index] ?? {}, "id"));
    if (!zoneFields(event, ["startDate", "endDate"], zone)) return false;
  }
  const inputQuotes = own(input, "quotes") as readonly PlainObject[] | undefined;
  const quotes = article.quotes as Record<string, unknown>[];
  for (const [index, quote] of quotes.entries()) {
    const zone = () => zones.ofEvent(own(inputQuotes?.[index] ?? {}, "event"));
    if (!zoneFields(quote, ["date"], zone)) return false;
  }
  return read === count;
}

/** Options the fast path reads: those of {@link validateArticle}. */
export interface FastPathOptions extends LocalTimeOptions {
  readonly limits?: JsonLimits;
}

/**
 * The result of validating a payload that is valid as it stands, with no warnings; `undefined` when
 * the payload needs the slow path (or when `limits` are given: the slow path's guard applies them).
 *
 * @param input - The article payload.
 * @param options - The options of {@link validateArticle}.
 * @param plainData - `true` when `input` came straight from `JSON.parse` (see {@link ReadState}).
 * @returns `{ ok: true, value, issues: [], warnings: [] }`, or `undefined`.
 */
export function validateFast(
  input: unknown,
  options: FastPathOptions,
  plainData = false,
): ValidationResult<Article> | undefined {
  if (options.limits !== undefined || !isPlainObject(input)) return undefined;
  const read = compiledArticleReader();
  if (read === null) return undefined;
  try {
    // Plain data that gives entities inline in the article's own fields is normalised at once: a
    // read would give up late. Any other payload is read as it stands first. (Only plain data is
    // looked into before the reader: a value from elsewhere may hold getters, which the reader
    // never runs, and looking would.)
    if (!(plainData && givesEntitiesInline(input))) {
      const state = fastState(plainData);
      const article = readArticle(read, input, options, state);
      if (article !== undefined) return ok(article);
      // Only a reader that gave up on an object where an id belongs, or on an entity without its
      // id, may have met a payload to normalise.
      if (state.gaveUp !== "object" && state.gaveUp !== "missing") return undefined;
    }
    // Normalising copies the payload, reading every value: first make sure that it is plain data
    // within the limits, as the slow path does before it normalises.
    if (checkJsonValue(input) !== undefined) return undefined;
    const normalised = normaliseEntities(input);
    // The payload itself back: there was nothing to move, so the reader gave up for another reason.
    if (normalised.payload === input) return undefined;
    return normalised.issues.length === 0
      ? ok(readArticle(read, normalised.payload, options, fastState(plainData)))
      : undefined;
  } catch {
    return undefined;
  }
}

function ok(article: Article | undefined): ValidationResult<Article> | undefined {
  return article === undefined ? undefined : { ok: true, value: article, issues: [], warnings: [] };
}

/** The article, when a normalised payload is valid as it stands; else `undefined`. */
function readArticle(
  read: Reader,
  payload: PlainObject,
  options: FastPathOptions,
  state: ReadState,
): Article | undefined {
  const value = read(payload, state);
  if (value === SLOW || state.size > DEFAULT_LIMITS.maxSize) return undefined;
  const decoded = value as Record<string, unknown>;
  if (state.deferred > 0 && !readLocalTimes(decoded, payload, options, state.deferred)) return undefined;
  const article = decoded as Article;
  return isConsistent(article) ? article : undefined;
}
