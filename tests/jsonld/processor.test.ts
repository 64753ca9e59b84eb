/**
 * A real JSON-LD processor (the `jsonld` package) reads the output: with a document loader that serves
 * the schema.org context from tests/fixtures and fetches nothing, expansion drops no term and no value,
 * the founding article's graph has the nodes and links counted by hand from the payload, flattening
 * and RDF work, and the graph and nested forms are the same RDF.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import jsonld from "jsonld";
import { expect, test } from "vitest";
import { type JsonLdDocument, parseArticle, toJsonLd } from "../../src/index.js";
import { articlePayload } from "../arbitraries.js";
import { seed } from "../seed.js";
import {
  FOUNDING_URL,
  founding,
  foundingPayload,
  isObject,
  isReference,
  type JsonObject,
  kitchenSink,
  listOf,
  plain,
} from "./helpers.js";

const SCHEMA = "http://schema.org/";
const schemaOrgContext: unknown = JSON.parse(
  readFileSync(new URL("../fixtures/schemaorg-context.jsonld", import.meta.url), "utf8"),
);

/** The URLs the loader serves the fixture context for; any other URL is refused. */
const CONTEXT_URLS = new Set([
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
  "https://schema.org/docs/jsonldcontext.jsonld",
  "http://schema.org/docs/jsonldcontext.jsonld",
]);

const FOREIGN = "https://example.com/context.jsonld";

/** Every URL the loader was asked for. */
const requested: string[] = [];

async function documentLoader(url: string) {
  requested.push(url);
  if (!CONTEXT_URLS.has(url)) throw new Error(`test document loader: refusing to fetch ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: structuredClone(schemaOrgContext) as object };
}

const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;

async function expand(document: unknown): Promise<JsonObject[]> {
  return (await jsonld.expand(plain(document) as jsonld.JsonLdDocument, options)) as unknown as JsonObject[];
}

/** How many times each property (and `@type` value) occurs in a compact document, and how many values it holds. */
function compactTerms(value: unknown, counts = new Map<string, number>()): Map<string, number> {
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  if (Array.isArray(value)) {
    for (const item of value) compactTerms(item, counts);
  } else if (isObject(value) && !isReference(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "@context" || key === "@id" || key === "@graph") continue;
      if (key === "@type") {
        for (const type of listOf(item)) add(`type ${SCHEMA}${String(type)}`, 1);
        continue;
      }
      add(`property ${SCHEMA}${key}`, 1);
      add(`values ${SCHEMA}${key}`, listOf(item).length);
    }
    for (const [key, item] of Object.entries(value)) if (key !== "@context") compactTerms(item, counts);
  }
  return counts;
}

/** The same counts read from an expanded document (IRIs as keys, every value a list). */
function expandedTerms(value: unknown, counts = new Map<string, number>()): Map<string, number> {
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  if (Array.isArray(value)) {
    for (const item of value) expandedTerms(item, counts);
  } else if (isObject(value) && !("@value" in value) && !isReference(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "@id") continue;
      if (key === "@type") {
        for (const type of listOf(item)) add(`type ${String(type)}`, 1);
        continue;
      }
      add(`property ${key}`, 1);
      add(`values ${key}`, listOf(item).length);
      expandedTerms(item, counts);
    }
  }
  return counts;
}

/** Sorted entries, for readable comparisons. */
function sorted(counts: Map<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The `{ "@id" }` values of every property of every node of an expanded or flattened graph. */
function linksOf(nodes: readonly JsonObject[]): string[] {
  const links: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (isReference(value)) links.push(value["@id"]);
    else if (isObject(value) && !("@value" in value)) {
      for (const [key, item] of Object.entries(value)) if (key !== "@id" && key !== "@type") visit(item);
    }
  };
  for (const node of nodes) visit(node);
  return links;
}

function typeCounts(nodes: readonly JsonObject[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of nodes) {
    for (const type of listOf(node["@type"])) {
      const name = String(type).replace(SCHEMA, "");
      counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}

const DOCUMENTS: readonly (readonly [string, JsonLdDocument])[] = [
  ["founding article, graph form", toJsonLd(founding)],
  ["founding article, nested form", toJsonLd(founding, { graph: false })],
  ["kitchen sink, graph form", toJsonLd(kitchenSink)],
  ["kitchen sink, nested form", toJsonLd(kitchenSink, { graph: false })],
];

// The document loader.

test("the document loader serves the fixture context for the schema.org URLs and refuses every other URL", async () => {
  for (const url of CONTEXT_URLS)
    await expect(documentLoader(url)).resolves.toMatchObject({ documentUrl: url });
  await expect(documentLoader(FOREIGN)).rejects.toThrow("refusing to fetch");
  await expect(expand({ "@context": FOREIGN, "@type": "NewsArticle", headline: "x" })).rejects.toThrow();
});

test("every spelling of the schema.org context expands the founding article the same way", async () => {
  const document = plain(toJsonLd(founding)) as JsonObject;
  const reference = await expand(document);
  for (const url of CONTEXT_URLS) expect(await expand({ ...document, "@context": url })).toEqual(reference);
});

test("safe mode is on: a term the processor would drop makes expansion fail", async () => {
  const dropping = { "@context": "https://schema.org", "@type": "NewsArticle", "@headline": "dropped" };
  const unsafe = { documentLoader } as unknown as jsonld.Options.Expand;
  expect(await jsonld.expand(dropping as jsonld.JsonLdDocument, unsafe)).toEqual([
    { "@type": [`${SCHEMA}NewsArticle`] },
  ]);
  await expect(expand(dropping)).rejects.toThrow(/safe mode/i);
});

// No term dropped.

for (const [name, document] of DOCUMENTS) {
  test(`${name}: safe-mode expansion keeps every property, type and value as a schema.org IRI`, async () => {
    const expanded = await expand(document);
    const compact = compactTerms(document);
    expect(compact.size).toBeGreaterThan(20);
    expect(sorted(expandedTerms(expanded))).toEqual(sorted(compact));
  });
}

test("property: expanding any valid article, graph and nested form, drops no term (200 runs)", async () => {
  await fc.assert(
    fc.asyncProperty(articlePayload(), async (payload) => {
      const article = parseArticle(payload);
      for (const document of [toJsonLd(article), toJsonLd(article, { graph: false })]) {
        expect(sorted(expandedTerms(await expand(document)))).toEqual(sorted(compactTerms(document)));
      }
    }),
    { seed, numRuns: 200 },
  );
});

// The founding article's graph, counted by hand from examples/khankendi-visit.json.

test("the founding article expands to 38 nodes: the article, 3 people, 9 organizations, 6 places, 7 events, 12 quotes", async () => {
  const expanded = await expand(toJsonLd(founding));
  expect(expanded).toHaveLength(38);
  expect(typeCounts(expanded)).toEqual({
    NewsArticle: 1,
    Person: 3,
    NewsMediaOrganization: 1,
    GovernmentOrganization: 5,
    CollegeOrUniversity: 3,
    Organization: 2,
    Country: 1,
    AdministrativeArea: 2,
    City: 1,
    Event: 6,
    MusicEvent: 1,
    Quotation: 5,
    Claim: 7,
  });
  expect(expanded[0]?.["@id"]).toBe(`${FOUNDING_URL}#article`);
});

test("the founding article's expanded graph has 84 links between its nodes and 4 links to outside URLs", async () => {
  const expanded = await expand(toJsonLd(founding));
  const ids = new Set(expanded.map((node) => node["@id"]));
  const links = linksOf(expanded);
  // Article: author 1, publisher 1, about 2, mentions 6, contentLocation 1, hasPart 12 = 23.
  // People: 2 affiliations. Organizations: 1 parentOrganization. Places: 5 containedInPlace.
  // Events: conference 3 subEvent; visit 2; special session 4; concert 3; 1823 2; 1923 2; 2023 1 = 17.
  // Quotes: creator or author, recordedAt, isPartOf: 12 × 3 = 36. Total 23 + 2 + 1 + 5 + 17 + 36 = 84.
  expect(links.filter((id) => ids.has(id))).toHaveLength(84);
  // url and mainEntityOfPage of the article, Qabil Ashirov's url, the publisher's url.
  expect(links.filter((id) => !ids.has(id)).sort()).toEqual([
    "https://news.example.org/",
    "https://news.example.org/authors/qabil-ashirov",
    FOUNDING_URL,
    FOUNDING_URL,
  ]);
});

test("an article without url expands to blank nodes whose links all resolve", async () => {
  const { url: _url, ...payload } = foundingPayload();
  const expanded = await expand(toJsonLd(parseArticle(payload)));
  expect(expanded).toHaveLength(38);
  const ids = new Set(expanded.map((node) => node["@id"]));
  expect([...ids].every((id) => typeof id === "string" && id.startsWith("_:"))).toBe(true);
  const links = linksOf(expanded);
  expect(links.filter((id) => ids.has(id))).toHaveLength(84);
  expect(links.filter((id) => !ids.has(id)).sort()).toEqual([
    "https://news.example.org/",
    "https://news.example.org/authors/qabil-ashirov",
  ]);
});

test("jsonld.flatten gives the 38 nodes and the address as a 39th, with 85 links", async () => {
  const flattened = (await jsonld.flatten(
    plain(toJsonLd(founding)) as jsonld.JsonLdDocument,
    null as unknown as jsonld.ContextDefinition,
    options,
  )) as unknown as JsonObject[];
  expect(flattened).toHaveLength(39);
  const blank = flattened.filter((node) => String(node["@id"]).startsWith("_:"));
  expect(blank.map((node) => node["@type"])).toEqual([[`${SCHEMA}PostalAddress`]]);
  const ids = new Set(flattened.map((node) => node["@id"]));
  expect(linksOf(flattened).filter((id) => ids.has(id))).toHaveLength(85);
});

test("jsonld.toRDF writes datePublished as exactly 2025-07-09T14:05:00+04:00, one triple per type and value", async () => {
  const document = toJsonLd(founding);
  const nquads = (await jsonld.toRDF(plain(document) as jsonld.JsonLdDocument, {
    ...options,
    format: "application/n-quads",
  })) as string;
  const lines = nquads.split("\n").filter((line) => line !== "");
  expect(lines.filter((line) => line.includes(`<${SCHEMA}datePublished>`))).toEqual([
    `<${FOUNDING_URL}#article> <${SCHEMA}datePublished> "2025-07-09T14:05:00+04:00"^^<${SCHEMA}Date> .`,
  ]);
  const counts = compactTerms(document);
  let triples = 0;
  for (const [key, n] of counts) if (key.startsWith("type ") || key.startsWith("values ")) triples += n;
  // The values of `address` and the PostalAddress's own triples: one node value is one triple.
  expect(lines).toHaveLength(triples);
  expect(lines).toHaveLength(new Set(lines).size);
});

test("the graph form and the nested form are the same RDF (canonical N-Quads), for both articles", async () => {
  for (const article of [founding, kitchenSink]) {
    const canonize = (document: JsonLdDocument) =>
      jsonld.canonize(
        plain(document) as jsonld.JsonLdDocument,
        {
          ...options,
          format: "application/n-quads",
        } as jsonld.Options.Normalize,
      );
    const graph = await canonize(toJsonLd(article));
    expect(graph.length).toBeGreaterThan(1000);
    expect(await canonize(toJsonLd(article, { graph: false }))).toBe(graph);
  }
});

test("nothing is fetched: expanding an article asks the loader for https://schema.org alone, once", async () => {
  requested.length = 0;
  await expand(toJsonLd(kitchenSink, { graph: false }));
  expect(requested).toEqual(["https://schema.org"]);
});
