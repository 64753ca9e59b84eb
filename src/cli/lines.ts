/**
 * Reading NDJSON: a stream cut into batches of lines, in bounded memory. A line longer than the limit
 * is not kept: it is given as its length, and the stream is read on to its end.
 */
import { StringDecoder } from "node:string_decoder";

/** Some consecutive lines of a stream: texts, or the lengths of lines too long to keep. */
export interface LineBatch {
  /** The number of the first line (from 1). */
  readonly firstLine: number;
  /** Each line's text without its `\n` (or `\r\n`); a number for a line over the limit: its length. */
  readonly lines: readonly (string | number)[];
}

/** A line without the `\r` of a `\r\n` ending. */
function withoutReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * The lines of a stream in batches of about `batchSize` characters (at least one line each), keeping
 * at most `maxLineLength` characters of any one line.
 *
 * @param input - A byte stream of UTF-8 text.
 * @param maxLineLength - The longest line kept; a longer one is given as its length.
 * @param batchSize - About how many characters a batch holds; default 256 KB.
 * @returns The batches, in order.
 */
export async function* lineBatches(
  input: AsyncIterable<Buffer | string>,
  maxLineLength: number,
  batchSize = 256 * 1024,
): AsyncGenerator<LineBatch> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let pendingLength = 0;
  let tooLong = false;
  let lineNumber = 1;
  let batch: (string | number)[] = [];
  let batchCharacters = 0;
  let firstLine = 1;
  const push = (line: string | number) => {
    if (batch.length === 0) firstLine = lineNumber;
    batch.push(line);
    batchCharacters += typeof line === "string" ? line.length : 0;
    lineNumber++;
  };
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const piece = text.slice(start, end);
      start = end + 1;
      if (tooLong || pendingLength + piece.length > maxLineLength) {
        push(pendingLength + piece.length);
      } else {
        push(withoutReturn(pending + piece));
      }
      pending = "";
      pendingLength = 0;
      tooLong = false;
      if (batchCharacters >= batchSize) {
        yield { firstLine, lines: batch };
        batch = [];
        batchCharacters = 0;
      }
    }
    const rest = text.slice(start);
    pendingLength += rest.length;
    if (tooLong || pendingLength > maxLineLength) {
      tooLong = true;
      pending = "";
    } else {
      pending += rest;
    }
  }
  const last = pending + decoder.end();
  pendingLength += last.length - pending.length;
  if (tooLong || pendingLength > maxLineLength) push(pendingLength);
  else if (last !== "") push(withoutReturn(last));
  if (batch.length > 0) yield { firstLine, lines: batch };
}
