/**
 * Shared by the hostile-input tests: the breakout tokens, a deep walk that checks prototypes, the
 * script elements a spec-compliant HTML parser (parse5) finds in a page, and what JSON-LD cannot
 * carry (copied from tests/read/round-trip.test.ts, which documents each loss).
 */
import { DateTime } from "luxon";
import { parse } from "parse5";
import type { ArticlePayload } from "../../src/index.js";
import { readableOnTheWeb as readsBackAsWritten, whatJsonLdCannotCarry } from "../read/losses.js";

/** Strings that end a `<script>` element, or change how the rest of it is read, in an HTML page. */
export const BREAKOUT_TOKENS = [
  "</script>",
  "</SCRIPT >",
  "</script/>",
  "</script\t>",
  "<!--<script>",
  "-->",
] as const;

/**
 * A hostile text made fit for a URL: white space, control characters and backslashes percent-encoded
 * (a URL with any of them as written is refused); `<`, `>`, `&` and the rest kept.
 */
export function inUrl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it encodes.
  return text.replace(/[\s\u0000-\u001f\u007f\\]/g, (character) => encodeURIComponent(character));
}

/** What must never appear unescaped in the text of a JSON-LD script element. */
export const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;

/** The own property names of the built-in prototypes, to check that nothing was added or changed. */
export function prototypeSnapshot(): string {
  const describe = (object: object) =>
    Object.getOwnPropertyNames(object)
      .sort()
      .map((name) => {
        const descriptor = Object.getOwnPropertyDescriptor(object, name);
        return `${name}:${typeof descriptor?.value}:${typeof descriptor?.get}`;
      })
      .join(",");
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join("|");
}

/**
 * Every object inside a value (itself included), walked without recursion; luxon `DateTime`s in a
 * model are leaves (they are the model's dates, not data read from outside).
 */
export function objectsIn(value: unknown): object[] {
  const found: object[] = [];
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    found.push(current);
    if (DateTime.isDateTime(current)) continue;
    for (const key of Object.keys(current)) pending.push((current as Record<string, unknown>)[key]);
  }
  return found;
}

/**
 * The objects inside a value whose prototype is not the one plain data has: `Object.prototype` for
 * objects, `Array.prototype` for lists (luxon `DateTime`s excepted). Empty when all is well.
 */
export function foreignObjects(value: unknown): string[] {
  return objectsIn(value)
    .filter((object) => !DateTime.isDateTime(object))
    .filter((object) => {
      const prototype = Object.getPrototypeOf(object);
      return Array.isArray(object) ? prototype !== Array.prototype : prototype !== Object.prototype;
    })
    .map((object) => {
      const prototype = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
      return `${prototype === null ? "null prototype" : (prototype.constructor?.name ?? "?")}: ${Object.keys(object).slice(0, 5).join(",")}`;
    });
}

/** Whether any object inside a value has an own key that would be a prototype if it were assigned. */
export function ownProtoKeys(value: unknown): number {
  return objectsIn(value).filter((object) => Object.hasOwn(object, "__proto__")).length;
}

interface HtmlNode {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly HtmlNode[];
  readonly content?: HtmlNode;
}

/** An element as a spec-compliant parser (parse5) sees it: its attributes and its text. */
export interface ParsedElement {
  readonly tagName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
}

/** The elements of a page with the given tag name, in document order, as parse5 reads the page. */
export function elementsOf(html: string, tagName: string): ParsedElement[] {
  const document = parse(html) as unknown as HtmlNode;
  const found: ParsedElement[] = [];
  const pending: HtmlNode[] = [document];
  while (pending.length > 0) {
    const node = pending.shift() as HtmlNode;
    if (node.tagName === tagName) {
      found.push({
        tagName: node.tagName,
        attributes: Object.fromEntries(
          (node.attrs ?? []).map((attribute) => [attribute.name, attribute.value]),
        ),
        text: (node.childNodes ?? []).map((child) => child.value ?? "").join(""),
      });
    }
    const children = [...(node.childNodes ?? []), ...(node.content === undefined ? [] : [node.content])];
    pending.unshift(...children);
  }
  return found;
}

/** The texts of the JSON-LD script elements of a page, as a browser (parse5) reads them. */
export function jsonLdScriptTexts(html: string): string[] {
  return elementsOf(html, "script")
    .filter(
      (element) => element.attributes.type?.split(";")[0]?.trim().toLowerCase() === "application/ld+json",
    )
    .map((element) => element.text);
}

/** A page around some markup in its head, with a paragraph after it that must stay in the body. */
export function pageAround(headMarkup: string): string {
  return `<!doctype html><html lang="en"><head><title>Hostile</title>${headMarkup}</head><body><p id="after">after</p></body></html>`;
}

// ─── What JSON-LD cannot carry (copied from tests/read/round-trip.test.ts). ────────────────────────

/**
 * Payloads that read back from JSON-LD as written: the shared rule (tests/read/losses.ts) and
 * paragraphs without line breaks (the reader splits a body on them).
 */
export function readableOnTheWeb(payload: ArticlePayload): boolean {
  return readsBackAsWritten(payload) && (payload.body ?? []).every((paragraph) => !/[\r\n]/.test(paragraph));
}

export { whatJsonLdCannotCarry };
