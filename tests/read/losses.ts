/**
 * What JSON-LD cannot carry, as code: the documented losses of `fromJsonLd(toJsonLd(a))`, one rule at
 * a time (docs/reading.md), and which generated payloads read back from the web as they are. Shared by
 * the round-trip tests and the hostile-input properties.
 */
import type { ArticlePayload } from "../../src/index.js";

/** A payload as plain JSON. */
export type Json = Record<string, unknown>;

export const REGISTRIES = ["people", "organizations", "locations", "events", "quotes", "images"] as const;

/** The reference lists of the article and of each registry's entities (ids that may repeat). */
const REFERENCE_LISTS: Readonly<Record<"article" | (typeof REGISTRIES)[number], readonly string[]>> = {
  article: ["authors", "image", "about", "mentions", "contentLocation"],
  people: [],
  organizations: [],
  locations: [],
  events: ["participants", "about"],
  quotes: [],
  images: [],
};

/** Organization kinds that have no schema.org type of their own. */
const ORGANIZATION_KIND_AFTER: Readonly<Record<string, string | undefined>> = {
  "armed-forces": "government",
  other: undefined,
};

/** Event kinds that are written as a plain `Event`. */
const EVENT_KINDS_LOST = new Set([
  "conference",
  "session",
  "meeting",
  "visit",
  "military-operation",
  "historical",
  "other",
]);

export function entitiesOf(payload: Json, registry: string): Json[] {
  const list = payload[registry];
  return Array.isArray(list) ? (list as Json[]) : [];
}

/**
 * A serialized article as it comes back from JSON-LD: exactly the documented losses, nothing else.
 * (Bodies with line breaks and texts with HTML entities or markup are kept out of the generated
 * payloads instead: see `readableOnTheWeb` below.)
 */
export function whatJsonLdCannotCarry(serialized: ArticlePayload): Json {
  const payload = structuredClone(serialized) as Json;
  // 1. The article's timeZone: schema.org has no such property (instants keep their offsets).
  delete payload.timeZone;
  // 2. A place's timeZone: schema.org has no such property either.
  for (const location of entitiesOf(payload, "locations")) delete location.timeZone;
  // 3. A quote's paragraph: Quotation and Claim have nowhere to put it.
  for (const quote of entitiesOf(payload, "quotes")) delete quote.paragraph;
  // 4. Organization kinds: armed-forces is written as GovernmentOrganization and reads back as
  //    government; other is written as a plain Organization and reads back as no kind.
  for (const organization of entitiesOf(payload, "organizations")) {
    const kind = organization.kind;
    if (typeof kind === "string" && kind in ORGANIZATION_KIND_AFTER) {
      const after = ORGANIZATION_KIND_AFTER[kind];
      if (after === undefined) delete organization.kind;
      else organization.kind = after;
    }
  }
  // 5. Location kind place is a plain Place: no kind comes back.
  for (const location of entitiesOf(payload, "locations"))
    if (location.kind === "place") delete location.kind;
  // 6. Event kinds without a schema.org type are a plain Event: no kind comes back.
  for (const event of entitiesOf(payload, "events"))
    if (typeof event.kind === "string" && EVENT_KINDS_LOST.has(event.kind)) delete event.kind;
  // 7. Instants: the instant and its offset are written, and formatDateTime writes offsets, so the
  //    payload strings are already equal: nothing to do.
  // 8. A reference list that names an id twice comes back naming it once.
  const dedupe = (owner: Json, fields: readonly string[]) => {
    for (const field of fields) {
      const value = owner[field];
      if (Array.isArray(value)) owner[field] = [...new Set(value)];
    }
  };
  dedupe(payload, REFERENCE_LISTS.article);
  for (const registry of REGISTRIES)
    for (const entity of entitiesOf(payload, registry)) dedupe(entity, REFERENCE_LISTS[registry]);
  // 9. Empty lists and empty objects (an address with no fields) are not written, so they come back
  //    absent (the registries are left out when empty by serializeArticle already).
  return withoutEmpties(payload) as Json;
}

/** A value without empty lists and empty objects below its top level's registries and body. */
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

/** Sorts each registry by id (the nested form writes entities where it first reaches them). */
export function registriesById(payload: Json): Json {
  const sorted = { ...payload };
  for (const registry of REGISTRIES) {
    const list = entitiesOf(payload, registry);
    if (list.length > 0)
      sorted[registry] = [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return sorted;
}

const ENTITY_LIKE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const TAG_LIKE = /<\/?[a-z!?]/i;

/**
 * Whether a payload's texts read back as they are: no HTML character reference (`&amp;`, `&#038;`,
 * `&x27;`) in any text, and nothing tag-like (`<tag>`) in descriptions or the body, which are read as
 * HTML. Such texts are decoded or stripped on the way back, by design (pages write them by mistake),
 * so they are filtered out here; a bare `&` (`a&b`) stays. URLs are not filtered: a URL's query is not
 * HTML, and `&copy=1` in it must come back as written.
 */
export function readableOnTheWeb(payload: ArticlePayload): boolean {
  const texts: string[] = [];
  const markup: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      // URLs: entities with their `;` are decoded on the way back (documented), so leave such URLs out.
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
  return !texts.some((text) => ENTITY_LIKE.test(text)) && !markup.some((text) => TAG_LIKE.test(text));
}
