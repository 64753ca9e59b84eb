/**
 * Checking payloads and reporting them as `validate` prints them: one payload, or a batch of NDJSON
 * lines (in this thread or in a worker thread, with the same result).
 */
import {
  type ValidateArticleOptions,
  type ValidationIssue,
  type ValidationIssueCode,
  validateArticle,
  validateArticleJson,
} from "newsmodel";
import { escapeText, escapeUnprintable } from "../dates/issues.js";
import { formatIssue } from "../validate/issues.js";
import { jsonErrorPosition, jsonErrorReason } from "../validate/json-position.js";
import { type Output, paint } from "./io.js";
import { type LineBatch, linesOf } from "./lines.js";

/** The options of `validate`. */
export interface ValidateCommand {
  readonly files: readonly string[];
  readonly ndjson: boolean;
  readonly format: "human" | "json";
  readonly zone?: string;
  /** How many threads check NDJSON lines (1: this one only). */
  readonly jobs: number;
}

/** One payload's result, written as the format asks. */
export function report(
  output: Output,
  command: ValidateCommand,
  place: { file: string; line?: number },
  issues: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[],
  quietWhenValid: boolean,
) {
  const ok = issues.length === 0;
  if (command.format === "json") {
    output.out(JSON.stringify({ ...place, ok, issues, warnings }));
    return;
  }
  const file = escapeText(place.file);
  const where = place.line === undefined ? file : `${file}:${place.line}`;
  if (ok && warnings.length === 0) {
    if (!quietWhenValid) output.out(`${where}: ${paint(output, "green", "valid")}`);
    return;
  }
  for (const issue of [...issues, ...warnings]) {
    const severity = paint(output, issue.severity === "error" ? "red" : "yellow", issue.severity);
    output.out(`${where}: ${formatIssue(issue, severity)}`);
  }
}

/** Validates one parsed payload. */
export function check(payload: unknown, command: ValidateCommand) {
  return validateArticle(payload, optionsOf(command));
}

/** The options of the validators, from the command's. */
function optionsOf(command: ValidateCommand): ValidateArticleOptions {
  return command.zone === undefined ? {} : { zone: command.zone };
}

/** Where a line that is not JSON goes wrong, and what `JSON.parse` says of it, on one line. */
function syntaxError(text: string): string {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    JSON.parse(source);
    return "(unreadable)";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPosition(source, message);
    const at = where === undefined ? "" : `at column ${where.column} `;
    return `${at}(${escapeUnprintable(jsonErrorReason(message))})`;
  }
}

/** An error at the whole payload (its path is empty). */
function payloadIssue(code: ValidationIssueCode, message: string): ValidationIssue {
  return { path: [], pointer: "", code, message, severity: "error" };
}

/** The longest payload text read (about 5 MB); longer ones are refused before parsing. */
export const MAX_PAYLOAD_LENGTH = 5_000_000;

/** A payload text over the limit, as an issue. */
export function tooLarge(length: number): ValidationIssue {
  const message = `Expected a payload of at most ${MAX_PAYLOAD_LENGTH} characters, but found ${length}; it was not read.`;
  return payloadIssue("too_large", message);
}

/**
 * The most bytes of a JSON file read to find its length in characters: UTF-8 takes at most three
 * bytes for each UTF-16 unit, so a larger file is certainly over {@link MAX_PAYLOAD_LENGTH}.
 */
export const MAX_PAYLOAD_BYTES = 3 * MAX_PAYLOAD_LENGTH;

/**
 * A payload file over {@link MAX_PAYLOAD_BYTES}, as an issue: it was not read at all.
 *
 * @param bytes - The file's size, or, when it is not `complete`, a size it is known to be over.
 * @param complete - Whether `bytes` is the whole size (for a device or a pipe, reading stopped past the limit).
 */
export function tooManyBytes(bytes: number, complete: boolean): ValidationIssue {
  const found = complete ? `${bytes} bytes` : `more than ${bytes} bytes`;
  const message = `Expected a payload of at most ${MAX_PAYLOAD_LENGTH} characters, but found ${found}, which is more characters than that; it was not read.`;
  return payloadIssue("too_large", message);
}

/** An NDJSON line over the limit, as an issue. */
function lineTooLong(bytes: number): ValidationIssue {
  const message = `Expected a line of at most ${MAX_PAYLOAD_LENGTH} bytes, but found ${bytes}; it was not read.`;
  return payloadIssue("too_large", message);
}

/** An NDJSON line over the limit that holds NUL bytes, where reading stopped (see `lineBatches`), as an issue. */
function binaryLine(): ValidationIssue {
  const message = `Expected a line of at most ${MAX_PAYLOAD_LENGTH} bytes of text, but found a longer one with NUL bytes in it, which no JSON text holds; it and the rest of the input were not read.`;
  return payloadIssue("too_large", message);
}

/** A JSON text that failed to parse, as an issue at the whole payload. */
export function jsonIssue(message: string): ValidationIssue {
  return payloadIssue("invalid_json", message);
}

/** What checking some lines of NDJSON gave: the lines to print, and the counts. */
export interface BatchResult {
  readonly out: readonly string[];
  readonly valid: number;
  readonly invalid: number;
}

/** How a batch is checked and reported: the file it comes from, the command, and colour. */
export interface BatchSettings {
  readonly file: string;
  readonly command: ValidateCommand;
  readonly color: boolean;
}

/** Checks a batch of NDJSON lines (blank lines are skipped); a pure function of its input. */
export function checkBatch(batch: LineBatch, settings: BatchSettings): BatchResult {
  const out: string[] = [];
  const output: Output = {
    out: (line) => out.push(line),
    err: () => {},
    color: settings.color,
    errIsTerminal: false,
  };
  const { file, command } = settings;
  let valid = 0;
  let invalid = 0;
  let line = batch.firstLine - 1;
  for (const text of linesOf(batch)) {
    line++;
    const place = { file, line };
    if (typeof text === "number") {
      invalid++;
      const stoppedHere = batch.stopped === true && line === batch.firstLine + batch.lineCount - 1;
      report(output, command, place, [stoppedHere ? binaryLine() : lineTooLong(text)], [], true);
      continue;
    }
    if (text.trim() === "") continue;
    const result = validateArticleJson(text, optionsOf(command));
    if (result.ok) valid++;
    else invalid++;
    if (result.issues[0]?.code === "invalid_json") {
      const message = `Line ${line} is not valid JSON ${syntaxError(text)}.`;
      report(output, command, place, [jsonIssue(message)], [], true);
    } else {
      report(output, command, place, result.issues, result.warnings, true);
    }
  }
  return { out, valid, invalid };
}
