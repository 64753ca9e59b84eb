/**
 * Writing dates back: the schema.org / ISO 8601 form that payloads and JSON-LD carry.
 */
import { DateTime } from "luxon";
import type { DateValue } from "./parse.js";
import { formatPartialDate, isPartialDate } from "./partial.js";
import { fixedZone, formatOffset, pad2 } from "./zones.js";

/** Three digits, zero-padded. */
function pad3(value: number): string {
  return String(value).padStart(3, "0");
}

/**
 * Writes an instant in the form schema.org and RFC 3339 expect: `2025-07-09T14:05:00+04:00`, in the
 * value's own zone. Seconds are always written, milliseconds only when not zero; UTC is written `Z`.
 *
 * An offset with seconds (local mean time, used by IANA zones before about 1900, and by
 * Africa/Monrovia until 1972) cannot be written in ISO 8601: the instant is then written at the offset
 * rounded to the whole minute, so the instant stays exact and the wall-clock reading moves by the
 * seconds dropped (Baku 1900, at +03:19:24, is written at `+03:19`).
 *
 * Throws a `RangeError` for an invalid `DateTime` (a programming error, not bad input).
 *
 * @param value - The instant to write, in the zone it should be written in.
 * @returns The instant as an RFC 3339 / schema.org date-time string with its offset.
 * @throws RangeError when `value` is an invalid `DateTime`.
 *
 * @example
 * ```ts
 * formatDateTime(DateTime.fromISO("2025-07-09T14:05+04:00", { setZone: true }));
 * //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export function formatDateTime(value: DateTime): string {
  if (!value.isValid) throw new RangeError(`Cannot format an invalid DateTime (${value.invalidReason}).`);
  const dt = Number.isInteger(value.offset) ? value : value.setZone(fixedZone(Math.round(value.offset)));
  const fraction = dt.millisecond === 0 ? "" : `.${pad3(dt.millisecond)}`;
  const offset = dt.offset === 0 && dt.zone.isUniversal ? "Z" : formatOffset(dt.offset);
  const year = String(dt.year).padStart(4, "0");
  return `${year}-${pad2(dt.month)}-${pad2(dt.day)}T${pad2(dt.hour)}:${pad2(dt.minute)}:${pad2(dt.second)}${fraction}${offset}`;
}

/**
 * Writes an instant or a partial date in ISO 8601 at its own precision: a year stays `1823`, an instant
 * becomes `2025-07-09T14:05:00+04:00`.
 *
 * @param value - The instant (a luxon `DateTime`) or {@link PartialDate} to write.
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a partial date; an instant as {@link formatDateTime} writes it.
 * @throws RangeError when `value` is an invalid `DateTime`.
 *
 * @example
 * ```ts
 * formatDateValue({ precision: "year", year: 1823 }); //=> "1823"
 * ```
 */
export function formatDateValue(value: DateValue): string {
  return isPartialDate(value) ? formatPartialDate(value) : formatDateTime(value);
}

/**
 * Whether a value is a valid luxon `DateTime`.
 *
 * @param value - Any value.
 * @returns `true` for a valid luxon `DateTime`; `false` for any other value, an invalid `DateTime` included.
 *
 * @example
 * ```ts
 * isValidDateTime(DateTime.fromISO("2025-07-09T14:05:00Z")); //=> true
 * isValidDateTime("2025-07-09"); //=> false
 * ```
 */
export function isValidDateTime(value: unknown): value is DateTime {
  return DateTime.isDateTime(value) && value.isValid;
}
