/**
 * Cleaning what pages put in JSON-LD strings: HTML entities (even double-encoded), HTML markup, and
 * URLs that are relative, protocol-relative or broken.
 */
import { decodeHTMLStrict } from "entities/decode";
import { Parser } from "htmlparser2";
import { describeValue } from "../dates/issues.js";
import { isPlainObject, own } from "../models/references.js";
import type { IssueCode } from "../validate/issues.js";

/** Reports a warning or an error at a JSON Pointer. */
export type Report = (
  pointer: string,
  code: IssueCode,
  message: string,
  severity?: "error" | "warning",
) => void;

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** A tag: its name may hold `:` and `-` between letters and digits (`<o:p>`, `<amp-img>`, `<NYSE:T>`). */
const TAG = /<\/?([a-z][a-z0-9]*(?:[:-][a-z0-9]+)*)(?=[\s/>])[^<>]*>/gi;

/** Elements that stand on lines of their own: their text is a paragraph. */
const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul".split(
    " ",
  ),
);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(["script", "style", "noscript", "template", "head", "title"]);
/** Elements that sit within a line. */
const INLINE = new Set(
  "a abbr b bdi bdo big br caption cite code col colgroup data del dfn em font i img ins kbd mark picture q s samp small source span strong sub sup tbody td tfoot th thead time tt u var video audio iframe wbr center label".split(
    " ",
  ),
);

/** Whether a name is an HTML element this reader knows. */
function isKnownElement(name: string): boolean {
  return BLOCKS.has(name) || HIDDEN.has(name) || INLINE.has(name);
}

/**
 * Whether a tag's name, as written, is markup: an element this reader knows (in any case), or any
 * lower-case name (`<o:p>`, `<amp-img>`, `<svg>`); a name with capitals that no element has
 * (`<NYSE:T>`) is text.
 */
function isMarkupName(written: string): boolean {
  return isKnownElement(written.toLowerCase()) || written === written.toLowerCase();
}

/** Whether a text holds HTML markup (see {@link isMarkupName}). */
function hasMarkup(text: string): boolean {
  for (const match of text.matchAll(TAG)) if (isMarkupName(match[1] ?? "")) return true;
  return false;
}

/** The name of a tag as written (`NYSE:T` in `<NYSE:T>`). */
function writtenName(tag: string): string {
  return /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? "";
}

/**
 * The text of an HTML fragment, as people should read it: a line break for `<br>`, a blank line
 * around each block (a paragraph, a heading, a list item), nothing of scripts and styles, and what
 * only looks like a tag (`<NYSE:T>`) kept as written. Where there are blocks, white space is folded
 * as a browser folds it (but not in `<pre>`); text with inline markup only keeps its line breaks,
 * which then divide its paragraphs.
 */
function textOfHtml(html: string): string {
  /** The text, and the blank lines and line breaks the markup gives, in order. */
  const pieces: { text: string; raw: boolean }[] = [];
  let hidden = 0;
  let preformatted = 0;
  let blocks = false;
  const raw = () => html.slice(parser.startIndex, parser.endIndex + 1);
  const parser: Parser = new Parser(
    {
      onopentag: (name) => {
        if (HIDDEN.has(name)) hidden++;
        else if (name === "br") pieces.push({ text: "\n", raw: true });
        else if (BLOCKS.has(name)) {
          blocks = true;
          if (name === "pre") preformatted++;
          pieces.push({ text: "\n\n", raw: true });
        } else if (!isMarkupName(writtenName(raw()))) pieces.push({ text: raw(), raw: false });
      },
      onclosetag: (name, isImplied) => {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) {
          if (name === "pre") preformatted = Math.max(0, preformatted - 1);
          pieces.push({ text: "\n\n", raw: true });
        } else if (!isImplied && name !== "br" && !isMarkupName(writtenName(raw())))
          pieces.push({ text: raw(), raw: false });
      },
      ontext: (part) => {
        if (hidden === 0) pieces.push({ text: part, raw: preformatted > 0 });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const text = pieces.map((piece) => (blocks && !piece.raw ? piece.text.replace(/\s+/g, " ") : piece.text));
  return trimLines(text.join("")).replace(/\n{3,}/g, "\n\n");
}

/**
 * A text without the white space on either side of each line break (`"a \t\n b"` → `"a\nb"`). Line by
 * line, so that the time is linear in the text's length (a pattern that takes the white space before
 * a line break tries again from each space of a long run without one). Within a line, `trimStart` and
 * `trimEnd` remove what `[^\S\n]` matches: white space, a carriage return, other line separators.
 */
function trimLines(text: string): string {
  const lines = text.split("\n");
  const last = lines.length - 1;
  return lines
    .map((line, index) => {
      const start = index === 0 ? line : line.trimStart();
      return index === last ? start : start.trimEnd();
    })
    .join("\n");
}

/** A value in a few words for a message: a node by its type, anything else as `describeValue` says. */
function describeFound(value: unknown): string {
  if (!isPlainObject(value)) return describeValue(value);
  const type = own(value, "@type");
  return typeof type === "string" ? `a node of type ${describeValue(type)}` : "an object";
}

/**
 * Reports a value that its field cannot hold (`unreadable_value`, a warning). The field is left out
 * of the payload, and the message says what was found there and what was expected.
 *
 * @param report - Where the warning goes.
 * @param pointer - The JSON Pointer of the value.
 * @param value - The value found.
 * @param expected - What the field holds, in words (`text`, `a number`).
 */
export function reportUnreadable(report: Report, pointer: string, value: unknown, expected: string): void {
  report(
    pointer,
    "unreadable_value",
    `The value at ${pointer || "/"} is not ${expected} (found ${describeFound(value)}); it was left out.`,
  );
}

/** The value of a JSON-LD value object (`{ "@value": "…", "@language": "en" }`); any other value as it is. */
export function literalOf(value: unknown): unknown {
  return isPlainObject(value) && own(value, "@value") !== undefined ? own(value, "@value") : value;
}

/**
 * What a JSON-LD value stands for where a term belongs (a URL, an enumeration member, a boolean):
 * a value object's `@value`, a reference's IRI (`{ "@id": "https://…" }`), or the value as it is.
 */
export function termOf(value: unknown): unknown {
  return isPlainObject(value) ? (own(value, "@value") ?? own(value, "@id") ?? value) : value;
}

/** Whether a field holds nothing: no value, `null`, or a text of white space only. */
export function isNothing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The one value a field keeps from a list: the first, the others reported (`extra_values`); a value
 * that is not a list, as it is.
 */
export function oneOf(value: unknown, pointer: string, report: Report): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length > 1) {
    report(pointer, "extra_values", `${pointer} holds ${value.length} values; only the first was kept.`);
  }
  return value[0];
}

/**
 * A string field as people should read it: HTML entities decoded (up to three times, for
 * `&amp;amp;`), markup stripped where `markup` allows it (descriptions, bodies), white space trimmed;
 * each change reported as a warning. A list gives its first value (the others reported), a JSON-LD
 * value object its `@value`. `undefined` for nothing, `null` or an empty text; for anything else that
 * is not text, also reported (`unreadable_value`).
 */
export function cleanText(
  value: unknown,
  pointer: string,
  report: Report,
  markup = false,
): string | undefined {
  const one = literalOf(oneOf(value, pointer, report));
  if (one === undefined || one === null) return undefined;
  const where = Array.isArray(value) ? `${pointer}/0` : pointer;
  if (typeof one !== "string") {
    reportUnreadable(report, where, one, "text");
    return undefined;
  }
  let text = one;
  let stripped = false;
  if (markup && hasMarkup(text)) {
    text = textOfHtml(text);
    stripped = true;
  }
  let decoded = false;
  for (let round = 0; round < 3 && ENTITY.test(text); round++) {
    const next = decodeHTMLStrict(text);
    if (next === text) break;
    text = next;
    decoded = true;
  }
  // Markup written with entities (`&lt;p&gt;…`, as some pages write a body) is markup once decoded;
  // left in, the text would change again on its next reading.
  if (markup && decoded && hasMarkup(text)) {
    text = textOfHtml(text);
    stripped = true;
  }
  if (stripped) report(pointer, "html_stripped", `HTML markup in ${pointer || "the value"} was removed.`);
  if (decoded)
    report(pointer, "html_entities_decoded", `HTML entities in ${pointer || "the value"} were decoded.`);
  text = text.trim();
  return text === "" ? undefined : text;
}

/**
 * An absolute http(s) URL from what a page wrote: trimmed, entities with their `;` decoded
 * (`&amp;` → `&`; `&copy=1` in a query is left alone), relative and
 * protocol-relative URLs resolved against `base` (reported), anything else dropped (reported). A
 * list gives its first value, a JSON-LD value object its `@value`, a reference its `@id`.
 */
export function cleanUrl(
  value: unknown,
  base: string | undefined,
  pointer: string,
  report: Report,
): string | undefined {
  // A node that is only a reference (`{ "@id": "https://…" }`) is the URL it names.
  const one = termOf(oneOf(value, pointer, report));
  if (one === undefined || one === null) return undefined;
  if (typeof one !== "string") {
    reportUnreadable(report, Array.isArray(value) ? `${pointer}/0` : pointer, one, "a URL");
    return undefined;
  }
  const text = decodeHTMLStrict(one.trim());
  if (text === "") return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    report(
      pointer,
      "invalid_url",
      `The URL "${text.slice(0, 80)}" at ${pointer} could not be read; it was dropped.`,
      "warning",
    );
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username !== "" || url.password !== "") {
    report(
      pointer,
      "invalid_url",
      `The URL "${text.slice(0, 80)}" at ${pointer} is not a plain http(s) URL; it was dropped.`,
      "warning",
    );
    return undefined;
  }
  if (!/^https?:\/\//i.test(text)) {
    report(
      pointer,
      "url_resolved",
      `The relative URL "${text.slice(0, 80)}" at ${pointer} was resolved to ${url.href}.`,
    );
  }
  return /^https?:\/\//i.test(text) ? text : url.href;
}
