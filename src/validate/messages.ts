/**
 * From zod's issues to ours: a stable code and one sentence that names the field, says what was
 * expected and quotes (cut short) what was found.
 */
import type * as z from "zod";
import { type DateIssueCode, describeDateIssue, describeValue, quoteInput } from "../dates/issues.js";
import { codePointLength } from "../models/fields.js";
import type { PayloadPath } from "../models/references.js";
import { fieldName, issueAt, toPointer, type ValidationIssue, type ValidationIssueCode } from "./issues.js";

const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** The codes our field schemas put in `params.code`. */
type CustomCode =
  | "empty_text"
  | "invalid_url"
  | "invalid_id"
  | "invalid_language"
  | "invalid_country"
  | "invalid_media_type";

/** Sentences for the codes our field schemas put in `params.code`. */
const CUSTOM_MESSAGES: Readonly<Record<CustomCode, (field: string, found: string) => string>> = {
  empty_text: (field) =>
    `Expected ${field} to contain text, but found only white space or invisible characters.`,
  invalid_url: (field, found) =>
    `Expected ${field} to be an absolute http or https URL without credentials, but found ${found}.`,
  invalid_id: (field, found) => `Expected ${field} to be an id without spaces or quotes, but found ${found}.`,
  invalid_language: (field, found) =>
    `Expected ${field} to be a BCP 47 language tag such as "en" or "az-Latn", but found ${found}.`,
  invalid_country: (field, found) =>
    `Expected ${field} to be an ISO 3166-1 alpha-2 country code such as "AZ", but found ${found}.`,
  invalid_media_type: (field, found) =>
    `Expected ${field} to be an image media type such as "image/jpeg", but found ${found}.`,
};

/** The found value, quoted and cut short, for a message. */
function found(input: unknown): string {
  return describeValue(input);
}

/** How many characters or items a value has, for a message. */
function sizeOf(input: unknown): string {
  // Characters as the bounds count them: code points (an emoji is one).
  if (typeof input === "string") return String(codePointLength(input));
  if (Array.isArray(input)) return String(input.length);
  return "more";
}

type ZodIssue = z.core.$ZodIssue;

/** The code and sentence for one zod issue, given the field's name. */
function describe(
  issue: ZodIssue,
  field: string,
  original: string | undefined,
): { code: ValidationIssueCode; message: string } {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return { code: "required", message: `Expected ${field}, but found nothing.` };
      // JSON.parse reads 1e400 as Infinity: a number, but not one any field takes.
      if (
        typeof issue.input === "number" &&
        !Number.isFinite(issue.input) &&
        (issue.expected === "number" || issue.expected === "int")
      )
        return {
          code: "invalid_value",
          message: `Expected ${field} to be a finite number, but found ${String(issue.input)}.`,
        };
      return {
        code: "invalid_type",
        message: `Expected ${field} to be ${EXPECTED_TYPE[issue.expected] ?? issue.expected}, but found ${found(issue.input)}.`,
      };
    case "too_big": {
      const maximum = String(issue.maximum);
      if (issue.origin === "string") {
        return {
          code: "too_long",
          message: `Expected ${field} to have at most ${maximum} characters, but found ${sizeOf(issue.input)}.`,
        };
      }
      if (issue.origin === "array") {
        return {
          code: "too_many",
          message: `Expected ${field} to have at most ${maximum} items, but found ${sizeOf(issue.input)}.`,
        };
      }
      return {
        code: "too_big",
        message: `Expected ${field} to be at most ${maximum}, but found ${found(issue.input)}.`,
      };
    }
    case "too_small": {
      const minimum = String(issue.minimum);
      if (issue.origin === "string") {
        return { code: "empty_text", message: `Expected ${field} to contain text, but found an empty text.` };
      }
      if (issue.origin === "array") {
        return {
          code: "too_few",
          message: `Expected ${field} to have at least ${minimum} item${minimum === "1" ? "" : "s"}, but found ${sizeOf(issue.input)}.`,
        };
      }
      return {
        code: "too_small",
        message: `Expected ${field} to be at least ${minimum}, but found ${found(issue.input)}.`,
      };
    }
    case "invalid_value": {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return {
        code: "invalid_value",
        message: `Expected ${field} to be one of ${allowed}, but found ${found(issue.input)}.`,
      };
    }
    case "custom": {
      const params = issue.params ?? {};
      const dateCode = params.dateIssue as DateIssueCode | undefined;
      if (dateCode !== undefined) {
        const { dateIssue: _code, ...details } = params as Record<string, string>;
        const raw = original ?? issue.input;
        const input = typeof raw === "string" ? quoteInput(raw) : found(raw);
        return { code: dateCode, message: describeDateIssue(dateCode, input, details, field) };
      }
      const code = params.code;
      if (typeof code === "string" && Object.hasOwn(CUSTOM_MESSAGES, code))
        return {
          code: code as CustomCode,
          message: CUSTOM_MESSAGES[code as CustomCode](field, found(issue.input)),
        };
      return {
        code: "invalid_value",
        message: `Expected ${field} to be valid, but found ${found(issue.input)}: ${issue.message}`,
      };
    }
    default:
      return {
        code: "invalid_value",
        message: `Expected ${field} to be valid, but found ${found(issue.input)}.`,
      };
  }
}

/**
 * Turns zod's issues into ours. `mapPath` moves a path from where the normalised payload has the
 * value to where the caller's payload had it (an entity given inline, say); `originals` gives the
 * text the caller wrote where validation rewrote it (a local time given its zone), by JSON Pointer.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  mapPath: (path: PayloadPath) => PayloadPath,
  originals: ReadonlyMap<string, string> = new Map(),
  root?: string,
): ValidationIssue<ValidationIssueCode>[] {
  const pathOf = (issue: ZodIssue): PayloadPath =>
    issue.path.filter((key): key is string | number => typeof key !== "symbol");
  // zod measures anything with a length, after finding it of the wrong type too: a list where text
  // belongs is not also "at most 1000 items".
  const mistyped = new Set(
    issues.filter((issue) => issue.code === "invalid_type").map((issue) => toPointer(pathOf(issue))),
  );
  const measuredAnyway = (issue: ZodIssue) =>
    (issue.code === "too_big" || issue.code === "too_small") && mistyped.has(toPointer(pathOf(issue)));
  return issues
    .filter((issue) => !measuredAnyway(issue))
    .map((issue) => {
      const normalisedPath = pathOf(issue);
      const path = mapPath(normalisedPath);
      const { code, message } = describe(
        issue,
        fieldName(path, root),
        originals.get(toPointer(normalisedPath)),
      );
      return issueAt(path, code, message);
    });
}
