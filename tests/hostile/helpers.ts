/**
 * Shared by the hostile-input tests: the breakout tokens, a deep walk that checks prototypes, the
 * script elements a spec-compliant HTML parser (parse5) finds in a page, and what JSON-LD cannot
 * carry (copied from tests/read/round-trip.test.ts, which documents each loss).
 */
import { DateTime } from "luxon";
import { parse } from "parse5";
import type { ArticlePayload } from "../../src/index.js";

/** Strings that end a `<script>` element, or change how the rest of it is read, in an HTML page. */
export const BREAKOUT_TOKENS = [
  "</script>",
  "</SCRIPT >",
  "</script/>",
  "</script\t>",
  "<!--<script>",
  "-->",
] as const;

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

type Json = Record<string, unknown>;

const REGISTRIES = ["people", "organizations", "locations", "events", "quotes", "images"] as const;

const REFERENCE_LISTS: Readonly<Record<"article" | (typeof REGISTRIES)[number], readonly string[]>> = {
  article: ["authors", "image", "about", "mentions", "contentLocation"],
  people: [],
  organizations: [],
  locations: [],
  events: ["participants", "about"],
  quotes: [],
  images: [],
};

const ORGANIZATION_KIND_AFTER: Readonly<Record<string, string | undefined>> = {
  "armed-forces": "government",
  other: undefined,
};

const EVENT_KINDS_LOST = new Set([
  "conference",
  "session",
  "meeting",
  "visit",
  "military-operation",
  "historical",
  "other",
]);

function entitiesOf(payload: Json, registry: string): Json[] {
  const list = payload[registry];
  return Array.isArray(list) ? (list as Json[]) : [];
}

/**
 * A serialized article as it comes back from JSON-LD: the documented losses (docs/jsonld-mapping.md,
 * "What JSON-LD does not carry"), nothing else: the article's and places' timeZone, quote
 * paragraphs, organization, place and event kinds schema.org has no type for, repeated references,
 * and empty lists and objects.
 */
export function whatJsonLdCannotCarry(serialized: ArticlePayload): Json {
  const payload = structuredClone(serialized) as Json;
  delete payload.timeZone;
  for (const location of entitiesOf(payload, "locations")) delete location.timeZone;
  for (const quote of entitiesOf(payload, "quotes")) delete quote.paragraph;
  for (const organization of entitiesOf(payload, "organizations")) {
    const kind = organization.kind;
    if (typeof kind === "string" && kind in ORGANIZATION_KIND_AFTER) {
      const after = ORGANIZATION_KIND_AFTER[kind];
      if (after === undefined) delete organization.kind;
      else organization.kind = after;
    }
  }
  for (const location of entitiesOf(payload, "locations"))
    if (location.kind === "place") delete location.kind;
  for (const event of entitiesOf(payload, "events"))
    if (typeof event.kind === "string" && EVENT_KINDS_LOST.has(event.kind)) delete event.kind;
  const dedupe = (owner: Json, fields: readonly string[]) => {
    for (const field of fields) {
      const value = owner[field];
      if (Array.isArray(value)) owner[field] = [...new Set(value)];
    }
  };
  dedupe(payload, REFERENCE_LISTS.article);
  for (const registry of REGISTRIES)
    for (const entity of entitiesOf(payload, registry)) dedupe(entity, REFERENCE_LISTS[registry]);
  return withoutEmpties(payload) as Json;
}

function withoutEmpties(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutEmpties(item, depth + 1));
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = withoutEmpties(item, depth + 1);
    const empty =
      (Array.isArray(cleaned) && cleaned.length === 0) ||
      (typeof cleaned === "object" &&
        cleaned !== null &&
        !Array.isArray(cleaned) &&
        Object.keys(cleaned).length === 0);
    if (empty && !(depth === 0 && key === "body")) continue;
    result[key] = cleaned;
  }
  return result;
}

const ENTITY_LIKE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const TAG_LIKE = /<\/?[a-z!?]/i;

/**
 * Whether a payload's texts read back from JSON-LD as they are: pages write HTML entities and markup
 * by mistake, so the reader decodes entities in every text and strips markup from descriptions and
 * bodies (reported); texts that look like either are kept out of the round trip, as are paragraphs
 * with line breaks (the reader splits a body on them). URLs too: the reader decodes an entity with
 * its `;` in a URL (`&amp;` → `&`, and so `http://a.example/#&Im;` → `http://a.example/#ℑ`, as a
 * shrunk counterexample showed), while `&copy=1` without the `;` is left alone. (The copy in
 * tests/read/round-trip.test.ts does not check URLs, so that property can meet the same case.)
 */
export function readableOnTheWeb(payload: ArticlePayload): boolean {
  const texts: string[] = [];
  const markup: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      texts.push(value);
      if (key === "url" || key === "sameAs") return;
      if (key === "description" || key === "body") markup.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === "object" && value !== null) {
      for (const [field, item] of Object.entries(value)) walk(item, field);
    }
  };
  walk(payload, "");
  return (
    !texts.some((text) => ENTITY_LIKE.test(text)) &&
    !markup.some((text) => TAG_LIKE.test(text)) &&
    (payload.body ?? []).every((paragraph) => !/[\r\n]/.test(paragraph))
  );
}
