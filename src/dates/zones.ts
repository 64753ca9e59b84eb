/**
 * Time zones: IANA names and fixed offsets, checked and spelled canonically. luxon is the source of
 * truth for zone rules; this module only decides what a zone text means.
 */
import { FixedOffsetZone, IANAZone, type Zone } from "luxon";
import { type DateResult, dateFailure, describeValue, MAX_DATE_TEXT_LENGTH } from "./issues.js";

/** The smallest fixed offset accepted, in minutes (−12:00). */
export const MIN_OFFSET_MINUTES = -12 * 60;
/** The largest fixed offset accepted, in minutes (+14:00). */
export const MAX_OFFSET_MINUTES = 14 * 60;

const OFFSET_PATTERN = /^(?:UTC|GMT)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const UTC_NAMES = new Set([
  "z",
  "utc",
  "gmt",
  "ut",
  "etc/utc",
  "etc/gmt",
  "utc+0",
  "utc-0",
  "gmt+0",
  "gmt-0",
]);

/** Writes an offset in minutes as `+04:00` (whole minutes; seconds are rounded). */
export function formatOffset(offsetMinutes: number): string {
  const rounded = Math.round(offsetMinutes);
  const sign = rounded < 0 ? "-" : "+";
  const absolute = Math.abs(rounded);
  return `${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}

/** Two digits, zero-padded. */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Reads an offset text (`+04:00`, `+0400`, `+04`, `UTC+4`, `GMT-03:30`, with `−` as minus too) into
 * minutes, or `undefined` when the text is not an offset at all. Range is not checked here.
 */
export function readOffset(text: string): number | undefined {
  const match = OFFSET_PATTERN.exec(text.trim());
  if (match === null) return undefined;
  const minuteValue = match[3] === undefined ? 0 : Number(match[3]);
  if (minuteValue >= 60) return undefined;
  const total = Number(match[2]) * 60 + minuteValue;
  return match[1] === "+" ? total : -total;
}

/** Whether a fixed offset lies within −12:00…+14:00. */
export function isOffsetInRange(offsetMinutes: number): boolean {
  return offsetMinutes >= MIN_OFFSET_MINUTES && offsetMinutes <= MAX_OFFSET_MINUTES;
}

/** The fixed-offset zone for an offset in minutes; `UTC` for zero. */
export function fixedZone(offsetMinutes: number): Zone {
  return offsetMinutes === 0 ? FixedOffsetZone.utcInstance : FixedOffsetZone.instance(offsetMinutes);
}

let canonicalNames: Map<string, string> | undefined;

/** The zone names the runtime lists, keyed by lower case; built on first use, not at import. */
function canonicalNameIndex(): Map<string, string> {
  if (canonicalNames === undefined) {
    canonicalNames = new Map(Intl.supportedValuesOf("timeZone").map((name) => [name.toLowerCase(), name]));
  }
  return canonicalNames;
}

const HOUR_MS = 3_600_000;

/**
 * An IANA zone that remembers its offsets hour by hour. luxon asks `Intl` for every offset, which
 * costs microseconds each time; here an hour whose first and last millisecond have the same offset is
 * remembered as having that offset throughout (no zone changes its offset twice within an hour), and
 * an hour with a change in it is always asked. The answers are luxon's own, only fewer times asked.
 */
class RememberingZone extends IANAZone {
  readonly #offsets = new Map<number, number>();

  override offset(timestamp: number): number {
    const hour = Math.floor(timestamp / HOUR_MS);
    const known = this.#offsets.get(hour);
    if (known !== undefined) return known;
    const first = super.offset(hour * HOUR_MS);
    if (first !== super.offset(hour * HOUR_MS + HOUR_MS - 1)) return super.offset(timestamp);
    if (this.#offsets.size >= 100_000) this.#offsets.clear();
    this.#offsets.set(hour, first);
    return first;
  }
}

const ianaZones = new Map<string, IANAZone>();

/** The luxon zone for a valid IANA name, one per name, remembering its offsets. */
function ianaZone(name: string): IANAZone {
  let zone = ianaZones.get(name);
  if (zone === undefined) {
    zone = new RememberingZone(name);
    ianaZones.set(name, zone);
  }
  return zone;
}

/**
 * The canonical spelling of an IANA zone name, or `undefined` when the runtime does not know it.
 * Case is corrected (`asia/baku` → `Asia/Baku`, `asia/kolkata` → `Asia/Kolkata`); a valid alias is
 * kept as written (`Asia/Kolkata` stays `Asia/Kolkata`, even where the runtime's own list still says
 * `Asia/Calcutta`).
 *
 * @example
 * ```ts
 * canonicalZoneName("asia/baku"); //=> "Asia/Baku"
 * canonicalZoneName("Mars/Olympus_Mons"); //=> undefined
 * ```
 */
export function canonicalZoneName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 64) return undefined;
  const lower = trimmed.toLowerCase();
  if (UTC_NAMES.has(lower)) return "UTC";
  const listed = canonicalNameIndex().get(lower);
  if (listed !== undefined) return listed;
  if (!IANAZone.isValidZone(trimmed)) return undefined;
  const resolved = new Intl.DateTimeFormat("en", { timeZone: trimmed }).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === lower) return resolved;
  if (trimmed !== lower && trimmed !== trimmed.toUpperCase()) return trimmed;
  const cased = capitalizeZoneName(trimmed);
  return IANAZone.isValidZone(cased) ? cased : trimmed;
}

const LOWER_CASE_WORDS = new Set(["of", "es", "au", "de", "la", "del"]);

/**
 * Capitalises an alias written all in one case, as tz names are written: `asia/kolkata` →
 * `Asia/Kolkata`, `port_of_spain` → `Port_of_Spain`, `us/pacific` → `US/Pacific`. A name without an
 * area is a word (`navajo` → `Navajo`) or, with a digit, a dash or at most three letters, capitals
 * (`est5edt` → `EST5EDT`, `nz-chat` → `NZ-CHAT`, `gb` → `GB`); written in capitals, it is kept so.
 */
function capitalizeZoneName(name: string): string {
  if (!name.includes("/")) {
    if (name === name.toUpperCase()) return name;
    return /[\d-]/.test(name) || name.length <= 3 ? name.toUpperCase() : capitalizeWords(name);
  }
  return name
    .split("/")
    .map((part, index) => (index === 0 && part.toLowerCase() === "us" ? "US" : capitalizeWords(part)))
    .join("/");
}

/** Each word of a part of a zone name capitalised, but for the small words after the first. */
function capitalizeWords(part: string): string {
  return part
    .toLowerCase()
    .replace(/[a-z]+/g, (word, offset: number) =>
      offset > 0 && LOWER_CASE_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
}

/**
 * Reads a zone text: an IANA name (`Asia/Baku`, `Etc/GMT-4`), `UTC`/`GMT`/`Z`, or a fixed offset
 * (`+04:00`, `UTC+4`) within −12:00…+14:00. Returns the luxon zone or an `invalid_zone` /
 * `offset_out_of_range` issue.
 *
 * Note the POSIX sign of the `Etc/GMT±N` names: `Etc/GMT-4` is four hours *ahead* of UTC (+04:00).
 *
 * @param text - The zone text: an IANA name (any case), `UTC`, `GMT`, `Z`, or an offset such as `+04:00`.
 * @returns `{ ok: true, value }` with the luxon zone, or `{ ok: false, issue }`; never throws (not a string is `invalid_type`).
 *
 * @example
 * ```ts
 * const result = parseZone("UTC+04:00");
 * if (result.ok) result.value.name; //=> "UTC+4"
 * parseZone("UTC+99"); //=> { ok: false, issue: { code: "offset_out_of_range", … } }
 * ```
 */
export function parseZone(text: string): DateResult<Zone> {
  // From JavaScript anything may come.
  if (typeof text !== "string")
    return dateFailure("invalid_type", describeValue(text), { expected: "time zone" });
  // The bound of every date text (and of the JSON Schema's `timeZone`), white space included.
  if (text.length > MAX_DATE_TEXT_LENGTH)
    return dateFailure("too_long", text, { length: String(text.length), expected: "time zone" });
  const offset = readOffset(text);
  if (offset !== undefined) {
    if (!isOffsetInRange(offset)) return dateFailure("offset_out_of_range", text, { offset: text.trim() });
    return { ok: true, value: fixedZone(offset) };
  }
  const name = canonicalZoneName(text);
  if (name === undefined) return dateFailure("invalid_zone", text, { expected: "time zone" });
  if (name === "UTC") return { ok: true, value: FixedOffsetZone.utcInstance };
  return { ok: true, value: ianaZone(name) };
}

/**
 * The canonical text of a zone: its IANA name, `UTC`, or a fixed offset as `+04:00`.
 *
 * @param zone - A luxon zone, such as one {@link parseZone} returns.
 * @returns The IANA name (`Asia/Baku`), `UTC`, or the fixed offset as `+04:00`.
 *
 * @example
 * ```ts
 * const result = parseZone("utc+4");
 * if (result.ok) zoneName(result.value); //=> "+04:00"
 * ```
 */
export function zoneName(zone: Zone): string {
  if (!zone.isUniversal) return zone.name;
  const offset = zone.offset(0);
  return offset === 0 ? "UTC" : formatOffset(offset);
}
