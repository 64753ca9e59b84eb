/**
 * zod 4 codecs that carry dates between payload strings and model values. `z.decode` reads a payload
 * field, `z.encode` writes it back in the normal form, so decode-then-encode is a fixed point.
 */
import type { DateTime } from "luxon";
import * as z from "zod";
import { formatDateTime, formatDateValue, isValidDateTime } from "./format.js";
import { type DateIssue, type DateResult, MAX_DATE_TEXT_LENGTH } from "./issues.js";
import { type DateValue, type ParseDateTimeOptions, parseDateTime, parseDateValue } from "./parse.js";
import { isPartialDate, type PartialDate, parsePartialDate } from "./partial.js";
import { parseZone, zoneName } from "./zones.js";

/** The zod issue a failed date becomes; `params.dateIssue` keeps the stable date code. */
function zodIssue(issue: DateIssue, input: string): z.core.$ZodRawIssue {
  return {
    code: "custom",
    message: issue.message,
    input,
    params: { dateIssue: issue.code, ...issue.details },
  };
}

/**
 * A codec step that reads text with a date reader: its value, or its issue as a zod issue (see
 * {@link zodIssue}) and no value.
 */
function readWith<T>(read: (text: string) => DateResult<T>) {
  return (text: string, payload: z.core.ParsePayload<unknown>): T => {
    const result = read(text);
    if (result.ok) return result.value;
    payload.issues.push(zodIssue(result.issue, text));
    return z.NEVER;
  };
}

/**
 * A string schema whose type error says what kind of text was expected. Its length is checked by the
 * date readers (`too_long`); the JSON Schema is told the bound.
 */
function textSchema(expected: string): z.ZodString {
  return z.string({ error: `Expected ${expected} as text.` }).meta({ maxLength: MAX_DATE_TEXT_LENGTH });
}

/**
 * A codec for an instant field: a date-time string in a payload ⇄ a luxon `DateTime` in the model.
 * Decoding accepts everything {@link parseDateTime} reads (with these options); encoding writes the
 * normal form of {@link formatDateTime}. Failures become zod issues whose `params.dateIssue` holds the
 * {@link DateIssueCode}.
 *
 * @param options - How date-times are read, as for {@link parseDateTime}; default `{}` (no zone for local times).
 * @returns A codec that reads a date-time string into a `DateTime` and writes it back in its normal form.
 *
 * @example
 * ```ts
 * const published = dateTimeCodec();
 * const value = z.decode(published, "9 July 2025 14:05 (UTC+04:00)");
 * z.encode(published, value); //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export function dateTimeCodec(options: ParseDateTimeOptions = {}) {
  return z.codec(
    textSchema('a date-time such as "2025-07-09T14:05:00+04:00"'),
    z.custom<DateTime>(isValidDateTime, { error: "Expected a valid luxon DateTime." }),
    {
      decode: readWith((text) => parseDateTime(text, options)),
      encode: (value) => formatDateTime(value),
    },
  );
}

/**
 * A codec for a partial-date field: `"1823"` ⇄ `{ precision: "year", year: 1823 }`.
 *
 * @returns A codec that reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a {@link PartialDate} and writes it back.
 *
 * @example
 * ```ts
 * z.decode(partialDateCodec(), "1923-05"); //=> { precision: "month", year: 1923, month: 5 }
 * ```
 */
export function partialDateCodec() {
  return z.codec(
    textSchema('a date such as "1823", "1923-05" or "2025-07-09"'),
    z.custom<PartialDate>(isPartialDate, { error: "Expected a partial date." }),
    {
      decode: readWith(parsePartialDate),
      encode: (value) => formatDateValue(value),
    },
  );
}

/**
 * A codec for a field that holds an instant or a partial date (an event's start, say):
 * `"2023"` ⇄ a {@link PartialDate}, `"2025-07-09T14:05:00+04:00"` ⇄ a `DateTime`.
 *
 * @param options - How date-times are read, as for {@link parseDateTime}; default `{}` (no zone for local times).
 * @returns A codec that reads a date or date-time string into a {@link DateValue} and writes it in ISO 8601.
 *
 * @example
 * ```ts
 * const start = dateValueCodec({ zone: "Asia/Baku" });
 * z.encode(start, z.decode(start, "2025-07-09 14:05")); //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export function dateValueCodec(options: ParseDateTimeOptions = {}) {
  return z.codec(
    textSchema('a date-time such as "2025-07-09T14:05:00+04:00" or a date such as "2025-07-09"'),
    z.custom<DateValue>((value) => isPartialDate(value) || isValidDateTime(value), {
      error: "Expected a DateTime or a partial date.",
    }),
    {
      decode: readWith((text) => parseDateValue(text, options)),
      encode: (value) => formatDateValue(value),
    },
  );
}

/** A zone's canonical text (see {@link zoneName}), or why the text is no zone. */
function canonicalZone(text: string): DateResult<string> {
  const result = parseZone(text);
  return result.ok ? { ok: true, value: zoneName(result.value) } : result;
}

/**
 * A codec for a time-zone field: checks an IANA name or an offset and writes it canonically
 * (`asia/baku` → `Asia/Baku`, `UTC+4` → `+04:00`). The model keeps the name as a string.
 *
 * @returns A codec that reads an IANA zone name or an offset, and writes it back as its canonical text.
 *
 * @example
 * ```ts
 * z.decode(timeZoneCodec(), "asia/baku"); //=> "Asia/Baku"
 * ```
 */
export function timeZoneCodec() {
  return z.codec(textSchema('an IANA time zone such as "Asia/Baku"'), z.string(), {
    // Written back as read: a name in its canonical case, an offset in its normal form.
    decode: readWith(canonicalZone),
    encode: readWith(canonicalZone),
  });
}
