/**
 * Reading JSON that web pages really publish: the strict parse first, then the repairs whose meaning
 * is certain (raw line breaks and tabs inside strings, trailing commas, `//` and block comments),
 * each named, and a position for what cannot be repaired.
 */
import { jsonErrorOffset } from "../validate/json-position.js";

/**
 * A repair made to a JSON text before it parsed.
 *
 * @example
 * ```ts
 * const html = '<script type="application/ld+json">{"@type": "NewsArticle", // draft\n}</script>';
 * const repairs: readonly JsonRepair[] = extractJsonLd(html).blocks[0]?.repairs ?? [];
 * repairs; //=> ["trailing_commas_removed", "comments_removed"]
 * ```
 */
export type JsonRepair = "control_characters_escaped" | "trailing_commas_removed" | "comments_removed";

/** What reading a JSON text gave. */
export type JsonReadResult =
  | { readonly ok: true; readonly value: unknown; readonly repairs: readonly JsonRepair[] }
  | {
      readonly ok: false;
      readonly offset: number;
      readonly line: number;
      readonly column: number;
      readonly reason: string;
    };

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The index after white space and comments from `index` on (for the look-ahead after a comma). */
function skipBlank(text: string, index: number): number {
  let next = index;
  for (;;) {
    while (next < text.length && /\s/.test(text[next] ?? "")) next++;
    if (text.startsWith("//", next)) {
      while (next < text.length && text[next] !== "\n") next++;
    } else if (text.startsWith("/*", next)) {
      const end = text.indexOf("*/", next + 2);
      next = end === -1 ? text.length : end + 2;
    } else {
      return next;
    }
  }
}

/**
 * Makes the repairs whose meaning is certain, in one pass that knows where strings are: control
 * characters inside strings are escaped; outside strings, comments and commas before `}` or `]` go.
 * `sourceOf[i]` is where the i-th character of the result came from, so positions can be reported in
 * the text as published.
 */
function repair(text: string): { text: string; repairs: JsonRepair[]; sourceOf: number[] } {
  const repairs = new Set<JsonRepair>();
  const parts: string[] = [];
  const sourceOf: number[] = [];
  const emit = (part: string, from: number) => {
    parts.push(part);
    for (let k = 0; k < part.length; k++) sourceOf.push(from);
  };
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (inString) {
      if (character === "\\") {
        emit(character, index);
        if (index + 1 < text.length) emit(text[index + 1] ?? "", index + 1);
        index++;
      } else if (character === '"') {
        inString = false;
        emit(character, index);
      } else if (character < " ") {
        repairs.add("control_characters_escaped");
        emit(
          CONTROL_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
          index,
        );
      } else {
        emit(character, index);
      }
      continue;
    }
    if (character === '"') {
      inString = true;
      emit(character, index);
    } else if (character === "/" && text[index + 1] === "/") {
      repairs.add("comments_removed");
      while (index < text.length && text[index] !== "\n") index++;
      emit("\n", index);
    } else if (character === "/" && text[index + 1] === "*") {
      repairs.add("comments_removed");
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? text.length : end + 1;
      emit(" ", index);
    } else if (character === ",") {
      const next = skipBlank(text, index + 1);
      if (text[next] === "}" || text[next] === "]") repairs.add("trailing_commas_removed");
      else emit(character, index);
    } else {
      emit(character, index);
    }
  }
  sourceOf.push(text.length);
  return { text: parts.join(""), repairs: [...repairs], sourceOf };
}

/** The line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** The offset of a `JSON.parse` error: the one its message names, else where the text stops being JSON. */
function errorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (position !== null) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) {
    const lines = text.split("\n").slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return jsonErrorOffset(text) ?? text.length;
}

/**
 * Reads a JSON text, repairing what sites get wrong where the meaning is certain. Never throws. A
 * failure's `offset`, `line` and `column` are positions in the text given (not the repaired one).
 */
export function readJson(text: string): JsonReadResult {
  try {
    return { ok: true, value: JSON.parse(text), repairs: [] };
  } catch {
    // Fall through to the repairs.
  }
  const repaired = repair(text);
  try {
    return { ok: true, value: JSON.parse(repaired.text), repairs: repaired.repairs };
  } catch (error) {
    const repairedOffset = Math.min(errorOffset(error, repaired.text), repaired.text.length);
    const offset = repaired.sourceOf[repairedOffset] ?? text.length;
    const { line, column } = lineAndColumn(text, offset);
    const near = text.slice(Math.max(0, offset - 20), offset + 20).replace(/\s+/g, " ");
    return { ok: false, offset, line, column, reason: `near "${near}"` };
  }
}

/** A `//` and the white space after it, as a script comments out a wrapper's mark. */
function commentMarkEnd(text: string, from: number): number {
  if (!text.startsWith("//", from)) return from;
  return text.length - text.slice(from + 2).trimStart().length;
}

/**
 * The wrapper around a text, if it has one: `<![CDATA[ … ]]>` (each mark may be commented out with
 * `//`) or `<!-- … -->` (its end may be); `open` is the length of the opening mark, `inner` what it
 * wraps. Plain string methods, so that it takes time linear in the white space it looks at.
 */
function wrapper(text: string): { open: number; inner: string } | undefined {
  const marks = [
    { open: commentMarkEnd(text, 0) + "<![CDATA[".length, start: "<![CDATA[", end: "]]>" },
    { open: "<!--".length, start: "<!--", end: "-->" },
  ];
  for (const { open, start, end } of marks) {
    if (!text.startsWith(start, open - start.length)) continue;
    if (text.length - open < end.length || !text.endsWith(end)) continue;
    const inner = text.slice(open, text.length - end.length);
    const beforeEnd = inner.trimEnd();
    return { open, inner: beforeEnd.endsWith("//") ? beforeEnd.slice(0, -2) : inner };
  }
  return undefined;
}

/**
 * Strips what pages wrap JSON-LD in: a BOM, `<![CDATA[ … ]]>`, `<!-- … -->`, a closing `;`, and
 * white space.
 * `start` is where the JSON begins in the text given.
 */
export function unwrapScriptText(text: string): { text: string; start: number; unwrapped: boolean } {
  let start = 0;
  let current = text;
  let unwrapped = false;
  // `trimStart` and `trimEnd` remove what `\s` matches (a BOM is white space to both).
  const trim = () => {
    const trimmed = current.trimStart();
    start += current.length - trimmed.length;
    current = trimmed.trimEnd();
  };
  trim();
  for (;;) {
    // A statement's semicolon after the JSON, as a script would end it.
    if (current.endsWith(";")) {
      current = current.slice(0, -1);
      unwrapped = true;
      trim();
      continue;
    }
    const match = wrapper(current);
    if (match === undefined) return { text: current, start, unwrapped };
    start += match.open;
    current = match.inner;
    unwrapped = true;
    trim();
  }
}
