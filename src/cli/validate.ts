/**
 * `newsmodel validate`: checks payloads in JSON files and NDJSON streams, one line per issue.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type ValidationIssue, validateArticle } from "newsmodel";
import { type Output, paint, parseJsonText, readText, unreadable } from "./io.js";

/** The options of `validate`. */
export interface ValidateCommand {
  readonly files: readonly string[];
  readonly ndjson: boolean;
  readonly format: "human" | "json";
  readonly zone?: string;
}

/** Counts of what was checked. */
interface Tally {
  valid: number;
  invalid: number;
}

/** One payload's result, written as the format asks. */
function report(
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
  const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
  if (ok && warnings.length === 0) {
    if (!quietWhenValid) output.out(`${where}: ${paint(output, "green", "valid")}`);
    return;
  }
  for (const issue of [...issues, ...warnings]) {
    const severity = paint(output, issue.severity === "error" ? "red" : "yellow", issue.severity);
    output.out(`${where}: ${severity} ${issue.pointer || "/"}: ${issue.message}`);
  }
}

/** Validates one parsed payload. */
function check(payload: unknown, command: ValidateCommand) {
  return validateArticle(payload, command.zone === undefined ? {} : { zone: command.zone });
}

/** The longest payload text read (about 5 MB); longer ones are refused before parsing. */
const MAX_PAYLOAD_LENGTH = 5_000_000;

/** A payload text over the limit, as an issue. */
function tooLarge(length: number): ValidationIssue {
  const message = `Expected a payload of at most ${MAX_PAYLOAD_LENGTH} characters, but found ${length}; it was not read.`;
  return { path: [], pointer: "", code: "too_large", message, severity: "error" };
}

/** A JSON text that failed to parse, as an issue at the whole payload. */
function jsonIssue(message: string): ValidationIssue {
  return { path: [], pointer: "", code: "invalid_json", message, severity: "error" };
}

/** Opens a file for streaming; an unreadable one is an input error. */
async function openFile(file: string): Promise<NodeJS.ReadableStream> {
  const info = await stat(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  if (info.isDirectory()) throw unreadable(file, { code: "EISDIR" });
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.once("ready", () => resolve(stream));
    stream.once("error", (error) => reject(unreadable(file, error)));
  });
}

/** Reads an NDJSON file or stream line by line, in constant memory. */
async function validateLines(
  file: string,
  command: ValidateCommand,
  output: Output,
  tally: Tally,
  stdin: NodeJS.ReadableStream,
) {
  const input = file === "-" ? stdin : await openFile(file);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let lastProgress = Date.now();
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    if (text.length > MAX_PAYLOAD_LENGTH) {
      tally.invalid++;
      report(output, command, { file, line }, [tooLarge(text.length)], [], true);
      continue;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      tally.invalid++;
      const reason = error instanceof Error ? error.message : String(error);
      report(
        output,
        command,
        { file, line },
        [jsonIssue(`Line ${line} is not valid JSON (${reason}).`)],
        [],
        true,
      );
      continue;
    }
    const result = check(payload, command);
    if (result.ok) tally.valid++;
    else tally.invalid++;
    report(output, command, { file, line }, result.issues, result.warnings, true);
    if (output.errIsTerminal && Date.now() - lastProgress > 500) {
      lastProgress = Date.now();
      output.err(`\r${file}: ${line} lines checked…`);
    }
  }
  if (output.errIsTerminal && line > 0) output.err("\r\u001b[K");
}

/** Reads a JSON file whole. */
async function validateFile(
  file: string,
  command: ValidateCommand,
  output: Output,
  tally: Tally,
  stdin: NodeJS.ReadableStream,
) {
  const text = await readText(file, stdin);
  if (text.length > MAX_PAYLOAD_LENGTH) {
    tally.invalid++;
    report(output, command, { file }, [tooLarge(text.length)], [], false);
    return;
  }
  let payload: unknown;
  try {
    payload = parseJsonText(text, file);
  } catch (error) {
    tally.invalid++;
    report(
      output,
      command,
      { file },
      [jsonIssue(error instanceof Error ? `${error.message}.` : String(error))],
      [],
      false,
    );
    return;
  }
  const result = check(payload, command);
  if (result.ok) tally.valid++;
  else tally.invalid++;
  report(output, command, { file }, result.issues, result.warnings, false);
}

/** Runs `validate`; returns the exit status (0 all valid, 1 some invalid). */
export async function runValidate(
  command: ValidateCommand,
  output: Output,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const tally: Tally = { valid: 0, invalid: 0 };
  for (const file of command.files) {
    if (command.ndjson || file.endsWith(".ndjson")) await validateLines(file, command, output, tally, stdin);
    else await validateFile(file, command, output, tally, stdin);
  }
  if (command.format === "human") {
    const total = tally.valid + tally.invalid;
    const summary = `${total} payload${total === 1 ? "" : "s"} checked: ${tally.valid} valid, ${tally.invalid} invalid`;
    output.out(paint(output, tally.invalid === 0 ? "green" : "red", summary));
  }
  return tally.invalid === 0 ? 0 : 1;
}
