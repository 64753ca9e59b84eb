/**
 * `newsmodel validate`: checks payloads in JSON files and NDJSON streams, one line per issue.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { escapeText } from "../dates/issues.js";
import {
  type BatchResult,
  type BatchSettings,
  check,
  checkBatch,
  jsonIssue,
  MAX_PAYLOAD_LENGTH,
  report,
  type ValidateCommand,
} from "./check-batch.js";
import { type Output, paint, parseJsonText, unreadable } from "./io.js";
import { lineBatches } from "./lines.js";
import { readPayloadText } from "./payload-text.js";
import { CheckerPool } from "./pool.js";

export type { ValidateCommand } from "./check-batch.js";

/** Counts of what was checked. */
interface Tally {
  valid: number;
  invalid: number;
}

/** Opens a file for streaming; an unreadable one is an input error. */
async function openFile(file: string): Promise<{ stream: NodeJS.ReadableStream; size: number }> {
  const info = await stat(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  if (info.isDirectory()) throw unreadable(file, { code: "EISDIR" });
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.once("ready", () => resolve({ stream, size: info.size }));
    stream.once("error", (error) => reject(unreadable(file, error)));
  });
}

/**
 * Reads an NDJSON file or stream in batches of lines, in bounded memory, and checks them in this
 * thread or, for a large input and `jobs` over 1, in this thread and worker threads; results are
 * printed in order.
 */
async function validateLines(
  file: string,
  command: ValidateCommand,
  output: Output,
  tally: Tally,
  stdin: NodeJS.ReadableStream,
) {
  // Standard input already read (a second `-`), or left at binary data, has no more lines.
  if (file === "-" && (stdin as { destroyed?: boolean }).destroyed === true) return;
  const opened = file === "-" ? { stream: stdin, size: undefined } : await openFile(file);
  const input = opened.stream;
  const settings: BatchSettings = { file, command, color: output.color };
  let lastProgress = Date.now();
  // Whether a progress line stands on the terminal: it is cleared before any other line, which
  // would otherwise be written onto its end.
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) output.err("\r\u001b[K");
    progressShown = false;
  };
  const print = async (result: BatchResult, lastLineOfBatch: number) => {
    tally.valid += result.valid;
    countInvalid(tally, output, result.invalid);
    if (result.out.length > 0) clearProgress();
    for (const line of result.out) output.out(line);
    await output.drain?.();
    if (output.errIsTerminal && Date.now() - lastProgress > 500) {
      lastProgress = Date.now();
      output.err(`\r${escapeText(file)}: ${lastLineOfBatch} lines checked…`);
      progressShown = true;
    }
  };
  const batches = lineBatches(input as AsyncIterable<Buffer>, MAX_PAYLOAD_LENGTH);
  const pool = command.jobs > 1 ? new CheckerPool(command.jobs, settings) : undefined;
  try {
    // Threads pay off only for a large input: a small one, and the first megabyte of a stream of
    // unknown length, are checked here alone. (A file known to be large starts the worker threads
    // with its first batch, so that they are ready sooner.)
    let bytesRead = opened.size !== undefined && opened.size > WORKERS_AFTER ? WORKERS_AFTER : 0;
    for await (const batch of batches) {
      const end = batch.firstLine + batch.lineCount - 1;
      bytesRead += batch.bytes.length;
      if (pool !== undefined && bytesRead >= WORKERS_AFTER)
        await pool.check(batch, (result) => print(result, end));
      else await print(checkBatch(batch, settings), end);
    }
    await pool?.finish();
  } finally {
    await pool?.close();
  }
  clearProgress();
}

/**
 * Counts payloads found invalid, and says so at once (`Output.failed`), so that a run whose reader
 * stops early (`| head`) still ends with the status of what it found.
 */
function countInvalid(tally: Tally, output: Output, count = 1): void {
  tally.invalid += count;
  if (count > 0) output.failed?.();
}

/** How many bytes of NDJSON are checked in this thread before worker threads are started (1 MB). */
const WORKERS_AFTER = 1_000_000;

/** Reads a JSON file whole. */
async function validateFile(
  file: string,
  command: ValidateCommand,
  output: Output,
  tally: Tally,
  stdin: NodeJS.ReadableStream,
) {
  const read = await readPayloadText(file, stdin);
  if (!read.ok) {
    countInvalid(tally, output);
    report(output, command, { file }, [read.issue], [], false);
    return;
  }
  let payload: unknown;
  try {
    payload = parseJsonText(read.text, file);
  } catch (error) {
    countInvalid(tally, output);
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
  else countInvalid(tally, output);
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
