/**
 * What can be wrong with a date: the stable codes, the issue object and the sentences people read.
 * Issues are data; {@link describeDateIssue} turns one into words, so callers that know the field's
 * name (the validators) can say it.
 */

/**
 * Why a date or time could not be read. Codes are stable: match on them, not on messages.
 *
 * - `invalid_type`: the input is not a string (`null`, a number, an object).
 * - `empty`: an empty or white-space-only string.
 * - `too_long`: more than 256 characters; refused before any parsing.
 * - `unrecognized_format`: none of the supported forms.
 * - `missing_time`: a date without a time where an instant is required.
 * - `invalid_date`: no such day on the calendar (`2025-02-30`, month 13).
 * - `invalid_time`: no such time of day (`25:00`, `14:60`).
 * - `year_out_of_range`: an instant outside the years 1000–9999 (partial dates: 1–9999).
 * - `missing_zone`: a local time with neither an offset in the text nor `options.zone`.
 * - `invalid_zone`: an unknown IANA zone name or a malformed offset.
 * - `offset_out_of_range`: a fixed offset outside −12:00…+14:00.
 * - `ambiguous_zone_abbreviation`: an abbreviation that names several zones (`CST`, `IST`, `EET`).
 * - `unknown_zone_abbreviation`: an abbreviation this library does not know.
 * - `zone_offset_mismatch`: `…+05:00[Asia/Baku]` when Asia/Baku was not at +05:00 then.
 * - `weekday_mismatch`: the weekday named does not fall on that date.
 * - `conflicting_dates`: two dates in one text disagree (`2025-07-09 10 July 2025 …`).
 * - `nonexistent_local_time`: a local time skipped by a daylight-saving change (a gap).
 * - `ambiguous_local_time`: a local time that happened twice (an overlap).
 *
 * @example
 * ```ts
 * const result = parseDateTime("2025-07-09 14:05");
 * if (!result.ok && result.issue.code === "missing_zone") {
 *   // read it again in the newsroom's zone
 *   const again = parseDateTime("2025-07-09 14:05", { zone: "Asia/Baku" });
 *   if (again.ok) formatDateTime(again.value); //=> "2025-07-09T14:05:00+04:00"
 * }
 * ```
 */
export type DateIssueCode =
  | "invalid_type"
  | "empty"
  | "too_long"
  | "unrecognized_format"
  | "missing_time"
  | "invalid_date"
  | "invalid_time"
  | "year_out_of_range"
  | "missing_zone"
  | "invalid_zone"
  | "offset_out_of_range"
  | "ambiguous_zone_abbreviation"
  | "unknown_zone_abbreviation"
  | "zone_offset_mismatch"
  | "weekday_mismatch"
  | "conflicting_dates"
  | "nonexistent_local_time"
  | "ambiguous_local_time";

/**
 * One reason a date could not be read, as data.
 *
 * @example
 * ```ts
 * const result = parseDateTime("2025-02-30T10:00:00Z");
 * if (!result.ok) result.issue;
 * //=> { code: "invalid_date", input: "2025-02-30T10:00:00Z",
 * //     message: 'Expected a real calendar date, but found "2025-02-30T10:00:00Z" (February 2025 has 28 days).',
 * //     details: { reason: "February 2025 has 28 days" } }
 * ```
 */
export interface DateIssue {
  /** The stable reason; see {@link DateIssueCode}. */
  readonly code: DateIssueCode;
  /** One plain English sentence: what was expected and (cut at 80 characters) what was found. */
  readonly message: string;
  /**
   * The text that was read, cut at 80 characters and written for one line (a line break as `\n`, a
   * backslash as `\\`); for a non-string, a short description of it.
   */
  readonly input: string;
  /** Facts that make the message concrete: a zone name, the offsets in play, the expected weekday. */
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * The result of reading a date: the value, or the one issue that stopped it. Never thrown.
 *
 * @example
 * ```ts
 * const result: DateResult<DateTime> = parseDateTime("2025-07-09T14:05:00+04:00");
 * const text = result.ok ? formatDateTime(result.value) : result.issue.message;
 * text; //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export type DateResult<T> =
  | {
      /** `true`: the text was read. */
      readonly ok: true;
      /** What was read. */
      readonly value: T;
    }
  | {
      /** `false`: the text could not be read. */
      readonly ok: false;
      /** Why not. */
      readonly issue: DateIssue;
    };

/** How a `missing_zone` message ends: that there was no zone, and what to do about it. */
export const NO_ZONE_TO_READ_IN = "and no zone to read it in (add an offset such as +04:00, or pass a zone)";

/** How long a date text may be before it is refused unread. */
export const MAX_DATE_TEXT_LENGTH = 256;

const QUOTE_LIMIT = 80;

/**
 * Characters that would break a line of text or change how it shows: control characters (C0, DEL
 * and C1: newline, carriage return, NUL, ESC, …), the line and paragraph separators U+2028 and
 * U+2029, lone surrogates, and format characters (bidirectional controls, zero-width spaces, the byte
 * order mark), except the zero-width joiner and non-joiner and the tag characters, which ordinary
 * writing and emoji use.
 */
const UNPRINTABLE = /(?!\u200c|\u200d|[\u{e0020}-\u{e007f}])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A quick test that a text may hold something to escape: a backslash, or a character of the classes
 * above (the joiners it also finds are then kept). Most texts hold none and are returned as they are.
 */
const MAY_NEED_ESCAPES = /[\\\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** JSON's short escapes. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
};

/** One character as a JSON escape: `\n`, or `\u001b` for each UTF-16 unit. */
function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  let escaped = "";
  for (let index = 0; index < character.length; index++)
    escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, "0")}`;
  return escaped;
}

/**
 * Writes the characters that would break a line of text or hide in it as JSON escapes (`\n`,
 * `\u2028`, `\u001b`), and leaves everything else as it is, backslashes and quotes included: for
 * text that is already written for people, such as an issue's message, so that it prints as one line.
 *
 * @example
 * ```ts
 * escapeUnprintable("a\nb\u001b[31m"); //=> "a\\nb\\u001b[31m"
 * ```
 */
export function escapeUnprintable(text: string): string {
  if (!MAY_NEED_ESCAPES.test(text)) return text;
  return text.replace(UNPRINTABLE, escapeCharacter);
}

/**
 * Writes a text from outside for one line of text, visibly and unambiguously: backslashes doubled,
 * and the characters {@link escapeUnprintable} escapes written as JSON escapes. Letters of any script,
 * quotes and all other text are kept as they are.
 *
 * @example
 * ```ts
 * escapeText('say "hi"\n\\n'); //=> 'say "hi"\\n\\\\n'
 * ```
 */
export function escapeText(text: string): string {
  if (!MAY_NEED_ESCAPES.test(text)) return text;
  return escapeUnprintable(text.replaceAll("\\", "\\\\"));
}

/**
 * Cuts a text to 80 characters for quoting, marking the cut with an ellipsis, and writes it for one
 * line with {@link escapeText} (a newline as `\n`, ESC as `\u001b`, a backslash as `\\`).
 */
export function quoteInput(text: string): string {
  if (text.length <= QUOTE_LIMIT) return escapeText(text);
  const last = text.charCodeAt(QUOTE_LIMIT - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
  return `${escapeText(text.slice(0, end))}…`;
}

/** `Array.isArray`, which throws for a revoked proxy: that is no list. */
function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Describes a value in a few words (`null`, `the number 0`, `a list`); a string is quoted with
 * {@link quoteInput}, cut short and on one line.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (isList(value)) return "a list";
  switch (typeof value) {
    case "number":
    case "bigint":
      return `the number ${String(value)}`;
    case "boolean":
      return `the boolean ${String(value)}`;
    case "string":
      return `"${quoteInput(value)}"`;
    case "object":
      return "an object";
    default:
      return `a value of type ${typeof value}`;
  }
}

/** What a kind of date reader expects, in words; used in messages. */
export type DateExpectation = "date-time" | "partial date" | "date" | "time zone";

const EXAMPLES: Readonly<Record<DateExpectation, string>> = {
  "date-time": 'a date-time such as "2025-07-09T14:05:00+04:00"',
  "partial date": 'a date such as "1823", "1923-05" or "2025-07-09"',
  date: 'a date-time such as "2025-07-09T14:05:00+04:00" or a date such as "2025-07-09"',
  "time zone": 'an IANA time zone such as "Asia/Baku" or an offset such as "+04:00"',
};

/**
 * Turns an issue's code and details into one sentence. `field` names the field the value came
 * from (`datePublished`); without it the sentence speaks of "the value".
 */
export function describeDateIssue(
  code: DateIssueCode,
  input: string,
  details: Readonly<Record<string, string>> = {},
  field?: string,
): string {
  const subject = field === undefined ? "" : `${field} to be `;
  const found = `"${input}"`;
  const expectation = EXAMPLES[(details.expected as DateExpectation | undefined) ?? "date-time"];
  switch (code) {
    case "invalid_type":
      return `Expected ${subject}${expectation} as text, but found ${input}.`;
    case "empty":
      return `Expected ${subject}${expectation}, but found an empty text.`;
    case "too_long":
      return `Expected ${subject}${expectation} of at most ${MAX_DATE_TEXT_LENGTH} characters, but found ${details.length ?? "more"} characters starting ${found}.`;
    case "unrecognized_format":
      return `Expected ${subject}${expectation}, but found ${found}.`;
    case "missing_time":
      return `Expected ${subject}a date-time with a time of day, but found only the date ${found} (use a partial date for a day without a time).`;
    case "invalid_date":
      return `Expected ${subject}a real calendar date, but found ${found}${details.reason ? ` (${details.reason})` : ""}.`;
    case "invalid_time":
      return `Expected ${subject}a time of day from 00:00 to 23:59:59, but found ${found}.`;
    case "year_out_of_range":
      return `Expected ${subject}a date with a year from ${details.min ?? "1000"} to 9999, but found ${found}.`;
    case "missing_zone":
      return `Expected ${subject}a date-time with an offset or a time zone, but found the local time ${found} ${NO_ZONE_TO_READ_IN}.`;
    case "invalid_zone":
      return `Expected ${subject}${EXAMPLES["time zone"]}, but found "${details.zone ?? input}"${details.zone === undefined ? "" : ` in ${found}`}.`;
    case "offset_out_of_range":
      return `Expected ${subject}a UTC offset from -12:00 to +14:00, but found "${details.offset ?? input}" in ${found}.`;
    case "ambiguous_zone_abbreviation":
      return `Expected ${subject}a date-time with an unambiguous zone, but found ${found}, whose abbreviation "${details.abbreviation}" names several zones (${details.meanings}); map it with options.abbreviations.`;
    case "unknown_zone_abbreviation":
      return `Expected ${subject}a date-time with a known zone, but found ${found}, whose abbreviation "${details.abbreviation}" is not known; map it with options.abbreviations.`;
    case "zone_offset_mismatch":
      return `Expected ${subject}an offset that agrees with its zone, but found ${found}: ${details.zone} was at ${details.actual} then, not ${details.offset}.`;
    case "weekday_mismatch":
      return `Expected ${subject}a weekday that matches its date, but found ${found}: that date is a ${details.actual}.`;
    case "conflicting_dates":
      return `Expected ${subject}one date, but found ${found}, which names both ${details.first} and ${details.second}.`;
    case "nonexistent_local_time":
      return `Expected ${subject}a local time that exists, but found ${found}, which ${details.zone} skipped when its clocks moved from ${details.before} to ${details.after} (choose a disambiguation to accept it).`;
    case "ambiguous_local_time":
      return `Expected ${subject}a local time that happened once, but found ${found}, which happened twice in ${details.zone}, at ${details.earlier} and at ${details.later} (choose a disambiguation).`;
  }
}

/** Builds a failed {@link DateResult}. */
export function dateFailure<T>(
  code: DateIssueCode,
  rawInput: string,
  details?: Readonly<Record<string, string>>,
): DateResult<T> {
  const input = quoteInput(rawInput);
  const issue: DateIssue =
    details === undefined
      ? { code, input, message: describeDateIssue(code, input) }
      : { code, input, message: describeDateIssue(code, input, details), details };
  return { ok: false, issue };
}
