/**
 * Validation issues as data: where (path and JSON Pointer), what (a stable code), in words (one
 * sentence naming the field), and how bad (error or warning). Rendering them is separate.
 */
import { type DateIssueCode, escapeText, escapeUnprintable, quoteInput } from "../dates/issues.js";
import type { PayloadPath } from "../models/references.js";

/**
 * `error`: the payload is refused; `warning`: it is accepted, and something was dropped or is doubtful.
 *
 * @example
 * ```ts
 * const errors = validateArticle(payload).issues.filter((issue) => issue.severity === "error");
 * errors; //=> [] (the payload is valid)
 * validateArticle({ ...payload, colour: "red" }).warnings.map((issue) => `${issue.severity} ${issue.code}`);
 * //=> ["warning unknown_key"]
 * ```
 */
export type IssueSeverity = "error" | "warning";

/**
 * The codes of the check every value from outside gets first, that it is plain JSON data within
 * limits: `too_deep`, `too_large`, `cyclic` (a value that contains itself), `invalid_type` (a class
 * instance, a function, a `BigInt`) and `invalid_value` (a getter, a value that fails when read).
 *
 * @example
 * ```ts
 * const code: PayloadCheckCode = "too_deep";
 * validateArticle({ headline: [[["H"]]] }, { limits: { maxDepth: 2 } }).issues[0]?.code === code; //=> true
 * ```
 */
export type PayloadCheckCode = "too_deep" | "too_large" | "cyclic" | "invalid_type" | "invalid_value";

/**
 * The codes of {@link validateArticle}'s issues: the payload check, the fields, the cross-checks, the
 * unknown-key warning, JSON text that does not parse, and the date codes ({@link DateIssueCode}).
 *
 * @example
 * ```ts
 * function advice(code: ValidationIssueCode): string {
 *   switch (code) {
 *     case "missing_zone": return "Give the time an offset, or the article a timeZone.";
 *     case "unknown_key": return "Remove the field.";
 *     default: return "See the message.";
 *   }
 * }
 * advice("unknown_key"); //=> "Remove the field."
 * ```
 */
export type ValidationIssueCode =
  | DateIssueCode
  | PayloadCheckCode
  | "invalid_json"
  | "invalid_type"
  | "required"
  | "empty_text"
  | "too_long"
  | "too_many"
  | "too_few"
  | "too_big"
  | "too_small"
  | "invalid_value"
  | "invalid_url"
  | "invalid_id"
  | "invalid_language"
  | "invalid_country"
  | "invalid_media_type"
  | "missing_entity_type"
  | "invalid_entity_type"
  | "unresolved_reference"
  | "wrong_reference_kind"
  | "duplicate_id"
  | "containment_cycle"
  | "organization_cycle"
  | "event_cycle"
  | "modified_before_published"
  | "end_before_start"
  | "paragraph_out_of_range"
  | "misquote"
  | "paywall_conflict"
  | "unknown_key";

/**
 * The codes that reading JSON-LD ({@link fromJsonLd}, {@link extractJsonLd}, `newsmodel import`)
 * reports besides the validation codes: each repair, guess and value left out, and what stops a read.
 *
 * @example
 * ```ts
 * fromJsonLd({
 *   "@context": "https://schema.org",
 *   "@type": "NewsArticle",
 *   headline: "Fish &amp; chips",
 *   datePublished: "2024-03-05T09:30:00+01:00",
 *   author: { "@type": "Person", name: "Mira Holm" },
 *   image: { "@type": "ImageObject", url: "https://img.example.org/a.jpg", width: "wide" },
 * }).issues.map((issue) => issue.code); //=> ["html_entities_decoded", "unreadable_value"]
 * ```
 */
export type ReadingIssueCode =
  | "control_characters_escaped"
  | "trailing_commas_removed"
  | "comments_removed"
  | "too_many_blocks"
  | "no_json_ld"
  | "no_article"
  | "unsupported_context"
  | "type_case"
  | "unsupported_type"
  | "extra_values"
  | "unreadable_value"
  | "html_entities_decoded"
  | "html_stripped"
  | "url_resolved"
  | "date_repaired"
  | "floating_time"
  | "missing_name"
  | "author_name_prefix"
  | "author_names_joined"
  | "internal_error";

/**
 * Every code a {@link ValidationIssue} may have: those of validation and those of reading JSON-LD.
 *
 * @example
 * ```ts
 * const code: IssueCode = validateArticle({ ...payload, colour: "red" }).warnings[0]?.code ?? "required";
 * code; //=> "unknown_key"
 * ```
 */
export type IssueCode = ValidationIssueCode | ReadingIssueCode;

/**
 * One thing wrong with a payload.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: ["people", 0, "name"],
 *   pointer: "/people/0/name",
 *   code: "required",
 *   message: "Expected people[0].name, but found nothing.",
 *   severity: "error",
 * };
 * validateArticle({
 *   headline: "H",
 *   datePublished: "2025-07-09T14:05:00+04:00",
 *   authors: ["person:a"],
 *   people: [{ id: "person:a" }],
 * }).issues; //=> [issue]
 * ```
 */
export interface ValidationIssue<Code extends IssueCode = IssueCode> {
  /** Where, as a list of keys and indexes (as zod writes paths). */
  readonly path: PayloadPath;
  /** Where, as an RFC 6901 JSON Pointer into the payload as given (`""` is the whole payload). */
  readonly pointer: string;
  /**
   * What, as a stable snake_case code: a {@link ValidationIssueCode} in what `validateArticle` and
   * its kin give, any {@link IssueCode} in what reading JSON-LD gives.
   */
  readonly code: Code;
  /** One plain English sentence: the field, what was expected and (cut short) what was found. */
  readonly message: string;
  /** Whether the payload is refused for it. */
  readonly severity: IssueSeverity;
}

/** Writes a path as an RFC 6901 JSON Pointer (`["people", 0, "name"]` → `/people/0/name`). */
export function toPointer(path: PayloadPath): string {
  return path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * Writes a path as people read a field (`["people", 0, "name"]` → `people[0].name`); the empty path
 * is `root` ("the article" unless said otherwise).
 */
export function fieldName(path: PayloadPath, root = "the article"): string {
  if (path.length === 0) return root;
  let name = "";
  for (const key of path) {
    if (typeof key === "number") name += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) name += name === "" ? key : `.${key}`;
    else name += `[${quoteKey(key)}]`;
  }
  return name;
}

/**
 * A key quoted for a message as JSON writes it (`"a \"b\""`), but cut short and on one line with
 * {@link quoteInput}, which also writes U+2028, U+2029 and invisible characters as escapes.
 */
export function quoteKey(key: string): string {
  return `"${quoteInput(key).replaceAll('"', '\\"')}"`;
}

/** Builds an issue from a path, a code and a message. */
export function issueAt<Code extends IssueCode>(
  path: PayloadPath,
  code: Code,
  message: string,
  severity: IssueSeverity = "error",
): ValidationIssue<Code> {
  return { path, pointer: toPointer(path), code, message, severity };
}

/**
 * One issue as a line for people: severity, JSON Pointer (`/` for the whole payload), message. What
 * came from outside cannot break the line: in the pointer, line breaks, control and format characters
 * are written as JSON escapes and backslashes doubled (a newline in a key as `\n`, a backslash as
 * `\\`); in the message, whose quoted input is already escaped so, the same characters are escaped
 * and its backslashes kept.
 *
 * @param issue - The issue to write.
 * @param severity - The severity as it is to be written (the command colours it); by default the issue's.
 * @returns One line, without a line break.
 *
 * @example
 * ```ts
 * formatIssue({ path: ["a\nb"], pointer: "/a\nb", code: "unknown_key", message: "Dropped.", severity: "warning" });
 * //=> "warning /a\\nb: Dropped."
 * ```
 */
export function formatIssue(issue: ValidationIssue, severity: string = issue.severity): string {
  const pointer = issue.pointer === "" ? "/" : escapeText(issue.pointer);
  return `${severity} ${pointer}: ${escapeUnprintable(issue.message)}`;
}

/**
 * Renders issues for people, one line each: severity, JSON Pointer (`/` for the whole payload),
 * message, with line breaks and other control characters in them escaped (see {@link formatIssue}).
 *
 * @param issues - The issues to write, such as a result's `issues` or `warnings`.
 * @returns One line per issue, joined with `\n`; the empty string for no issues.
 *
 * @example
 * ```ts
 * const result = validateArticle({ datePublished: "2025-07-09T14:05:00+04:00", authors: ["person:x"] });
 * formatIssues(result.issues);
 * //=> 'error /headline: Expected headline, but found nothing.
 * //    error /authors/0: Expected authors[0] to refer to a person or an organization in the article, …'
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => formatIssue(issue)).join("\n");
}
