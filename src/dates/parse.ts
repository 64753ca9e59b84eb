/**
 * `parseDateTime`: from any date-time text that newsrooms, feeds and servers write to a luxon
 * `DateTime` in the zone it was written in. Never throws for bad input.
 */
import { DateTime, type Zone } from "luxon";
import { lookupAbbreviation } from "./abbreviations.js";
import {
  type FormMatch,
  type Reading,
  readIso,
  readNewsroom,
  readRfc,
  splitZoneSuffix,
  type ZoneSpec,
} from "./grammar.js";
import { type DateResult, dateFailure, describeValue, MAX_DATE_TEXT_LENGTH } from "./issues.js";
import { checkWallClock, type Disambiguation, resolveWallClock } from "./local.js";
import { formatPartialDate, isPartialDate, matchPartialDate, type PartialDate } from "./partial.js";
import { fixedZone, formatOffset, isOffsetInRange, parseZone, readOffset } from "./zones.js";

/**
 * Options for {@link parseDateTime}.
 *
 * @example
 * ```ts
 * const options: ParseDateTimeOptions = {
 *   zone: "Asia/Baku",
 *   disambiguation: "reject",
 *   abbreviations: { IST: "Asia/Kolkata" },
 * };
 * const result = parseDateTime("9 July 2025 14:05 IST", options);
 * if (result.ok) formatDateTime(result.value); //=> "2025-07-09T14:05:00+05:30"
 * ```
 */
export interface ParseDateTimeOptions {
  /**
   * The zone a local time (one written without an offset) is read in: an IANA name (`Asia/Baku`) or an
   * offset (`+04:00`). Without it, a local time is a `missing_zone` issue; the machine's zone is never used.
   */
  readonly zone?: string;
  /** What to do with a local time in a daylight-saving gap or overlap; default `reject`. */
  readonly disambiguation?: Disambiguation;
  /**
   * Meanings for zone abbreviations, as IANA names or offsets (`{ CST: "America/Chicago" }`). They take
   * precedence over the built-in table, and are the only way to read an ambiguous one such as `CST`.
   */
  readonly abbreviations?: Readonly<Record<string, string>>;
}

/**
 * A date as articles state it: an exact instant, or a date known only to a year, month or day.
 *
 * @example
 * ```ts
 * const founded: DateValue = { precision: "year", year: 1823 };
 * const published: DateValue = DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true });
 * formatDateValue(founded); //=> "1823"
 * formatDateValue(published); //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export type DateValue = DateTime | PartialDate;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The caller's meaning for an abbreviation, matched without regard to case. */
function mappedAbbreviation(abbreviation: string, options: ParseDateTimeOptions): string | undefined {
  const table = options.abbreviations;
  if (table === undefined || table === null) return undefined;
  const wanted = abbreviation.toUpperCase();
  for (const [key, value] of Object.entries(table)) {
    if (key.toUpperCase() === wanted && typeof value === "string") return value;
  }
  return undefined;
}

/** The last zone text {@link knownZone} read, with what it read it as. */
let lastZone: [text: string, zone: DateResult<Zone>] | undefined;

/**
 * {@link parseZone}, remembering its last answer: the dates of one article are mostly read in one
 * zone or a few, named by the same text (`Asia/Baku`) each time.
 */
function knownZone(text: string): DateResult<Zone> {
  if (lastZone?.[0] !== text) lastZone = [text, parseZone(text)];
  return lastZone[1];
}

/** Turns what the text says about its zone (or, for a local time, the options) into a luxon zone. */
function resolveZone(spec: ZoneSpec, text: string, options: ParseDateTimeOptions): DateResult<Zone> {
  switch (spec.kind) {
    case "offset": {
      const minutes = readOffset(spec.text);
      if (minutes === undefined) return dateFailure("invalid_zone", text, { zone: spec.text });
      if (!isOffsetInRange(minutes)) return dateFailure("offset_out_of_range", text, { offset: spec.text });
      return { ok: true, value: fixedZone(minutes) };
    }
    case "abbreviation": {
      const mapped = mappedAbbreviation(spec.text, options);
      if (mapped !== undefined) return withInput(parseZone(mapped), text);
      const meaning = lookupAbbreviation(spec.text);
      if (meaning.kind === "offset") return { ok: true, value: fixedZone(meaning.minutes) };
      if (meaning.kind === "ambiguous") {
        return dateFailure("ambiguous_zone_abbreviation", text, {
          abbreviation: spec.text,
          meanings: meaning.meanings,
        });
      }
      return dateFailure("unknown_zone_abbreviation", text, { abbreviation: spec.text });
    }
    case "name":
      return withInput(knownZone(spec.text), text);
    case "none":
      if (options.zone === undefined) return dateFailure("missing_zone", text);
      return withInput(knownZone(options.zone), text);
  }
}

/** Re-issues a zone failure so that its message quotes the whole date text, naming the zone part. */
function withInput(result: DateResult<Zone>, text: string): DateResult<Zone> {
  if (result.ok) return result;
  const { issue } = result;
  if (issue.code === "offset_out_of_range") return dateFailure(issue.code, text, { offset: issue.input });
  return dateFailure("invalid_zone", text, { zone: issue.input });
}

/** Applies an RFC 9557 `[Zone]` suffix: the offset written must be the zone's offset at that instant. */
function applyZoneSuffix(
  value: DateTime,
  suffix: string,
  text: string,
  options: ParseDateTimeOptions,
  offsetKnown: boolean,
): DateResult<DateTime> {
  const zone = resolveZone({ kind: "name", text: suffix }, text, options);
  if (!zone.ok) return zone;
  const actual = zone.value.offset(value.toMillis());
  // An offset with seconds (local mean time, before about 1972) is written to the minute, as
  // formatDateTime writes it: `1970-06-01T12:00:30-00:44[Africa/Monrovia]` agrees with -00:44:30.
  if (offsetKnown && Math.round(actual) !== value.offset) {
    return dateFailure("zone_offset_mismatch", text, {
      zone: zone.value.name,
      actual: formatOffset(actual),
      offset: formatOffset(value.offset),
    });
  }
  return { ok: true, value: value.setZone(zone.value) };
}

/** Checks a reading's calendar, weekday, second date and year, then reads it in its zone. */
function resolveReading(
  reading: Reading,
  suffix: string | undefined,
  text: string,
  options: ParseDateTimeOptions,
): DateResult<DateTime> {
  const { clock } = reading;
  if (clock.year < MIN_YEAR || clock.year > MAX_YEAR) return dateFailure("year_out_of_range", text);
  const checked = checkWallClock(clock, text);
  if (!checked.ok) return checked;
  if (reading.leadingDate !== undefined) {
    const date = formatPartialDate({
      precision: "day",
      year: clock.year,
      month: clock.month,
      day: clock.day,
    });
    if (reading.leadingDate !== date) {
      return dateFailure("conflicting_dates", text, { first: reading.leadingDate, second: date });
    }
  }
  if (reading.weekday !== undefined) {
    const actual = DateTime.fromObject(
      { year: clock.year, month: clock.month, day: clock.day },
      { zone: "UTC" },
    ).weekday;
    if (actual !== reading.weekday) {
      return dateFailure("weekday_mismatch", text, { actual: WEEKDAY_NAMES[actual - 1] ?? "" });
    }
  }
  const localInSuffixZone = reading.zone.kind === "none" && suffix !== undefined;
  const spec: ZoneSpec = localInSuffixZone ? { kind: "name", text: suffix } : reading.zone;
  const zone = resolveZone(spec, text, options);
  if (!zone.ok) return zone;
  const resolved = resolveWallClock(clock, zone.value, options.disambiguation ?? "reject", text);
  if (!resolved.ok || localInSuffixZone || suffix === undefined) return resolved;
  // RFC 9557: `Z` (like `-00:00`) gives the instant in UTC and leaves the local offset unknown, so
  // it cannot disagree with the zone (`2025-07-09T10:05Z[Asia/Baku]` is 14:05 in Baku).
  const { zone: written } = reading;
  const offsetKnown = !(
    (written.kind === "abbreviation" && written.text === "Z") ||
    (written.kind === "offset" && /^[-\u2212]00:?00$/.test(written.text))
  );
  return applyZoneSuffix(resolved.value, suffix, text, options, offsetKnown);
}

/** Runs the readers of each form in turn; the first that recognises the text decides. */
function readForms(text: string): FormMatch {
  return readIso(text) ?? readRfc(text) ?? readNewsroom(text);
}

/** The checks every date text goes through before any form is tried. */
function precheck(text: unknown, expected: string): DateResult<string> {
  if (typeof text !== "string") return dateFailure("invalid_type", describeValue(text), { expected });
  if (text.length > MAX_DATE_TEXT_LENGTH) {
    return dateFailure("too_long", text, { length: String(text.length), expected });
  }
  const trimmed = text.trim();
  if (trimmed === "") return dateFailure("empty", trimmed, { expected });
  return { ok: true, value: trimmed };
}

/**
 * Reads a date-time into a luxon `DateTime` that keeps the zone it was written in: `+04:00` stays a
 * fixed `+04:00`, a local time read in `Asia/Baku` stays in `Asia/Baku`. Never throws for bad input;
 * never uses the machine's zone, locale or clock.
 *
 * Forms read:
 * - ISO 8601 / RFC 3339, extended and basic (`2025-07-09T14:05:00+04:00`, `20250709T140500+0400`), with
 *   `Z`, `±HH:MM`, `±HHMM` or `±HH`, fractions of a second (kept to the millisecond), a space for `T`;
 * - RFC 2822 and the HTTP date forms (IMF-fixdate, RFC 850, asctime in UTC);
 * - newsroom date lines such as `9 July 2025 14:05 (UTC+04:00)`, also as pages print it after the ISO
 *   date (`2025-07-09 9 July 2025 14:05 (UTC+04:00)`); English month names, whatever the locale;
 * - a local date-time (`2025-07-09 14:05`) read in `options.zone`;
 * - any of these with an RFC 9557 zone suffix: `…+04:00[Asia/Baku]` (the offset must agree with the
 *   zone, and the value keeps the zone), or `2025-07-09 14:05[Asia/Baku]` (read in that zone).
 *
 * Zone abbreviations: `UTC`, `GMT`, `Z` and the few with one meaning (`CET`, `MSK`, `JST`…) are read;
 * those with several (`CST`, `IST`, `EET`) are refused unless `options.abbreviations` maps them.
 * Years 1000–9999; at most 256 characters.
 *
 * @param text - The date-time text to read; any other value is an `invalid_type` issue.
 * @param options - The zone for local times, the disambiguation and abbreviations; default `{}` (no zone).
 * @returns `{ ok: true, value }` with the `DateTime`, or `{ ok: false, issue }` saying why it could not be read.
 *
 * @example
 * ```ts
 * const result = parseDateTime("9 July 2025 14:05 (UTC+04:00)");
 * if (result.ok) formatDateTime(result.value); //=> "2025-07-09T14:05:00+04:00"
 *
 * parseDateTime("2015-03-29 04:30", { zone: "Asia/Baku" });
 * //=> { ok: false, issue: { code: "nonexistent_local_time", … } }
 * ```
 */
export function parseDateTime(text: unknown, options: ParseDateTimeOptions = {}): DateResult<DateTime> {
  const checked = precheck(text, "date-time");
  if (!checked.ok) return checked;
  const trimmed = checked.value;
  const split = splitZoneSuffix(trimmed);
  const match = readForms(split.text);
  if (match === undefined) return dateFailure("unrecognized_format", trimmed);
  if (match.kind === "date-only") return dateFailure("missing_time", trimmed);
  // From JavaScript, `null` may stand for no options.
  return resolveReading(match.reading, split.zone, trimmed, options ?? {});
}

/**
 * Reads either an instant or a partial date: `YYYY`, `YYYY-MM` and `YYYY-MM-DD` become a
 * {@link PartialDate}, anything with a time of day goes through {@link parseDateTime}. This is what
 * event dates accept.
 *
 * @param text - The date or date-time text to read; any other value is an `invalid_type` issue.
 * @param options - How date-times are read, as for {@link parseDateTime}; default `{}` (no zone).
 * @returns `{ ok: true, value }` (a {@link PartialDate} or a `DateTime`) or `{ ok: false, issue }`; never throws.
 *
 * @example
 * ```ts
 * parseDateValue("1823"); //=> { ok: true, value: { precision: "year", year: 1823 } }
 * const result = parseDateValue("2025-07-09T14:05:00+04:00");
 * if (result.ok && !isPartialDate(result.value)) result.value.offset; //=> 240
 * ```
 */
export function parseDateValue(text: unknown, options: ParseDateTimeOptions = {}): DateResult<DateValue> {
  const checked = precheck(text, "date");
  if (!checked.ok) return checked;
  const partial = matchPartialDate(checked.value);
  if (partial !== undefined) return partial;
  const instant = parseDateTime(checked.value, options);
  if (instant.ok || instant.issue.code !== "unrecognized_format") return instant;
  return dateFailure("unrecognized_format", checked.value, { expected: "date" });
}

/**
 * Whether a {@link DateValue} is an instant (a luxon `DateTime`) rather than a partial date.
 *
 * @param value - A {@link DateValue}.
 * @returns `true` for a luxon `DateTime`, `false` for a {@link PartialDate}.
 *
 * @example
 * ```ts
 * isInstant({ precision: "year", year: 1823 }); //=> false
 * ```
 */
export function isInstant(value: DateValue): value is DateTime {
  return !isPartialDate(value);
}
