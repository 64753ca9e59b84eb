/**
 * The way back: `fromJsonLd(toJsonLd(a))` gives back `a`, apart from what JSON-LD cannot carry (listed
 * in docs/jsonld-mapping.md, "What JSON-LD does not carry", and applied here by
 * `whatJsonLdCannotCarry`, one rule at a time). The founding article, its nested form, and 500
 * fast-check runs over valid payloads. The seed is printed; rerun a failure with FC_SEED=<seed>.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  type Article,
  type ArticlePayload,
  fromJsonLd,
  parseArticle,
  serializeArticle,
  toJsonLd,
  validateArticle,
} from "../../src/index.js";
import { articlePayload } from "../arbitraries.js";

const seed = process.env.FC_SEED === undefined ? Date.now() % 2_147_483_647 : Number(process.env.FC_SEED);
console.log(`fast-check seed: ${seed} (rerun with FC_SEED=${seed})`);

const foundingPayload = JSON.parse(
  readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8"),
) as ArticlePayload;
const founding = parseArticle(foundingPayload);

type Json = Record<string, unknown>;

const REGISTRIES = ["people", "organizations", "locations", "events", "quotes", "images"] as const;

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

function entitiesOf(payload: Json, registry: string): Json[] {
  const list = payload[registry];
  return Array.isArray(list) ? (list as Json[]) : [];
}

/**
 * A serialized article as it comes back from JSON-LD: exactly the documented losses, nothing else.
 * (Bodies with line breaks and texts with HTML entities or markup are kept out of the generated
 * payloads instead: see `readableOnTheWeb` below.)
 */
function whatJsonLdCannotCarry(serialized: ArticlePayload): Json {
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
function registriesById(payload: Json): Json {
  const sorted = { ...payload };
  for (const registry of REGISTRIES) {
    const list = entitiesOf(payload, registry);
    if (list.length > 0)
      sorted[registry] = [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return sorted;
}

/** What came back, serialized, or the issues when nothing did. */
function readBack(article: Article, graph = true): unknown {
  const result = fromJsonLd(toJsonLd(article, { graph }));
  return result.article === undefined ? result.issues : serializeArticle(result.article);
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
function readableOnTheWeb(payload: ArticlePayload): boolean {
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

/**
 * Payloads whose every paragraph is free of line breaks. The generated paragraphs are words joined by
 * single spaces, so none has a line break (a paragraph with a blank line, or a lone paragraph with a
 * line break, would be split differently on the way back); the check says so rather than trusting it.
 */
function paragraphsWithoutLineBreaks(payload: ArticlePayload): boolean {
  return (payload.body ?? []).every((paragraph) => !/[\r\n]/.test(paragraph));
}

// The founding article.

test("the founding article reads back from its @graph as itself, but for what JSON-LD cannot carry", () => {
  const expected = whatJsonLdCannotCarry(serializeArticle(founding));
  const result = fromJsonLd(toJsonLd(founding));
  expect(result.issues).toEqual([]);
  expect(result.articles).toHaveLength(1);
  expect(readBack(founding)).toEqual(expected);
});

test("the founding article's losses are exactly those listed: timeZone, quote paragraphs and six kinds", () => {
  const before = serializeArticle(founding) as Json;
  const after = whatJsonLdCannotCarry(serializeArticle(founding));
  expect(before.timeZone).toBe("Asia/Baku");
  expect(after.timeZone).toBeUndefined();
  const kinds = (payload: Json, registry: string) =>
    entitiesOf(payload, registry).map((entity) => `${String(entity.id)}=${String(entity.kind)}`);
  expect(
    kinds(before, "organizations").filter((kind) => !kinds(after, "organizations").includes(kind)),
  ).toEqual([
    "org:garabagh-khanate=other",
    "org:russian-empire=other",
    "org:azerbaijani-armed-forces=armed-forces",
  ]);
  expect(kinds(before, "events").filter((kind) => !kinds(after, "events").includes(kind))).toEqual([
    "event:conference=conference",
    "event:visit-to-khankendi=visit",
    "event:special-session=session",
    "event:founding-of-khankendi=historical",
    "event:relocation-of-armenians=historical",
    "event:anti-terror-operations=military-operation",
  ]);
  expect(entitiesOf(after, "quotes").filter((quote) => "paragraph" in quote)).toEqual([]);
});

test("the founding article reads back from its nested form (graph: false) with the same entities", () => {
  const result = fromJsonLd(toJsonLd(founding, { graph: false }));
  expect(result.issues).toEqual([]);
  expect(result.article).toBeDefined();
  const expected = registriesById(whatJsonLdCannotCarry(serializeArticle(founding)));
  expect(registriesById(readBack(founding, false) as Json)).toEqual(expected);
});

test("the founding article reads back from its JSON text as from its value", () => {
  const text = JSON.stringify(toJsonLd(founding));
  const result = fromJsonLd(text);
  expect(result.article === undefined ? result.issues : serializeArticle(result.article)).toEqual(
    whatJsonLdCannotCarry(serializeArticle(founding)),
  );
});

// Every article the models allow.

test("fromJsonLd(toJsonLd(a)) gives back a, but for what JSON-LD cannot carry (500 runs)", () => {
  // The arbitraries are meant to give valid payloads only, but graphemeWord() sometimes gives an
  // invisible letter alone (U+FFA0 HALFWIDTH HANGUL FILLER), which the models rightly refuse; such
  // payloads are left out here, as this property is about the way back, not about the arbitraries.
  const payloads = articlePayload()
    .filter((payload) => validateArticle(payload).ok)
    .filter(readableOnTheWeb)
    .filter(paragraphsWithoutLineBreaks);
  fc.assert(
    fc.property(payloads, (payload) => {
      const article = parseArticle(payload);
      expect(readBack(article)).toEqual(whatJsonLdCannotCarry(serializeArticle(article)));
    }),
    { seed, numRuns: 500 },
  );
});

// What the property found, one example each (each must come back whole: none is a documented loss).

/** A small valid payload, with fields changed or added. */
function small(fields: Partial<ArticlePayload> = {}): ArticlePayload {
  return {
    url: "https://news.example.org/2024/ferry-back",
    headline: "The ferry is back",
    datePublished: "2024-03-05T09:30:00+01:00",
    authors: ["person:mira-holm"],
    people: [{ id: "person:mira-holm", name: "Mira Holm" }],
    ...fields,
  } as ArticlePayload;
}

/** Round-trips a payload and gives what came back and what should have, both serialized. */
function both(payload: ArticlePayload): { got: unknown; expected: Json } {
  const article = parseArticle(payload);
  return { got: readBack(article), expected: whatJsonLdCannotCarry(serializeArticle(article)) };
}

test("a small article comes back whole (the examples below differ from it in one thing each)", () => {
  const { got, expected } = both(small());
  expect(got).toEqual(expected);
});

test("an article without a url keeps its entity ids (its nodes are blank nodes _:person-…)", () => {
  const { url: _url, ...payload } = small({
    publisher: "org:ledger",
    organizations: [{ id: "org:ledger", name: "Ferry Ledger" }],
  });
  const { got, expected } = both(payload as ArticlePayload);
  expect(got).toEqual(expected);
});

test("entity ids not of the form kind:… come back: urn:person:…, https://example.org/org/7, urn:quote:…", () => {
  const { got, expected } = both(
    small({
      authors: ["urn:person:ledger:1"],
      publisher: "https://example.org/org/7",
      body: ["The ferry is back on the lake."],
      people: [{ id: "urn:person:ledger:1", name: "Mira Holm" }],
      organizations: [{ id: "https://example.org/org/7", name: "Ferry Ledger" }],
      quotes: [{ id: "urn:quote:ledger:1", text: "The ferry is back", speaker: "urn:person:ledger:1" }],
    }),
  );
  expect(got).toEqual(expected);
});

test("URLs whose query looks like HTML entities come back as written: &copy=, &region=, &#0", () => {
  const { got, expected } = both(
    small({
      people: [
        {
          id: "person:mira-holm",
          name: "Mira Holm",
          url: "https://news.example.org/search?author=mira&copy=1&region=north",
          sameAs: ["http://a.example.net/?x&#0"],
        },
      ],
    }),
  );
  expect(got).toEqual(expected);
});

test("empty lists and an empty address are not written, so they come back absent (a documented loss)", () => {
  const { got, expected } = both(
    small({
      keywords: [],
      people: [{ id: "person:mira-holm", name: "Mira Holm", sameAs: [], alternateNames: [] }],
      locations: [{ id: "place:lake", name: "Lake Varden", address: {} }],
    }),
  );
  expect(got).toEqual(expected);
  expect(got).not.toHaveProperty("keywords");
  expect(got).toMatchObject({ people: [{ id: "person:mira-holm", name: "Mira Holm" }] });
  expect((got as { people: object[] }).people[0]).not.toHaveProperty("sameAs");
});
