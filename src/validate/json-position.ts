/**
 * Where a `JSON.parse` error is in its text, as a line and a column (from 1), when the engine's
 * message gives a position. Shared by `validateArticleJson` and the command; it imports nothing.
 */

/** A place in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Characters JSON allows between tokens. */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON refuses control characters in strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** The end of the token of a scalar value at `at` (a string, number, `true`, `false`, `null`), or -1. */
function scalarEnd(text: string, at: number): number {
  for (const pattern of [STRING, NUMBER, LITERAL]) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

/**
 * The offset of the first thing in a text that is not JSON (the engine's messages do not always
 * say), or `undefined` when the text is JSON. A small scanner with its own stack, so that deep
 * nesting cannot overflow the call stack; it is asked only after `JSON.parse` has failed.
 *
 * @param text - The text that failed to parse.
 * @returns The offset of the first character that cannot continue JSON (`text.length` when the text ends too soon).
 */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: ("{" | "[")[] = [];
  let at = 0;
  /** What may come next: a value, a key (or `}` right after `{`), `:`, or `,` and a closing bracket. */
  let expect: "value" | "first-value" | "key" | "first-key" | "colon" | "next" = "value";
  for (;;) {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return stack.length === 0 && expect === "next" ? undefined : text.length;
    const character = text[at];
    if (expect === "colon") {
      if (character !== ":") return at;
      at++;
      expect = "value";
    } else if (expect === "next") {
      const open = stack.at(-1);
      if (open === undefined) return at;
      if (character === ",") {
        at++;
        expect = open === "{" ? "key" : "value";
      } else if (character === (open === "{" ? "}" : "]")) {
        at++;
        stack.pop();
      } else {
        return at;
      }
    } else if (expect === "key" || expect === "first-key") {
      if (character === "}" && expect === "first-key") {
        at++;
        stack.pop();
        expect = "next";
        continue;
      }
      if (character !== '"') return at;
      const end = scalarEnd(text, at);
      if (end === -1) return at;
      at = end;
      expect = "colon";
    } else if (character === "{" || character === "[") {
      stack.push(character);
      at++;
      expect = character === "{" ? "first-key" : "first-value";
    } else if (character === "]" && expect === "first-value") {
      at++;
      stack.pop();
      expect = "next";
    } else {
      const end = scalarEnd(text, at);
      if (end === -1) return at;
      at = end;
      expect = "next";
    }
  }
}

/**
 * The line and column of a `JSON.parse` error in `text`: from the position the engine's message
 * gives, else from {@link jsonErrorOffset}.
 *
 * @param text - The text that was parsed.
 * @param message - The error's message.
 * @returns The place of the error, or `undefined` when the text is JSON after all.
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const position = /position (\d+)/.exec(message);
  const offset = position === null ? jsonErrorOffset(text) : Number(position[1]);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/**
 * What the engine says of a JSON text, on one line: its first clause, without the piece of the text
 * it quotes (which may hold line breaks) and without its offset (`in JSON at position 1`, which
 * counts from 0 where a line and column are given beside it).
 *
 * @param message - The error's message.
 * @returns The message, shortened and on one line.
 */
export function jsonErrorReason(message: string): string {
  const reason = message.split(/, (?:\.\.\.)?"/)[0] ?? message;
  return reason
    .replace(/\s+in JSON at position \d+(?:\s*\(line \d+ column \d+\))?/, "")
    .replace(/\s+/g, " ")
    .trim();
}
