/**
 * Where a `JSON.parse` error is in its text, as a line and a column (from 1), when the engine's
 * message gives a position. Shared by `validateArticleJson` and the command; it imports nothing.
 */

/** A place in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of a `JSON.parse` error in `text`, or `undefined` when its message gives no
 * position (the engine's words differ between versions).
 *
 * @param text - The text that was parsed.
 * @param message - The error's message.
 * @returns The place of the error, or `undefined`.
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const position = /position (\d+)/.exec(message);
  const offset =
    position === null ? (/end of JSON input/.test(message) ? text.length : undefined) : Number(position[1]);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
