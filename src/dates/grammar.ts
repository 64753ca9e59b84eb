/**
 * The textual forms of a date-time, each read into a {@link Reading}: the wall clock as written and
 * what the text says about its zone. Nothing here knows about zone rules; see `parse.ts`.
 */
import type { WallClock } from "./local.js";

/** What a text says about the zone of its wall clock. */
export type ZoneSpec =
  | { readonly kind: "none" }
  | { readonly kind: "offset"; readonly text: string }
  | { readonly kind: "abbreviation"; readonly text: string }
  | { readonly kind: "name"; readonly text: string };

/** A date-time text taken apart, before any calendar or zone check. */
export interface Reading {
  readonly clock: WallClock;
  readonly zone: ZoneSpec;
  /** A weekday named in the text (1 = Monday … 7 = Sunday), to be checked against the date. */
  readonly weekday?: number;
  /** A second date in the text (`2025-07-09 9 July 2025 14:05`), to be checked against the first. */
  readonly leadingDate?: string;
}

/** The result of one form's reader: not this form, a reading, or a date-only text. */
export type FormMatch =
  | undefined
  | { readonly kind: "reading"; readonly reading: Reading }
  | { readonly kind: "date-only" };

const MONTHS: ReadonlyMap<string, number> = new Map([
  ["jan", 1],
  ["january", 1],
  ["feb", 2],
  ["february", 2],
  ["mar", 3],
  ["march", 3],
  ["apr", 4],
  ["april", 4],
  ["may", 5],
  ["jun", 6],
  ["june", 6],
  ["jul", 7],
  ["july", 7],
  ["aug", 8],
  ["august", 8],
  ["sep", 9],
  ["sept", 9],
  ["september", 9],
  ["oct", 10],
  ["october", 10],
  ["nov", 11],
  ["november", 11],
  ["dec", 12],
  ["december", 12],
]);

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["mon", 1],
  ["monday", 1],
  ["tue", 2],
  ["tues", 2],
  ["tuesday", 2],
  ["wed", 3],
  ["wednesday", 3],
  ["thu", 4],
  ["thurs", 4],
  ["thursday", 4],
  ["fri", 5],
  ["friday", 5],
  ["sat", 6],
  ["saturday", 6],
  ["sun", 7],
  ["sunday", 7],
]);

/** The month (1–12) an English month name or abbreviation means, whatever its case. */
function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase());
}

/** The ISO weekday (1–7) an English weekday name means; `null` when no weekday was written. */
function weekdayNumber(name: string | undefined): number | null | undefined {
  if (name === undefined) return null;
  return WEEKDAYS.get(name.toLowerCase());
}

/** Milliseconds from a fraction of a second as written (`5` → 500, `123456` → 123). */
function fractionMillis(fraction: string | undefined): number {
  return fraction === undefined ? 0 : Number(`${fraction}00`.slice(0, 3));
}

/** Classifies a zone token: an offset, an IANA name, or an abbreviation. */
function zoneSpec(token: string | undefined): ZoneSpec {
  if (token === undefined || token === "") return { kind: "none" };
  if (/^[+\-\u2212]|^(?:UTC|GMT)\s*[+\-\u2212]/i.test(token)) return { kind: "offset", text: token };
  if (token.includes("/")) return { kind: "name", text: token };
  return { kind: "abbreviation", text: token };
}

/** Two-digit years as RFC 2822 reads them: 00–49 are 2000–2049, 50–99 are 1950–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** A 12-hour clock reading as a 24-hour hour; `undefined` when not a valid 12-hour reading. */
function hour24(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase().startsWith("p");
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function reading(
  fields: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second?: string | undefined;
    fraction?: string | undefined;
  },
  zone: ZoneSpec,
  extra: { weekday?: number | null; leadingDate?: string | undefined } = {},
): FormMatch {
  const clock: WallClock = {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second === undefined ? 0 : Number(fields.second),
    millisecond: fractionMillis(fields.fraction),
  };
  const result: { clock: WallClock; zone: ZoneSpec; weekday?: number; leadingDate?: string } = {
    clock,
    zone,
  };
  if (extra.weekday !== undefined && extra.weekday !== null) result.weekday = extra.weekday;
  if (extra.leadingDate !== undefined) result.leadingDate = extra.leadingDate;
  return { kind: "reading", reading: result };
}

const ISO_EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt]|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([Zz]|[+\-\u2212]\d{2}(?::?\d{2})?)|\s+([A-Za-z]{2,5}))?$/;
const ISO_BASIC =
  /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+\-\u2212]\d{2}(?:\d{2})?)?$/;
const ISO_DATE_ONLY = /^\d{4}(?:-\d{2}(?:-\d{2})?|\d{4})$/;

/** ISO 8601 / RFC 3339 extended and basic forms. */
export function readIso(text: string): FormMatch {
  const match = ISO_EXTENDED.exec(text) ?? ISO_BASIC.exec(text);
  if (match === null) return ISO_DATE_ONLY.test(text) ? { kind: "date-only" } : undefined;
  const offset = match[8];
  const zone = offset === undefined ? zoneSpec(match[9]) : zoneSpec(offset === "z" ? "Z" : offset);
  const fields = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: match[6],
    fraction: match[7],
  };
  return reading(fields, zone);
}

/** The parts of a day-first RFC date as the patterns capture them. */
interface DayFirstParts {
  readonly weekday: string | undefined;
  readonly d: string | undefined;
  readonly month: string | undefined;
  readonly y: string | undefined;
  readonly h: string | undefined;
  readonly mi: string | undefined;
  readonly s: string | undefined;
}

/** A reading of RFC 2822 and RFC 850 dates (day, month name, year, time, zone). */
function dayFirstReading(parts: DayFirstParts, zoneToken: string | undefined): FormMatch {
  const month = monthNumber(parts.month ?? "");
  const weekdayValue = weekdayNumber(parts.weekday);
  if (month === undefined || weekdayValue === undefined) return undefined;
  const fields = {
    year: fullYear(parts.y ?? ""),
    month,
    day: Number(parts.d),
    hour: Number(parts.h),
    minute: Number(parts.mi),
    second: parts.s,
  };
  return reading(fields, zoneSpec(zoneToken), { weekday: weekdayValue });
}

const RFC_2822 =
  /^(?:([A-Za-z]{3,9}),?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:(?:\s*([+\-\u2212]\d{4})|\s+([A-Za-z]{1,5}))(?:\s*\([^()]{0,40}\))?)?$/;
const RFC_850 =
  /^([A-Za-z]{3,9}),\s*(\d{2})-([A-Za-z]{3})-(\d{2}|\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+([A-Za-z]{1,5})$/;
const ASCTIME =
  /^([A-Za-z]{3})\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})(?:\s+([A-Za-z]{1,5}|[+-]\d{4}))?\s+(\d{4})$/;

/**
 * RFC 2822 (`Wed, 09 Jul 2025 14:05:00 +0400`) and the HTTP date forms: IMF-fixdate, RFC 850
 * (`Wednesday, 09-Jul-25 14:05:00 GMT`) and asctime (`Wed Jul  9 14:05:00 2025`, read in UTC as HTTP
 * defines it), including the Unix `date` form with a zone before the year.
 */
export function readRfc(text: string): FormMatch {
  const rfc2822 = RFC_2822.exec(text);
  if (rfc2822 !== null) {
    const [, weekday, d, month, y, h, mi, s, offset, abbreviation] = rfc2822;
    return dayFirstReading({ weekday, d, month, y, h, mi, s }, offset ?? abbreviation);
  }
  const rfc850 = RFC_850.exec(text);
  if (rfc850 !== null) {
    const [, weekday, d, month, y, h, mi, s, abbreviation] = rfc850;
    return dayFirstReading({ weekday, d, month, y, h, mi, s }, abbreviation);
  }
  const asctime = ASCTIME.exec(text);
  if (asctime !== null) {
    const [, weekday, monthText = "", d = "", h = "", mi = "", s, zoneToken, y = ""] = asctime;
    const month = monthNumber(monthText);
    const weekdayValue = weekdayNumber(weekday);
    if (month === undefined || weekdayValue === undefined) return undefined;
    const fields = { year: Number(y), month, day: Number(d), hour: Number(h), minute: Number(mi), second: s };
    return reading(fields, zoneSpec(zoneToken ?? "UTC"), { weekday: weekdayValue });
  }
  return undefined;
}

const ZONE_TOKEN =
  "(?:UTC|GMT)\\s*[+\\-\\u2212]\\s*\\d{1,2}(?::?\\d{2})?|[+\\-\\u2212]\\d{2}:?\\d{2}|[A-Za-z]+\\/[A-Za-z0-9_+\\-/]+|[A-Za-z]{1,5}";
const TIME = "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?";
const ZONE_PART = `(?:\\s*\\(\\s*(${ZONE_TOKEN})\\s*\\)|\\s+(${ZONE_TOKEN}))?`;
const DAY_FIRST = new RegExp(
  `^(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(?:([A-Za-z]+),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4}),?\\s+(?:at\\s+)?${TIME}${ZONE_PART}$`,
);
const MONTH_FIRST = new RegExp(
  `^(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(?:([A-Za-z]+),?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}),?\\s+(?:at\\s+)?${TIME}${ZONE_PART}$`,
);

/**
 * The forms newsrooms print: `9 July 2025 14:05 (UTC+04:00)` (the founding article's date line), also
 * after the ISO date the page shows before it (`2025-07-09 9 July 2025 14:05 (UTC+04:00)`), with
 * weekdays, `at`, 12-hour clocks, and month-first (`July 9, 2025 2:05 PM GMT+4`).
 */
export function readNewsroom(text: string): FormMatch {
  const dayFirst = DAY_FIRST.exec(text);
  const monthFirst = dayFirst === null ? MONTH_FIRST.exec(text) : null;
  const match = dayFirst ?? monthFirst;
  if (match === null) return undefined;
  const [
    ,
    leadingDate,
    weekday,
    first = "",
    second = "",
    y = "",
    h = "",
    mi = "",
    s,
    meridiem,
    bracketed,
    bare,
  ] = match;
  const month = monthNumber(dayFirst === null ? first : second);
  const weekdayValue = weekdayNumber(weekday);
  const hour = hour24(Number(h), meridiem);
  if (month === undefined || weekdayValue === undefined || hour === undefined) return undefined;
  const day = Number(dayFirst === null ? second : first);
  const fields = { year: Number(y), month, day, hour, minute: Number(mi), second: s };
  return reading(fields, zoneSpec(bracketed ?? bare), { weekday: weekdayValue, leadingDate });
}

const ZONE_SUFFIX = /^(.*?)\s*\[!?([A-Za-z0-9_+\-/:]{1,64})\]$/s;

/**
 * Splits an RFC 9557 zone suffix (`[Asia/Baku]`, `[!Asia/Baku]`) off any date-time text. With an
 * offset in the text, the zone must agree with it; without one, the local time is read in the zone.
 */
export function splitZoneSuffix(text: string): { readonly text: string; readonly zone?: string } {
  if (!text.endsWith("]")) return { text };
  const match = ZONE_SUFFIX.exec(text);
  if (match === null) return { text };
  return { text: match[1] ?? "", zone: match[2] ?? "" };
}
