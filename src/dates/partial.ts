/**
 * Partial dates: a year, a month of a year, or a day, with no time and no zone. They keep their
 * precision and never move to another day because of a zone.
 */
import { type DateResult, dateFailure, describeValue, MAX_DATE_TEXT_LENGTH } from "./issues.js";
import { calendarProblem } from "./local.js";
import { pad2 } from "./zones.js";

/**
 * A date known to a year, a month or a day (`1823`, `1923-05`, `2025-07-09`), as plain data.
 * `precision` says which fields are present, so TypeScript narrows on it.
 *
 * @example
 * ```ts
 * const founded: PartialDate = { precision: "year", year: 1823 };
 * formatPartialDate(founded); //=> "1823"
 * ```
 */
export type PartialDate =
  | {
      /** Known to the year. */
      readonly precision: "year";
      /** The year, 1–9999. */
      readonly year: number;
    }
  | {
      /** Known to the month. */
      readonly precision: "month";
      /** The year, 1–9999. */
      readonly year: number;
      /** The month, 1–12. */
      readonly month: number;
    }
  | {
      /** Known to the day. */
      readonly precision: "day";
      /** The year, 1–9999. */
      readonly year: number;
      /** The month, 1–12. */
      readonly month: number;
      /** The day of the month, 1–31. */
      readonly day: number;
    };

/**
 * How precise a {@link PartialDate} is: `year`, `month` or `day`.
 *
 * @example
 * ```ts
 * const precision: DatePrecision = "year";
 * const result = parsePartialDate("1923-05");
 * if (result.ok) result.value.precision; //=> "month"
 * ```
 */
export type DatePrecision = PartialDate["precision"];

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads the trimmed text of a partial date, or `undefined` if it does not have that shape. */
export function matchPartialDate(text: string): DateResult<PartialDate> | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const monthText = match[2];
  const dayText = match[3];
  if (year < 1) return dateFailure("year_out_of_range", text, { min: "1", expected: "partial date" });
  if (monthText === undefined) return { ok: true, value: { precision: "year", year } };
  const month = Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const problem = calendarProblem(year, month, day);
  if (problem !== undefined) return dateFailure("invalid_date", text, { reason: problem });
  if (dayText === undefined) return { ok: true, value: { precision: "month", year, month } };
  return { ok: true, value: { precision: "day", year, month, day } };
}

/**
 * Reads a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 0001–9999). Days that are not on
 * the calendar (`2025-02-30`) are refused. Never throws.
 *
 * @param text - The text to read (trimmed first); any other value is an `invalid_type` issue.
 * @returns `{ ok: true, value }` with the {@link PartialDate}, or `{ ok: false, issue }` saying why not.
 *
 * @example
 * ```ts
 * parsePartialDate("1823"); //=> { ok: true, value: { precision: "year", year: 1823 } }
 * parsePartialDate("1923-05"); //=> { ok: true, value: { precision: "month", year: 1923, month: 5 } }
 * parsePartialDate("2025-02-30").ok; //=> false (code "invalid_date")
 * ```
 */
export function parsePartialDate(text: unknown): DateResult<PartialDate> {
  if (typeof text !== "string") {
    return dateFailure("invalid_type", describeValue(text), { expected: "partial date" });
  }
  if (text.length > MAX_DATE_TEXT_LENGTH) {
    return dateFailure("too_long", text, { length: String(text.length), expected: "partial date" });
  }
  const trimmed = text.trim();
  if (trimmed === "") return dateFailure("empty", trimmed, { expected: "partial date" });
  return (
    matchPartialDate(trimmed) ?? dateFailure("unrecognized_format", trimmed, { expected: "partial date" })
  );
}

/**
 * Writes a partial date in ISO 8601 at its own precision.
 *
 * @param date - The partial date to write.
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the year padded to four digits.
 *
 * @example
 * ```ts
 * formatPartialDate({ precision: "month", year: 1923, month: 5 }); //=> "1923-05"
 * ```
 */
export function formatPartialDate(date: PartialDate): string {
  const year = String(date.year).padStart(4, "0");
  switch (date.precision) {
    case "year":
      return year;
    case "month":
      return `${year}-${pad2(date.month)}`;
    case "day":
      return `${year}-${pad2(date.month)}-${pad2(date.day)}`;
  }
}

/**
 * Whether a value is a {@link PartialDate} (as opposed to a luxon `DateTime`).
 *
 * @param value - Any value.
 * @returns `true` for an object whose `precision` is `year`, `month` or `day`; `false` for anything else.
 *
 * @example
 * ```ts
 * isPartialDate({ precision: "year", year: 1823 }); //=> true
 * ```
 */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== "object" || value === null) return false;
  const precision = (value as { precision?: unknown }).precision;
  return precision === "year" || precision === "month" || precision === "day";
}
