/**
 * The article payload's JSON Schema (`articleJsonSchema()`, shipped as `newsmodel/schema.json`), checked
 * with Ajv 2020 in strict mode: it compiles; the founding article, payloads with entities given inline
 * and registry entities without ids validate; descriptions come from the zod schemas; every payload
 * whose problem is one of shape fails both the schema and `validateArticle`; and the problems the
 * schema leaves to the library (cross-references, duplicate ids, cycles, date order, quotes, calendar
 * dates and zones, unassigned country codes) pass the schema and fail `validateArticle`.
 */
import { readFileSync } from "node:fs";
import type { ErrorObject } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import {
  Article,
  articleJsonSchema,
  Event,
  GeoPoint,
  Image,
  Location,
  Organization,
  Person,
  Quote,
  validateArticle,
} from "../../src/index.js";
import { WHITE_SPACE } from "../../src/models/fields.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type SchemaNode = { [keyword: string]: unknown };

const schema = articleJsonSchema();
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateSchema = ajv.compile(schema);

/** The Ajv errors of a payload (empty when it validates). */
function schemaErrors(payload: unknown): ErrorObject[] {
  return validateSchema(payload) ? [] : [...(validateSchema.errors ?? [])];
}

/** A sub-schema by its keys (`properties`, `headline`), failing loudly when it is not there. */
function at(node: unknown, ...keys: string[]): SchemaNode {
  let current = node;
  for (const key of keys) {
    if (typeof current !== "object" || current === null)
      throw new Error(`no ${keys.join(".")} in the schema`);
    current = (current as SchemaNode)[key];
  }
  if (typeof current !== "object" || current === null) throw new Error(`no ${keys.join(".")} in the schema`);
  return current as SchemaNode;
}

const founding = JSON.parse(
  readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8"),
) as JsonObject;

/** A short valid article with one of everything the shape cases change. */
const BASE: JsonObject = {
  url: "https://news.example.org/city/bridge-reopens",
  headline: "Old bridge reopens after repairs",
  language: "en",
  datePublished: "2024-05-02T09:30:00+02:00",
  timeZone: "Europe/Berlin",
  authors: ["person:ana-keller"],
  publisher: "org:city-news",
  image: ["image:bridge"],
  keywords: ["bridges", "transport"],
  body: [
    "The old stone bridge over the river reopened on Thursday after two years of repairs.",
    "“It carries more than bicycles now,” said the city engineer, Marta Lind.",
  ],
  people: [
    { id: "person:ana-keller", name: "Ana Keller" },
    { id: "person:marta-lind", name: "Marta Lind", jobTitle: "City engineer", affiliation: "org:city-hall" },
  ],
  organizations: [
    { id: "org:city-news", name: "City News", kind: "news-media", url: "https://news.example.org/" },
    { id: "org:city-hall", name: "City Hall", kind: "government" },
  ],
  locations: [
    { id: "place:country", name: "Examplia", kind: "country", address: { country: "DE" } },
    {
      id: "place:old-bridge",
      name: "Old Bridge",
      kind: "landmark",
      containedIn: "place:country",
      geo: { latitude: 50.1, longitude: 8.6 },
    },
  ],
  events: [
    {
      id: "event:reopening",
      name: "Reopening of the Old Bridge",
      kind: "other",
      status: "scheduled",
      location: "place:old-bridge",
      startDate: "2024-05-02T08:00:00+02:00",
      endDate: "2024-05-02T10:00:00+02:00",
    },
  ],
  quotes: [
    {
      id: "quote:1",
      text: "It carries more than bicycles now.",
      speaker: "person:marta-lind",
      kind: "direct",
      event: "event:reopening",
      paragraph: 1,
    },
  ],
  images: [
    {
      id: "image:bridge",
      url: "https://news.example.org/images/bridge.jpg",
      caption: "The reopened bridge.",
      width: 1200,
      height: 800,
      encodingFormat: "image/jpeg",
    },
  ],
};

const REMOVE = Symbol("remove");

/** The base payload with values set (or removed) at JSON Pointers. */
function variant(changes: Readonly<Record<string, Json | typeof REMOVE>>): JsonObject {
  const payload = structuredClone(BASE);
  for (const [pointer, value] of Object.entries(changes)) {
    const keys = pointer.split("/").slice(1);
    const last = keys.pop();
    if (last === undefined) throw new Error(`bad pointer ${pointer}`);
    let node: Json = payload;
    for (const key of keys) {
      if (typeof node !== "object" || node === null) throw new Error(`nothing at ${pointer}`);
      node = (Array.isArray(node) ? node[Number(key)] : node[key]) ?? null;
    }
    if (typeof node !== "object" || node === null) throw new Error(`nothing at ${pointer}`);
    if (Array.isArray(node)) {
      if (value === REMOVE) throw new Error("remove is for object keys");
      node[Number(last)] = value;
    } else if (value === REMOVE) delete node[last];
    else node[last] = value;
  }
  return payload;
}

const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `Name ${index}`);

describe("the schema document", () => {
  test("compiles with Ajv 2020 in strict mode", () => {
    expect(() => new Ajv2020({ strict: true, allErrors: true }).compile(articleJsonSchema())).not.toThrow();
  });

  test("is draft 2020-12, with exactly headline, datePublished and authors required", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["headline", "datePublished", "authors"]);
  });

  test("every registry defaults to an empty list, as the library reads it (Ajv's useDefaults fills all six)", () => {
    const properties = at(schema, "properties");
    for (const registry of ["people", "organizations", "locations", "events", "quotes", "images"])
      expect(at(properties, registry).default, registry).toEqual([]);
    const withDefaults = new Ajv2020({ useDefaults: true }).compile(articleJsonSchema());
    const payload: Record<string, unknown> = {
      headline: "H",
      datePublished: "2025-07-09T14:05:00+04:00",
      authors: ["person:a"],
    };
    expect(withDefaults(payload)).toBe(true);
    expect(payload.locations).toEqual([]);
    expect(payload.quotes).toEqual([]);
  });

  test("its patterns write white space out, as JavaScript's \\s means it, and use no \\s or \\p{…}", () => {
    // Other engines' \s differs (Python's holds U+001C–U+001F and U+0085, not U+FEFF).
    const patterns = JSON.stringify(schema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) expect(pattern).not.toMatch(/\\\\[sp]/);
    const written = new RegExp(`^[${WHITE_SPACE}]$`);
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (written.test(character) !== /^\s$/.test(character)) throw new Error(`U+${code.toString(16)}`);
    }
  });

  test("takes its descriptions from the zod schemas", () => {
    const properties = at(schema, "properties");
    expect(at(properties, "headline").description).toBe(Article.shape.headline.description);
    expect(at(properties, "datePublished").description).toBe(Article.shape.datePublished.description);
    expect(at(properties, "authors").description).toBe(Article.shape.authors.description);
    expect(at(properties, "people").description).toBe(Article.shape.people.description);
    expect(Article.shape.headline.description).toBe("The headline as published.");

    const defs = at(schema, "$defs");
    expect(at(defs, "Person", "properties", "name").description).toBe(Person.shape.name.description);
    expect(at(defs, "Person", "properties", "affiliation").description).toBe(
      Person.shape.affiliation.description,
    );
    expect(at(defs, "Organization", "properties", "kind").description).toBe(
      Organization.shape.kind.description,
    );
    expect(at(defs, "Location", "properties", "geo", "properties", "latitude").description).toBe(
      GeoPoint.shape.latitude.description,
    );
    expect(at(defs, "Location", "properties", "containedIn").description).toBe(
      Location.shape.containedIn.description,
    );
    expect(at(defs, "Event", "properties", "partOf").description).toBe(Event.shape.partOf.description);
    expect(at(defs, "Quote", "properties", "speaker").description).toBe(Quote.shape.speaker.description);
    expect(at(defs, "Image", "properties", "url").description).toBe(Image.shape.url.description);
    for (const description of [Person.shape.name.description, Quote.shape.speaker.description]) {
      expect(description).toEqual(expect.any(String));
    }
  });

  test("every call returns a fresh copy: changing one does not change the next", () => {
    const first = articleJsonSchema() as SchemaNode;
    expect(articleJsonSchema()).not.toBe(first);
    (first.required as string[]).push("url");
    at(first, "properties", "headline").description = "changed";
    delete (first.$defs as SchemaNode).Person;
    first.$schema = "changed";

    const next = articleJsonSchema();
    expect(next.required).toEqual(["headline", "datePublished", "authors"]);
    expect(at(next, "properties", "headline").description).toBe(Article.shape.headline.description);
    expect(at(next, "$defs", "Person")).toBeDefined();
    expect(next.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(next).toEqual(schema);
  });
});

describe("newsmodel/schema.json", () => {
  const root = new URL("../../", import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
    exports: Record<string, unknown>;
    scripts: Record<string, string>;
  };

  test("is exported as ./dist/schema.json, which the build writes", () => {
    expect(pkg.exports["./schema.json"]).toBe("./dist/schema.json");
    expect(pkg.scripts.build).toContain("scripts/write-schema.mjs");
  });

  test("is written by scripts/write-schema.mjs from articleJsonSchema() of the built library", () => {
    const script = readFileSync(new URL("scripts/write-schema.mjs", root), "utf8");
    expect(script).toMatch(/import\s*\{\s*articleJsonSchema\s*\}\s*from\s*"\.\.\/dist\/index\.js"/);
    expect(script).toContain("articleJsonSchema()");
    expect(script).toContain("../dist/schema.json");
    expect(script).toMatch(/JSON\.stringify\(articleJsonSchema\(\)/);
  });
});

describe("payloads the schema accepts", () => {
  test("the founding article", () => {
    expect(schemaErrors(founding)).toEqual([]);
    expect(validateArticle(founding).ok).toBe(true);
  });

  test("the base payload of these tests", () => {
    expect(schemaErrors(BASE)).toEqual([]);
    expect(validateArticle(BASE).issues).toEqual([]);
  });

  test("entities given inline: authors as objects, an inline affiliation, about with a type", () => {
    const payload: JsonObject = {
      headline: "Old bridge reopens after repairs",
      datePublished: "2024-05-02T09:30:00+02:00",
      authors: [
        { name: "Ana Keller", url: "https://news.example.org/authors/ana-keller" },
        {
          name: "Marta Lind",
          jobTitle: "City engineer",
          affiliation: { name: "City Hall", kind: "government" },
        },
      ],
      publisher: { name: "City News", kind: "news-media" },
      about: [
        { type: "location", name: "Old Bridge", kind: "landmark" },
        { type: "event", name: "Reopening of the Old Bridge", kind: "other" },
      ],
      mentions: [{ type: "organization", name: "River Authority" }],
      image: [{ url: "https://news.example.org/images/bridge.jpg", width: 1200 }],
      quotes: [
        { text: "It carries more than bicycles now.", speaker: { name: "Marta Lind" }, kind: "paraphrase" },
      ],
    };
    expect(schemaErrors(payload)).toEqual([]);
    const result = validateArticle(payload);
    expect(result.issues).toEqual([]);
    expect(result.value?.people.map((person) => person.name)).toEqual(["Ana Keller", "Marta Lind"]);
    expect(result.value?.organizations.map((organization) => organization.name)).toEqual(
      expect.arrayContaining(["City Hall", "City News", "River Authority"]),
    );
  });

  test("registry entities without ids", () => {
    const payload: JsonObject = {
      headline: "Old bridge reopens after repairs",
      datePublished: "2024-05-02T09:30:00+02:00",
      authors: ["person:ana-keller"],
      people: [{ name: "Ana Keller" }, { name: "Marta Lind" }],
      organizations: [{ name: "City Hall" }],
      locations: [{ name: "Old Bridge" }],
      events: [{ name: "Reopening of the Old Bridge" }],
      quotes: [
        { text: "It carries more than bicycles now.", speaker: "person:marta-lind", kind: "paraphrase" },
      ],
      images: [{ url: "https://news.example.org/images/bridge.jpg" }],
    };
    expect(schemaErrors(payload)).toEqual([]);
    const result = validateArticle(payload);
    expect(result.issues).toEqual([]);
    expect(result.value?.people.map((person) => person.id)).toEqual([
      "person:ana-keller",
      "person:marta-lind",
    ]);
  });
});

/**
 * What the URL pattern does with credentials: its authority part is `[^\s/?#@]+`, so an `@` before the
 * first `/`, `?` or `#` (a user name, with or without a password) fails the pattern, as it fails
 * `validateArticle` (`invalid_url`). An `@` later in the URL (in the path or query) is allowed.
 */
describe("the URL pattern and credentials", () => {
  test("a URL with a user name or a password fails the pattern; an @ in the path does not", () => {
    const pattern = new RegExp(String(at(schema, "properties", "url").pattern), "u");
    expect(pattern.test("https://editor:secret@news.example.org/city")).toBe(false);
    expect(pattern.test("https://editor@news.example.org/")).toBe(false);
    expect(pattern.test("https://news.example.org/people/@ana")).toBe(true);
    expect(validateArticle(variant({ "/url": "https://news.example.org/people/@ana" })).ok).toBe(true);
  });
});

interface ShapeCase {
  readonly label: string;
  readonly changes: Readonly<Record<string, Json | typeof REMOVE>>;
  /** The Ajv `instancePath` of an error it must produce (a missing field's is its parent's). */
  readonly instancePath: string;
  /** The JSON Pointer of a `validateArticle` issue, when it differs from the instancePath. */
  readonly pointer?: string;
  /** The whole payload, when it is not a variant of the base. */
  readonly whole?: Json;
}

/** Problems of shape: each fails both the JSON Schema and validateArticle. */
const SHAPE: readonly ShapeCase[] = [
  // Wrong types.
  { label: "a number for the headline", changes: { "/headline": 42 }, instancePath: "/headline" },
  {
    label: "a string for isAccessibleForFree",
    changes: { "/isAccessibleForFree": "no" },
    instancePath: "/isAccessibleForFree",
  },
  {
    label: "a string for a latitude",
    changes: { "/locations/1/geo/latitude": "50.1" },
    instancePath: "/locations/1/geo/latitude",
  },
  {
    label: "an object for the keywords",
    changes: { "/keywords": { tag: "bridges" } },
    instancePath: "/keywords",
  },
  { label: "a string for the body", changes: { "/body": "The old bridge reopened." }, instancePath: "/body" },
  {
    label: "a registry as an object",
    changes: { "/people": { "person:ana-keller": { name: "Ana Keller" } } },
    instancePath: "/people",
  },
  {
    label: "a number for datePublished",
    changes: { "/datePublished": 20240502 },
    instancePath: "/datePublished",
  },
  { label: "a number as a reference", changes: { "/authors/0": 7 }, instancePath: "/authors/0" },
  { label: "a list as the article", changes: {}, whole: [BASE], instancePath: "" },
  // Missing required fields.
  { label: "no headline", changes: { "/headline": REMOVE }, instancePath: "", pointer: "/headline" },
  {
    label: "no datePublished",
    changes: { "/datePublished": REMOVE },
    instancePath: "",
    pointer: "/datePublished",
  },
  { label: "no authors", changes: { "/authors": REMOVE }, instancePath: "", pointer: "/authors" },
  { label: "an empty list of authors", changes: { "/authors": [] }, instancePath: "/authors" },
  {
    label: "a person without a name",
    changes: { "/people/1/name": REMOVE },
    instancePath: "/people/1",
    pointer: "/people/1/name",
  },
  {
    label: "a quote without a speaker",
    changes: { "/quotes/0/speaker": REMOVE },
    instancePath: "/quotes/0",
    pointer: "/quotes/0/speaker",
  },
  {
    label: "an image without a URL",
    changes: { "/images/0/url": REMOVE },
    instancePath: "/images/0",
    pointer: "/images/0/url",
  },
  {
    label: "a geo point without a longitude",
    changes: { "/locations/1/geo/longitude": REMOVE },
    instancePath: "/locations/1/geo",
    pointer: "/locations/1/geo/longitude",
  },
  // Empty text.
  { label: "an empty headline", changes: { "/headline": "" }, instancePath: "/headline" },
  { label: "a headline of white space", changes: { "/headline": "  \t\n " }, instancePath: "/headline" },
  {
    label: "a headline of zero-width characters",
    changes: { "/headline": "\u200B\u2060\uFEFF" },
    instancePath: "/headline",
  },
  {
    label: "a name of zero-width characters and a space",
    changes: { "/people/1/name": "\u200B \u200D" },
    instancePath: "/people/1/name",
  },
  { label: "an empty paragraph", changes: { "/body/1": " " }, instancePath: "/body/1" },
  { label: "an empty keyword", changes: { "/keywords/1": "" }, instancePath: "/keywords/1" },
  // Too long, too many.
  {
    label: "a headline of 1,001 characters",
    changes: { "/headline": "x".repeat(1001) },
    instancePath: "/headline",
  },
  {
    label: "a person's name of 301 characters",
    changes: { "/people/0/name": "x".repeat(301) },
    instancePath: "/people/0/name",
  },
  {
    label: "a URL of 2,049 characters",
    changes: { "/url": `https://news.example.org/${"a".repeat(2024)}` },
    instancePath: "/url",
  },
  { label: "201 keywords", changes: { "/keywords": names(201) }, instancePath: "/keywords" },
  {
    label: "201 alternate names",
    changes: { "/people/1/alternateNames": names(201) },
    instancePath: "/people/1/alternateNames",
  },
  // URLs.
  { label: "a javascript: URL", changes: { "/url": "javascript:alert(1)" }, instancePath: "/url" },
  {
    label: "a data: image URL",
    changes: { "/images/0/url": "data:image/png;base64,iVBORw0KGgo=" },
    instancePath: "/images/0/url",
  },
  { label: "an ftp: URL", changes: { "/url": "ftp://news.example.org/city" }, instancePath: "/url" },
  { label: "a relative URL", changes: { "/url": "/city/bridge-reopens" }, instancePath: "/url" },
  {
    label: "a URL with a user name and password",
    changes: { "/url": "https://editor:secret@news.example.org/city" },
    instancePath: "/url",
  },
  {
    label: "an organization URL with a user name",
    changes: { "/organizations/0/url": "https://editor@news.example.org/" },
    instancePath: "/organizations/0/url",
  },
  // What the URL parser would mend or read otherwise than other parsers.
  {
    label: "a URL with a backslash before @",
    changes: { "/url": "http://example.com\\@evil.com" },
    instancePath: "/url",
  },
  {
    label: "a URL with a tab in its host",
    changes: { "/url": "http://exa\tmple.com/" },
    instancePath: "/url",
  },
  { label: "a URL with a space", changes: { "/url": "https://example.com/a b" }, instancePath: "/url" },
  { label: "a URL with three slashes", changes: { "/url": "http:///example.com" }, instancePath: "/url" },
  {
    label: "a URL with an empty user name",
    changes: { "/url": "http://@example.com/" },
    instancePath: "/url",
  },
  {
    label: "a sameAs link that is not http",
    changes: { "/people/0/sameAs": ["mailto:ana@example.org"] },
    instancePath: "/people/0/sameAs/0",
  },
  // Ids.
  { label: "a quote id with a space", changes: { "/quotes/0/id": "quote 1" }, instancePath: "/quotes/0/id" },
  {
    label: "a reference with a space",
    changes: { "/authors/0": "person:ana keller" },
    instancePath: "/authors/0",
  },
  {
    label: "a reference with angle brackets",
    changes: { "/publisher": "<org:city-news>" },
    instancePath: "/publisher",
  },
  // Languages and countries.
  { label: "a language with an underscore", changes: { "/language": "en_US" }, instancePath: "/language" },
  { label: "a language named in a word", changes: { "/language": "english" }, instancePath: "/language" },
  {
    label: "a quote language that is not a tag",
    changes: { "/quotes/0/language": "not a tag" },
    instancePath: "/quotes/0/language",
  },
  {
    label: "a lower-case country code",
    changes: { "/locations/0/address/country": "de" },
    instancePath: "/locations/0/address/country",
  },
  {
    label: "a three-letter country code",
    changes: { "/locations/0/address/country": "DEU" },
    instancePath: "/locations/0/address/country",
  },
  // Numbers out of range.
  {
    label: "latitude 91",
    changes: { "/locations/1/geo/latitude": 91 },
    instancePath: "/locations/1/geo/latitude",
  },
  {
    label: "longitude -181",
    changes: { "/locations/1/geo/longitude": -181 },
    instancePath: "/locations/1/geo/longitude",
  },
  { label: "an image width of 0", changes: { "/images/0/width": 0 }, instancePath: "/images/0/width" },
  {
    label: "a fractional image height",
    changes: { "/images/0/height": 1.5 },
    instancePath: "/images/0/height",
  },
  {
    label: "a non-integer quote paragraph",
    changes: { "/quotes/0/paragraph": 0.5 },
    instancePath: "/quotes/0/paragraph",
  },
  {
    label: "a negative quote paragraph",
    changes: { "/quotes/0/paragraph": -1 },
    instancePath: "/quotes/0/paragraph",
  },
  // Enumerations.
  {
    label: "an organization kind that does not exist",
    changes: { "/organizations/0/kind": "newspaper" },
    instancePath: "/organizations/0/kind",
  },
  {
    label: "an event status spelled the American way",
    changes: { "/events/0/status": "canceled" },
    instancePath: "/events/0/status",
  },
  {
    label: "a quote kind that does not exist",
    changes: { "/quotes/0/kind": "indirect" },
    instancePath: "/quotes/0/kind",
  },
  {
    label: "a location kind that does not exist",
    changes: { "/locations/0/kind": "planet" },
    instancePath: "/locations/0/kind",
  },
  // Entities given inline: which kind they are.
  {
    label: "an inline entity in about without a type",
    changes: { "/about": [{ name: "Old Bridge" }] },
    instancePath: "/about/0",
  },
  {
    label: "an inline author of a kind authors cannot be",
    changes: { "/authors": [{ type: "event", name: "E" }] },
    instancePath: "/authors/0",
    pointer: "/authors/0/type",
  },
  {
    label: "an inline entity whose type names no kind",
    changes: { "/mentions": [{ type: "thing", name: "X" }] },
    instancePath: "/mentions/0",
    pointer: "/mentions/0/type",
  },
  // A pattern on a media type: a shape problem like the others (tests/validate/invalid-payloads has it).
  {
    label: "an image media type that is not an image's",
    changes: { "/images/0/encodingFormat": "text/html" },
    instancePath: "/images/0/encodingFormat",
  },
];

describe("problems of shape fail both the JSON Schema and validateArticle", () => {
  test("there are at least 25 of them", () => {
    expect(SHAPE.length).toBeGreaterThanOrEqual(25);
  });

  test.each(SHAPE)(
    "$label: the schema reports $instancePath",
    ({ changes, whole, instancePath, pointer }) => {
      const payload = whole ?? variant(changes);
      const errors = schemaErrors(payload);
      expect(errors.map((error) => error.instancePath)).toContain(instancePath);
      const result = validateArticle(payload);
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.pointer)).toContain(pointer ?? instancePath);
    },
  );
});

interface LibraryCase {
  readonly label: string;
  readonly changes: Readonly<Record<string, Json | typeof REMOVE>>;
  /** The issue code validateArticle reports. */
  readonly code: string;
}

/**
 * What the schema deliberately does not check, and `validateArticle` does: whatever needs the whole
 * article (references resolve to entities of the right kind, ids are unique, no cycles, dates in order,
 * quotes in the body, inline entities of a known kind) and whatever needs the date and zone rules or
 * lists of assigned codes. These payloads pass the JSON Schema and fail `validateArticle`: a payload
 * that passes the schema still has to pass the library.
 */
const LIBRARY_ONLY: readonly LibraryCase[] = [
  {
    label: "a publisher that is not in the article",
    changes: { "/publisher": "org:nobody" },
    code: "unresolved_reference",
  },
  {
    label: "an author that is not in the article",
    changes: { "/authors/0": "person:nobody" },
    code: "unresolved_reference",
  },
  { label: "a place as author", changes: { "/authors/0": "place:old-bridge" }, code: "wrong_reference_kind" },
  {
    label: "two people with one id",
    changes: { "/people/1/id": "person:ana-keller", "/quotes/0/speaker": "person:ana-keller" },
    code: "duplicate_id",
  },
  {
    label: "two places that contain each other",
    changes: { "/locations/0/containedIn": "place:old-bridge" },
    code: "containment_cycle",
  },
  {
    label: "an event part of itself",
    changes: { "/events/0/partOf": "event:reopening" },
    code: "event_cycle",
  },
  {
    label: "an organization its own parent",
    changes: { "/organizations/1/parentOrganization": "org:city-hall" },
    code: "organization_cycle",
  },
  {
    label: "dateModified before datePublished",
    changes: { "/dateModified": "2024-05-02T09:00:00+02:00" },
    code: "modified_before_published",
  },
  {
    label: "an event that ends before it starts",
    changes: { "/events/0/endDate": "2024-05-02T07:00:00+02:00" },
    code: "end_before_start",
  },
  {
    label: "a direct quote that is not in the body",
    changes: { "/quotes/0/text": "Nobody said this." },
    code: "misquote",
  },
  {
    label: "a quote paragraph past the end of the body",
    changes: { "/quotes/0/paragraph": 7 },
    code: "paragraph_out_of_range",
  },
  { label: "30 February", changes: { "/datePublished": "2024-02-30T10:00:00+01:00" }, code: "invalid_date" },
  {
    label: "month 13 in a partial date",
    changes: { "/events/0/startDate": "2024-13" },
    code: "invalid_date",
  },
  {
    label: "a date in words no reader knows",
    changes: { "/datePublished": "yesterday afternoon" },
    code: "unrecognized_format",
  },
  {
    label: "a date without a time for datePublished",
    changes: { "/datePublished": "2024-05-02" },
    code: "missing_time",
  },
  { label: "a zone that does not exist", changes: { "/timeZone": "Mars/Olympus" }, code: "invalid_zone" },
  {
    label: "a local time in a daylight-saving gap",
    changes: { "/datePublished": "2024-03-31 02:30" },
    code: "nonexistent_local_time",
  },
  {
    label: "the unassigned country code ZZ",
    changes: { "/locations/0/address/country": "ZZ" },
    code: "invalid_country",
  },
  {
    label: "a language tag of the right form that Intl refuses",
    changes: { "/language": "en-a" },
    code: "invalid_language",
  },
];

describe("problems the schema deliberately leaves to the library pass it and fail validateArticle", () => {
  test.each(LIBRARY_ONLY)("$label ($code)", ({ changes, code }) => {
    const payload = variant(changes);
    expect(schemaErrors(payload)).toEqual([]);
    const result = validateArticle(payload);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain(code);
  });
});

/**
 * Where the two count. Both count lengths in code points (an emoji is one character, not two UTF-16
 * units), so they agree on astral text, and both count a text as given, before it is trimmed.
 */
describe("how the schema and the library count lengths", () => {
  test("both in code points: 1,000 emoji pass both, 1,001 fail both", () => {
    const fits = variant({ "/headline": "\u{1F309}".repeat(1000) });
    expect(schemaErrors(fits)).toEqual([]);
    expect(validateArticle(fits).ok).toBe(true);
    const over = variant({ "/headline": "\u{1F309}".repeat(1001) });
    expect(schemaErrors(over).map((error) => error.instancePath)).toEqual(["/headline"]);
    expect(validateArticle(over).issues.map((issue) => issue.code)).toEqual(["too_long"]);
  });

  test("both before trimming: white space around a text counts towards its bound", () => {
    const over = variant({ "/headline": `${"x".repeat(1000)}   ` });
    expect(schemaErrors(over).map((error) => error.instancePath)).toEqual(["/headline"]);
    expect(validateArticle(over).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/headline", "too_long"],
    ]);
    const fits = variant({ "/headline": `   ${"x".repeat(997)}` });
    expect(schemaErrors(fits)).toEqual([]);
    expect(validateArticle(fits).ok).toBe(true);
    // An id, a URL and a language tag alike.
    for (const [pointer, value] of [
      ["/authors/0", ` ${"p".repeat(200)}`],
      ["/url", ` https://news.example.org/${"a".repeat(2023)}`],
      ["/language", ` en${"-aaaaaaaa".repeat(10)}-aaaaaaa`],
    ] as const) {
      // (Each branch of the id-or-inline-entity choice gives its own error at the same place.)
      const places = new Set(schemaErrors(variant({ [pointer]: value })).map((error) => error.instancePath));
      expect([...places]).toEqual([pointer]);
      expect(
        validateArticle(variant({ [pointer]: value })).issues.map((issue) => [issue.pointer, issue.code]),
      ).toEqual([[pointer, "too_long"]]);
    }
  });

  test("a time zone too: at most 256 characters, white space included", () => {
    const over = variant({ "/timeZone": `${" ".repeat(250)}Europe/Berlin` });
    expect(schemaErrors(over).map((error) => error.instancePath)).toEqual(["/timeZone"]);
    expect(validateArticle(over).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/timeZone", "too_long"],
    ]);
    const fits = variant({ "/timeZone": `${" ".repeat(243)}Europe/Berlin` });
    expect(schemaErrors(fits)).toEqual([]);
    expect(validateArticle(fits).ok).toBe(true);
  });
});

describe("what both accept that a strict reading might not", () => {
  test.each([
    ["a type in capitals, with spaces", { "/mentions": [{ type: " PLACE ", name: "Old Bridge" }] }],
    ["organisation, spelled the British way", { "/about": [{ type: "Organisation", name: "City Council" }] }],
    ["an inline author without a type (a person)", { "/authors": [{ name: "Ana Keller" }] }],
    ["a registry entity with a type (an unknown field, dropped)", { "/people/0/type": "PERSON" }],
    ["a quote with a type (an unknown field, dropped)", { "/quotes/0/type": "quote" }],
  ] as const)("%s", (_label, changes) => {
    const payload = variant(changes as Record<string, Json>);
    expect(schemaErrors(payload)).toEqual([]);
    expect(validateArticle(payload).ok).toBe(true);
  });
});
