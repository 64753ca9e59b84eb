/**
 * Reading JSON that web pages really publish: the strict parse first, then the repairs whose meaning
 * is certain (raw line breaks and tabs inside strings, trailing commas, `//` and block comments),
 * each named, and a position for what cannot be repaired.
 */

/**
 * A repair made to a JSON text before it parsed.
 *
 * @example
 * ```ts
 * const repairs: readonly JsonRepair[] = extractJsonLd(html).blocks[0]?.repairs ?? [];
 * ```
 */
export type JsonRepair = "control_characters_escaped" | "trailing_commas_removed" | "comments_removed";

/** What reading a JSON text gave. */
export type JsonReadResult =
  | { readonly ok: true; readonly value: unknown; readonly repairs: readonly JsonRepair[] }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: string };

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes the repairs whose meaning is certain, in one pass that knows where strings are: control
 * characters inside strings are escaped; outside strings, comments and commas before `}` or `]` go.
 */
function repair(text: string): { text: string; repairs: JsonRepair[] } {
  const repairs = new Set<JsonRepair>();
  let out = "";
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (inString) {
      if (character === "\\") {
        out += character + (text[index + 1] ?? "");
        index++;
      } else if (character === '"') {
        inString = false;
        out += character;
      } else if (character < " ") {
        repairs.add("control_characters_escaped");
        out += CONTROL_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
      } else {
        out += character;
      }
      continue;
    }
    if (character === '"') {
      inString = true;
      out += character;
    } else if (character === "/" && text[index + 1] === "/") {
      repairs.add("comments_removed");
      while (index < text.length && text[index] !== "\n") index++;
      out += "\n";
    } else if (character === "/" && text[index + 1] === "*") {
      repairs.add("comments_removed");
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? text.length : end + 1;
      out += " ";
    } else if (character === ",") {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next] ?? "")) next++;
      if (text[next] === "}" || text[next] === "]") repairs.add("trailing_commas_removed");
      else out += character;
    } else {
      out += character;
    }
  }
  return { text: out, repairs: [...repairs] };
}

/** The line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** The offset a `JSON.parse` error names, when it names one. */
function errorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (position !== null) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) {
    const lines = text.split("\n").slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

/**
 * Reads a JSON text, repairing what sites get wrong where the meaning is certain. Never throws.
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
    const offset = errorOffset(error, repaired.text);
    const { line, column } = lineAndColumn(repaired.text, offset);
    const near = repaired.text.slice(Math.max(0, offset - 20), offset + 20).replace(/\s+/g, " ");
    return { ok: false, line, column, reason: `near "${near}"` };
  }
}

/** Strips what pages wrap JSON-LD in: a BOM, `<![CDATA[ … ]]>`, `<!-- … -->`, and white space. */
export function unwrapScriptText(text: string): { text: string; unwrapped: boolean } {
  let current = text.replace(/^\uFEFF/, "").trim();
  let unwrapped = false;
  for (;;) {
    const cdata = /^(?:\/\/\s*)?<!\[CDATA\[([\s\S]*?)(?:\/\/\s*)?\]\]>$/.exec(current);
    const comment = /^<!--([\s\S]*?)(?:\/\/\s*)?-->$/.exec(current);
    const inner = cdata?.[1] ?? comment?.[1];
    if (inner === undefined) return { text: current, unwrapped };
    current = inner.replace(/^\uFEFF/, "").trim();
    unwrapped = true;
  }
}
