/**
 * Dates for people: a display form in a given locale and zone, and a relative form ("3 hours ago").
 * The locale and the reference time are always the caller's; nothing reads the machine's.
 */
import type { DateTime } from "luxon";
import type { DateValue } from "./parse.js";
import { isPartialDate, type PartialDate } from "./partial.js";
import { parseZone } from "./zones.js";

/**
 * Options for {@link formatDisplay}.
 *
 * @example
 * ```ts
 * const options: FormatDisplayOptions = { locale: "en-GB", zone: "Asia/Baku" };
 * formatDisplay(DateTime.fromISO("2025-07-09T10:05:00Z"), options); //=> "9 July 2025, 14:05 (UTC+4)"
 * ```
 */
export interface FormatDisplayOptions {
  /** A BCP 47 locale (`en-GB`, `az-Latn-AZ`); required, so that the machine's locale never leaks in. */
  readonly locale: string;
  /** Show the instant in this zone (IANA name or offset) instead of the one it was written in. */
  readonly zone?: string;
}

/**
 * The caller's locale, so that the machine's never leaks in: a missing one (from JavaScript) throws a
 * `TypeError`, and one `Intl` has no data for (`xx`, `und`), for which `Intl` would fall back to the
 * machine's, a `RangeError`. Whatever else `Intl` takes (a list, an `Intl.Locale`) is passed on; a list
 * needs one locale with data.
 */
function localeOf(
  options: { readonly locale?: unknown } | undefined,
  caller: string,
  supported: (locales: string) => string[],
): string {
  const locale = options?.locale;
  const missing = locale === undefined || locale === null || locale === "";
  if (missing || (Array.isArray(locale) && locale.length === 0)) {
    throw new TypeError(
      `${caller} needs options.locale, such as "en-GB": the machine's locale is never used`,
    );
  }
  if (supported(locale as string).length === 0) {
    throw new RangeError(
      `${caller} has no locale data for ${JSON.stringify(String(locale))}, and never falls back to the machine's locale`,
    );
  }
  return locale as string;
}

/** Writes an offset for people: `UTC+4`, `UTC+5:45`, `UTC-3:30`, `UTC` for zero. */
export function formatOffsetForPeople(offsetMinutes: number): string {
  const rounded = Math.round(offsetMinutes);
  if (rounded === 0) return "UTC";
  const sign = rounded < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(rounded) / 60);
  const minutes = Math.abs(rounded) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`}`;
}

/**
 * The wall-clock fields as a JavaScript `Date` in UTC, so that `Intl` can write them in any locale
 * without knowing the zone (Intl cannot take a fixed offset as a zone).
 */
function wallClockAsUtc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year);
  return date;
}

/**
 * What each precision shows. A year or a month is a span of the Gregorian calendar, so it is shown in
 * that calendar: a locale's own (Persian, Japanese eras) would name the year or month its first day
 * falls in (2023 in `fa-IR` would be 1401, which ends in March). A day is one day in any calendar.
 */
const PARTIAL_PARTS: Readonly<Record<PartialDate["precision"], Intl.DateTimeFormatOptions>> = {
  year: { year: "numeric", calendar: "gregory" },
  month: { year: "numeric", month: "long", calendar: "gregory" },
  day: { year: "numeric", month: "long", day: "numeric" },
};

/** A partial date for people, at its own precision. */
function displayPartialDate(value: PartialDate, locale: string): string {
  const month = value.precision === "year" ? 1 : value.month;
  const day = value.precision === "day" ? value.day : 1;
  const format = new Intl.DateTimeFormat(locale, { ...PARTIAL_PARTS[value.precision], timeZone: "UTC" });
  return format.format(wallClockAsUtc(value.year, month, day));
}

/**
 * Writes a date for readers: the date and time in the locale's words, then the offset
 * (`9 July 2025, 14:05 (UTC+4)` in `en-GB`). A partial date is written at its own precision
 * (`1823`, `May 1923`). Results depend only on the arguments (and the runtime's locale data).
 *
 * @param value - The instant or partial date to write.
 * @param options - The locale (required) and the zone to show an instant in (default: the zone it is in).
 * @returns The date as readers expect it in that locale, with the offset for an instant.
 * @throws RangeError when `options.zone` is no zone, `value` is an invalid `DateTime` or `Intl` refuses the locale;
 * TypeError when `options.locale` is missing (from JavaScript).
 *
 * @example
 * ```ts
 * formatDisplay(DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true }), { locale: "en-GB" });
 * //=> "9 July 2025, 14:05 (UTC+4)"
 * formatDisplay({ precision: "month", year: 1923, month: 5 }, { locale: "en-GB" }); //=> "May 1923"
 * ```
 */
export function formatDisplay(value: DateValue, options: FormatDisplayOptions): string {
  const locale = localeOf(options, "formatDisplay", Intl.DateTimeFormat.supportedLocalesOf);
  if (isPartialDate(value)) return displayPartialDate(value, locale);
  let shown: DateTime = value;
  if (options.zone !== undefined) {
    const zone = parseZone(options.zone);
    if (!zone.ok) throw new RangeError(zone.issue.message);
    shown = value.setZone(zone.value);
  }
  const wallClock = wallClockAsUtc(shown.year, shown.month, shown.day, shown.hour, shown.minute);
  const date = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(wallClock);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "UTC" }).format(wallClock);
  return `${date}, ${time} (${formatOffsetForPeople(shown.offset)})`;
}

/**
 * Options for {@link formatRelative}.
 *
 * @example
 * ```ts
 * const options: FormatRelativeOptions = { now: DateTime.fromISO("2025-07-09T17:05:00+04:00"), locale: "en" };
 * formatRelative(DateTime.fromISO("2025-07-09T14:05:00+04:00"), options); //=> "3 hours ago"
 * ```
 */
export interface FormatRelativeOptions {
  /** The reference instant; required, so that nothing reads the system clock. */
  readonly now: DateTime;
  /** A BCP 47 locale; required, so that the machine's locale never leaks in. */
  readonly locale: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["second", SECOND, 60],
  ["minute", MINUTE, 60],
  ["hour", HOUR, 24],
  ["day", DAY, 30],
  ["month", 30.436875 * DAY, 12],
  ["year", 365.2425 * DAY, Number.POSITIVE_INFINITY],
];

/**
 * The unit and count that say a span of time in the fewest words people expect: the first unit whose
 * rounded count stays under the next unit (59.6 seconds is "1 minute", not "60 seconds").
 */
function relativeUnit(milliseconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const size = Math.abs(milliseconds);
  const sign = milliseconds < 0 ? -1 : 1;
  for (const [unit, length, limit] of UNITS) {
    const count = Math.round(size / length);
    if (count < limit) return [sign * count, unit];
  }
  return [sign * Math.round(size / (365.2425 * DAY)), "year"];
}

/**
 * Writes how long ago (or how far ahead) an instant is from `options.now`: `3 hours ago`, `in 2 days`.
 *
 * @param value - The instant to describe.
 * @param options - The reference instant `now` and the locale, both required.
 * @returns How far `value` is from `now`, in the locale's words (`3 hours ago`, `in 2 days`, `now`).
 * @throws RangeError when `value` or `options.now` is an invalid `DateTime`, or `Intl` refuses the locale;
 * TypeError when `options.locale` or `options.now` is missing (from JavaScript).
 *
 * @example
 * ```ts
 * const published = DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true });
 * formatRelative(published, { now: published.plus({ hours: 3 }), locale: "en" }); //=> "3 hours ago"
 * ```
 */
export function formatRelative(value: DateTime, options: FormatRelativeOptions): string {
  const locale = localeOf(options, "formatRelative", Intl.RelativeTimeFormat.supportedLocalesOf);
  if (typeof options.now?.toMillis !== "function") {
    throw new TypeError("formatRelative needs options.now, a DateTime: the system clock is never read");
  }
  const [count, unit] = relativeUnit(value.toMillis() - options.now.toMillis());
  const numeric = count === 0 ? "auto" : "always";
  return new Intl.RelativeTimeFormat(locale, { numeric }).format(count, unit);
}
