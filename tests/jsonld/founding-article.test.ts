/**
 * The founding article's JSON-LD, fact by fact: the NewsArticle first, its date, the officials, every
 * quotation with its speaker and event, the conference and its parts, the places inside each other,
 * node ids made from the article URL; the checked-in examples/khankendi-visit.jsonld; determinism
 * and key order; and the options (nested form, no body, no URL, a base URL).
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { type JsonLdDocument, parseArticle, toJsonLd, toJsonLdScript } from "../../src/index.js";
import {
  exampleJsonLdPath,
  FOUNDING_URL,
  founding,
  foundingPayload,
  graphOf,
  idOf,
  isObject,
  isReference,
  type JsonObject,
  kitchenSink,
  listOf,
  nodeById,
  nodesIn,
  plain,
  referencesIn,
} from "./helpers.js";
import { kitchenSinkPayload } from "./kitchen-sink.js";

const id = (fragment: string) => `${FOUNDING_URL}#${fragment}`;
const graph = graphOf(toJsonLd(founding));
const node = (fragment: string) => nodeById(graph, id(fragment));
/** The name of the node a value points at. */
const nameOf = (value: unknown) => nodeById(graph, idOf(value)).name;

// The graph.

test("the @graph holds the NewsArticle first, then people, organizations, places, events and quotes in payload order", () => {
  const document = toJsonLd(founding);
  expect(Object.keys(document)).toEqual(["@context", "@graph"]);
  expect(document["@context"]).toBe("https://schema.org");
  expect(graph.map((item) => item["@id"])).toEqual(
    [
      "article",
      "person-qabil-ashirov",
      "person-elnur-mammadov",
      "person-sabuhi-gahramanov",
      "org-news-example",
      "org-mfa-azerbaijan",
      "org-special-representative-office",
      "org-restoration-service",
      "org-restoration-service-pr",
      "org-garabagh-university",
      "org-garabagh-khanate",
      "org-russian-empire",
      "org-azerbaijani-armed-forces",
      "place-azerbaijan",
      "place-khankendi",
      "place-aghdara",
      "place-khojaly",
      "place-garabagh-university",
      "place-garabagh-university-arts-campus",
      "event-conference",
      "event-visit-to-khankendi",
      "event-special-session",
      "event-concert",
      "event-founding-of-khankendi",
      "event-relocation-of-armenians",
      "event-anti-terror-operations",
      ...Array.from({ length: 12 }, (_, index) => `quote-${index + 1}`),
    ].map(id),
  );
  expect(graph[0]?.["@type"]).toBe("NewsArticle");
});

test("the NewsArticle node: exactly these properties and values", () => {
  const { articleBody, wordCount, ...article } = node("article");
  expect(article).toEqual({
    "@type": "NewsArticle",
    "@id": id("article"),
    url: FOUNDING_URL,
    mainEntityOfPage: FOUNDING_URL,
    headline: "Diplomats visit Khankendi",
    description:
      "Participants of the 9th Conference of Heads of Azerbaijan’s Diplomatic Service Institutions visited Khankendi, where officials spoke of the city’s history and its reconstruction.",
    inLanguage: "en",
    dateline: "9 July 2025 14:05 (UTC+04:00)",
    datePublished: "2025-07-09T14:05:00+04:00",
    author: [{ "@id": id("person-qabil-ashirov") }],
    publisher: { "@id": id("org-news-example") },
    about: [{ "@id": id("event-visit-to-khankendi") }, { "@id": id("place-khankendi") }],
    mentions: [
      "place-aghdara",
      "place-khojaly",
      "org-garabagh-university",
      "event-founding-of-khankendi",
      "event-relocation-of-armenians",
      "event-anti-terror-operations",
    ].map((fragment) => ({ "@id": id(fragment) })),
    contentLocation: [{ "@id": id("place-khankendi") }],
    isAccessibleForFree: true,
    hasPart: Array.from({ length: 12 }, (_, index) => ({ "@id": id(`quote-${index + 1}`) })),
  });
  expect(articleBody).toBe(founding.body.join("\n\n"));
  expect((articleBody as string).split("\n\n")).toHaveLength(11);
  // Unicode word segmentation: 427 words between spaces, less the 3 dashes, plus one for each of
  // the hyphenated "anti-terror" and "large-scale".
  const tokens = founding.body.join(" ").split(/\s+/u);
  const words = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token));
  const hyphenParts = words.reduce((sum, token) => sum + token.split("-").length - 1, 0);
  expect([tokens.length, words.length, hyphenParts]).toEqual([427, 424, 2]);
  expect(wordCount).toBe(426);
});

test("datePublished is exactly 2025-07-09T14:05:00+04:00, and the article has no dateModified or dateCreated", () => {
  expect(node("article").datePublished).toBe("2025-07-09T14:05:00+04:00");
  expect(node("article").dateModified).toBeUndefined();
  expect(node("article").dateCreated).toBeUndefined();
});

test("the author Qabil Ashirov keeps his own url", () => {
  expect(node("person-qabil-ashirov")).toEqual({
    "@type": "Person",
    "@id": id("person-qabil-ashirov"),
    name: "Qabil Ashirov",
    givenName: "Qabil",
    familyName: "Ashirov",
    url: "https://news.example.org/authors/qabil-ashirov",
  });
  expect(node("org-news-example")).toMatchObject({
    "@type": "NewsMediaOrganization",
    name: "News Example",
    url: "https://news.example.org/",
  });
});

test("two officials, each with a jobTitle and an affiliation that is a GovernmentOrganization node", () => {
  const officials = graph.filter((item) => item["@type"] === "Person" && item.jobTitle !== undefined);
  expect(officials.map((official) => [official.name, official.jobTitle])).toEqual([
    ["Elnur Mammadov", "Deputy Foreign Minister"],
    [
      "Sabuhi Gahramanov",
      "Deputy Special Representative of the President of Azerbaijan in Khankendi, Aghdara, and Khojaly",
    ],
  ]);
  const affiliations = officials.map((official) => nodeById(graph, idOf(official.affiliation)));
  expect(affiliations.map((organization) => [organization["@type"], organization.name])).toEqual([
    ["GovernmentOrganization", "Ministry of Foreign Affairs of the Republic of Azerbaijan"],
    [
      "GovernmentOrganization",
      "Office of the Special Representative of the President of Azerbaijan in Khankendi, Aghdara, and Khojaly",
    ],
  ]);
});

test("every quotation: Quotation (direct) with its creator or Claim (paraphrase) with its author, the event and the article", () => {
  const quotes = graph.filter((item) => item["@type"] === "Quotation" || item["@type"] === "Claim");
  const ELNUR = "Elnur Mammadov";
  const SABUHI = "Sabuhi Gahramanov";
  const SESSION = "Special session of the conference at Garabagh University";
  expect(
    quotes.map((quote) => [
      quote["@id"]?.toString().replace(`${FOUNDING_URL}#`, ""),
      quote["@type"],
      nameOf(quote["@type"] === "Quotation" ? quote.creator : quote.author),
      nameOf(quote.recordedAt),
    ]),
  ).toEqual([
    [
      "quote-1",
      "Claim",
      "Public Relations Department of the Restoration, Construction, and Management Service for Khankendi, Aghdara, and Khojaly districts",
      "Visit of the conference participants to Khankendi",
    ],
    ["quote-2", "Claim", ELNUR, SESSION],
    ["quote-3", "Quotation", ELNUR, SESSION],
    ["quote-4", "Claim", ELNUR, SESSION],
    ["quote-5", "Quotation", ELNUR, SESSION],
    ["quote-6", "Claim", SABUHI, SESSION],
    ["quote-7", "Quotation", SABUHI, SESSION],
    ["quote-8", "Claim", SABUHI, SESSION],
    ["quote-9", "Claim", SABUHI, SESSION],
    ["quote-10", "Quotation", SABUHI, SESSION],
    ["quote-11", "Claim", SABUHI, SESSION],
    ["quote-12", "Quotation", SABUHI, SESSION],
  ]);
  for (const quote of quotes) {
    const model = founding.quotes.find((item) => id(item.id.replace(":", "-")) === quote["@id"]);
    expect(quote.text).toBe(model?.text);
    expect(quote.isPartOf).toEqual({ "@id": id("article") });
    // A Quotation has a creator and no author; a Claim an author and no creator.
    expect(quote[quote["@type"] === "Quotation" ? "author" : "creator"]).toBeUndefined();
  }
  expect(node("quote-3").text).toBe(
    "Khankendi was founded by the Garabagh Khanate in 1823. Armenians were relocated to this ancient Azerbaijani land in 1923 by the Russian Empire. During the local anti-terror operations carried out by the Azerbaijani Armed Forces in 2023, historical justice was restored after 100 years.",
  );
});

test("the conference and its parts: superEvent and subEvent agree in both directions", () => {
  const events = graph.filter((item) => String(item["@type"]).endsWith("Event"));
  expect(events.map((event) => [event["@type"], event.name])).toEqual([
    ["Event", "9th Conference of Heads of Azerbaijan’s Diplomatic Service Institutions"],
    ["Event", "Visit of the conference participants to Khankendi"],
    ["Event", "Special session of the conference at Garabagh University"],
    ["MusicEvent", "Concert at the arts campus of Garabagh University"],
    ["Event", "Founding of Khankendi by the Garabagh Khanate"],
    ["Event", "Relocation of Armenians to Khankendi by the Russian Empire"],
    ["Event", "Local anti-terror operations of the Azerbaijani Armed Forces"],
  ]);
  expect(node("event-conference").subEvent).toEqual(
    ["event-visit-to-khankendi", "event-special-session", "event-concert"].map((fragment) => ({
      "@id": id(fragment),
    })),
  );
  expect(node("event-conference").superEvent).toBeUndefined();
  for (const fragment of ["event-visit-to-khankendi", "event-special-session", "event-concert"]) {
    expect(node(fragment).superEvent).toEqual({ "@id": id("event-conference") });
  }
  for (const event of events) {
    for (const child of listOf(event.subEvent))
      expect(nodeById(graph, idOf(child)).superEvent).toEqual({ "@id": event["@id"] });
    if (event.superEvent !== undefined) {
      expect(listOf(nodeById(graph, idOf(event.superEvent)).subEvent)).toContainEqual({
        "@id": event["@id"],
      });
    }
  }
  const where = (fragment: string) => [
    nameOf(node(fragment).location),
    node(fragment).organizer && nameOf(node(fragment).organizer),
  ];
  expect(where("event-visit-to-khankendi")).toEqual(["Khankendi", undefined]);
  expect(where("event-special-session")).toEqual(["Garabagh University", undefined]);
  expect(node("event-special-session").attendee).toEqual([
    { "@id": id("person-elnur-mammadov") },
    { "@id": id("person-sabuhi-gahramanov") },
  ]);
  expect(where("event-concert")).toEqual(["Arts campus of Garabagh University", "Garabagh University"]);
  expect(nodeById(graph, idOf(node("event-concert").organizer))["@type"]).toBe("CollegeOrUniversity");
});

test("the historical events keep their years as partial dates: 1823, 1923, 2023", () => {
  const historical = [
    "event-founding-of-khankendi",
    "event-relocation-of-armenians",
    "event-anti-terror-operations",
  ];
  expect(historical.map((fragment) => [node(fragment).startDate, node(fragment).endDate])).toEqual([
    ["1823", undefined],
    ["1923", undefined],
    ["2023", undefined],
  ]);
  expect(historical.map((fragment) => nameOf(node(fragment).organizer))).toEqual([
    "Garabagh Khanate",
    "Russian Empire",
    "Azerbaijani Armed Forces",
  ]);
  expect(node("event-conference").startDate).toBeUndefined();
});

test("the places and their containedInPlace chain, up to Azerbaijan", () => {
  const chain = (fragment: string) => {
    const names: unknown[] = [];
    for (let place: JsonObject | undefined = node(fragment); place !== undefined; ) {
      names.push(`${String(place["@type"])} ${String(place.name)}`);
      place =
        place.containedInPlace === undefined ? undefined : nodeById(graph, idOf(place.containedInPlace));
    }
    return names;
  };
  expect(chain("place-garabagh-university-arts-campus")).toEqual([
    "CollegeOrUniversity Arts campus of Garabagh University",
    "CollegeOrUniversity Garabagh University",
    "City Khankendi",
    "Country Azerbaijan",
  ]);
  expect(chain("place-aghdara")).toEqual(["AdministrativeArea Aghdara", "Country Azerbaijan"]);
  expect(chain("place-khojaly")).toEqual(["AdministrativeArea Khojaly", "Country Azerbaijan"]);
  expect(node("place-khankendi").alternateName).toBe("Xankəndi");
  expect(node("place-azerbaijan").address).toEqual({ "@type": "PostalAddress", addressCountry: "AZ" });
});

test("every @id is absolute and made from the article URL and the entity id", () => {
  expect(node("person-elnur-mammadov")["@id"]).toBe(
    "https://news.example.org/politics/diplomats-visit-khankendi#person-elnur-mammadov",
  );
  for (const item of graph) {
    const nodeId = String(item["@id"]);
    expect(nodeId.startsWith(`${FOUNDING_URL}#`)).toBe(true);
    expect(new URL(nodeId).href).toBe(nodeId);
  }
  for (const reference of referencesIn(toJsonLd(founding)))
    expect(reference.startsWith(`${FOUNDING_URL}#`)).toBe(true);
});

test("no @id appears twice in @graph, and every reference points at a node of the graph", () => {
  const ids = graph.map((item) => item["@id"]);
  expect(new Set(ids).size).toBe(38);
  expect(ids).toHaveLength(38);
  for (const reference of referencesIn(toJsonLd(founding))) expect(ids).toContain(reference);
});

test("a person who is author, speaker and participant is one node, referred to from each place", () => {
  const ks = graphOf(toJsonLd(kitchenSink));
  const base = "https://news.example.org/world/kitchen-sink?edition=intl&page=1";
  const jane = `${base}#person-jane-doe`;
  expect(ks.filter((item) => item["@id"] === jane)).toHaveLength(1);
  expect(nodeById(ks, `${base}#article`).author).toContainEqual({ "@id": jane });
  expect(nodeById(ks, `${base}#quote-3`).creator).toEqual({ "@id": jane });
  expect(nodeById(ks, `${base}#event-session`).attendee).toContainEqual({ "@id": jane });
  expect(new Set(ks.map((item) => item["@id"])).size).toBe(ks.length);
  // In the founding article, Elnur Mammadov speaks in four quotes and attends the session: one node.
  expect(graph.filter((item) => item.name === "Elnur Mammadov")).toHaveLength(1);
  expect(referencesIn(toJsonLd(founding)).filter((ref) => ref === id("person-elnur-mammadov"))).toHaveLength(
    5,
  );
});

test("author is always a list: one author, two authors, and the nested form", () => {
  expect(node("article").author).toEqual([{ "@id": id("person-qabil-ashirov") }]);
  const ks = graphOf(toJsonLd(kitchenSink));
  expect(ks[0]?.author).toHaveLength(2);
  const nested = toJsonLd(founding, { graph: false }) as JsonObject;
  expect(Array.isArray(nested.author)).toBe(true);
  expect((nested.author as JsonObject[]).map((author) => author.name)).toEqual(["Qabil Ashirov"]);
});

// The checked-in example.

test("examples/khankendi-visit.jsonld is exactly what toJsonLd gives now", () => {
  const expected = `${JSON.stringify(toJsonLd(parseArticle(foundingPayload())), null, 2)}\n`;
  const actual = readFileSync(exampleJsonLdPath, "utf8");
  expect(actual === expected, "examples/khankendi-visit.jsonld is out of date: run `npm run examples`").toBe(
    true,
  );
});

// Determinism.

/** A copy with the keys of every object in reverse order (lists keep their order). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

test("the same article gives byte-identical JSON, whatever the key order of the payload", () => {
  for (const payload of [foundingPayload(), kitchenSinkPayload()]) {
    const first = JSON.stringify(toJsonLd(parseArticle(payload)));
    expect(JSON.stringify(toJsonLd(parseArticle(payload)))).toBe(first);
    expect(JSON.stringify(toJsonLd(parseArticle(reverseKeys(payload))))).toBe(first);
    expect(JSON.stringify(toJsonLd(parseArticle(payload), { graph: false }))).toBe(
      JSON.stringify(toJsonLd(parseArticle(reverseKeys(payload)), { graph: false })),
    );
  }
});

test("keys come in a fixed order: @type and @id first, then the mapping's order", () => {
  const ks = graphOf(toJsonLd(kitchenSink));
  for (const item of [...graph, ...ks]) expect(Object.keys(item).slice(0, 2)).toEqual(["@type", "@id"]);
  const base = "https://news.example.org/world/kitchen-sink?edition=intl&page=1";
  const keys = (fragment: string) => Object.keys(nodeById(ks, `${base}#${fragment}`));
  expect(keys("article")).toEqual([
    "@type",
    "@id",
    "url",
    "mainEntityOfPage",
    "headline",
    "alternativeHeadline",
    "description",
    "articleBody",
    "articleSection",
    "keywords",
    "inLanguage",
    "wordCount",
    "dateline",
    "datePublished",
    "dateModified",
    "dateCreated",
    "author",
    "publisher",
    "image",
    "about",
    "mentions",
    "contentLocation",
    "locationCreated",
    "isAccessibleForFree",
    "hasPart",
  ]);
  expect(keys("person-jane-doe")).toEqual([
    "@type",
    "@id",
    "name",
    "givenName",
    "familyName",
    "honorificPrefix",
    "alternateName",
    "jobTitle",
    "affiliation",
    "description",
    "url",
    "image",
    "sameAs",
  ]);
  expect(keys("org-news-example")).toEqual([
    "@type",
    "@id",
    "name",
    "alternateName",
    "description",
    "url",
    "logo",
    "sameAs",
  ]);
  expect(keys("place-campus")).toEqual(["@type", "@id", "name", "address", "containedInPlace"]);
  expect(keys("place-azerbaijan")).toEqual(["@type", "@id", "name", "address", "geo", "sameAs"]);
  expect(keys("event-summit")).toEqual([
    "@type",
    "@id",
    "name",
    "description",
    "startDate",
    "endDate",
    "location",
    "organizer",
    "attendee",
    "subEvent",
    "eventStatus",
    "eventAttendanceMode",
    "about",
    "sameAs",
  ]);
  expect(keys("quote-1")).toEqual([
    "@type",
    "@id",
    "text",
    "creator",
    "recordedAt",
    "isPartOf",
    "dateCreated",
    "inLanguage",
  ]);
  expect(keys("image-wide")).toEqual([
    "@type",
    "@id",
    "url",
    "contentUrl",
    "caption",
    "creditText",
    "width",
    "height",
    "encodingFormat",
  ]);
});

// Options.

/** The nested form with every nested node definition replaced by a reference, node by node. */
function definitions(document: JsonLdDocument): Map<string, JsonObject> {
  const found = new Map<string, JsonObject>();
  const shallow = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shallow);
    if (!isObject(value)) return value;
    if (typeof value["@id"] === "string" && !isReference(value)) return { "@id": value["@id"] };
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shallow(item)]));
  };
  for (const item of nodesIn(document)) {
    if (typeof item["@id"] !== "string") continue;
    expect(found.has(item["@id"]), `${item["@id"]} is written twice`).toBe(false);
    const { "@context": _context, ...rest } = item;
    found.set(
      item["@id"],
      Object.fromEntries(
        Object.entries(rest).map(([key, value]) => [key, key.startsWith("@") ? value : shallow(value)]),
      ) as JsonObject,
    );
  }
  return found;
}

test("graph: false gives one nested NewsArticle: each node written once, where first reached, and {@id} after", () => {
  for (const article of [founding, kitchenSink]) {
    const nested = toJsonLd(article, { graph: false }) as JsonObject;
    expect(Object.keys(nested).slice(0, 3)).toEqual(["@context", "@type", "@id"]);
    expect(nested["@context"]).toBe("https://schema.org");
    expect(nested["@type"]).toBe("NewsArticle");
    expect(nested["@graph"]).toBeUndefined();
    // In document order, the first mention of every id is its definition.
    const seen = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) for (const item of value) walk(item);
      else if (isObject(value)) {
        if (typeof value["@id"] === "string") {
          if (!seen.has(value["@id"]))
            expect(isReference(value), `${value["@id"]} is first mentioned as a reference`).toBe(false);
          else expect(value, `${value["@id"]} is written twice`).toEqual({ "@id": value["@id"] });
          seen.add(value["@id"]);
        }
        for (const item of Object.values(value)) walk(item);
      }
    };
    walk(nested);
    // The same nodes as the graph form, with the same properties.
    const graphNodes = graphOf(toJsonLd(article)) as readonly JsonObject[];
    const written = definitions(nested as JsonLdDocument);
    expect([...written.keys()].sort()).toEqual(graphNodes.map((item) => String(item["@id"])).sort());
    for (const item of graphNodes) expect(written.get(String(item["@id"]))).toEqual(item);
  }
  const nested = toJsonLd(founding, { graph: false }) as JsonObject;
  expect(nodesIn(nested).filter((item) => typeof item["@id"] === "string")).toHaveLength(38);
  // Elnur Mammadov is first reached through about → the visit → the conference → the special
  // session's attendees; he is written there, and his quotations refer to him.
  const visit = (nested.about as JsonObject[])[0] as JsonObject;
  expect(visit.name).toBe("Visit of the conference participants to Khankendi");
  const conference = visit.superEvent as JsonObject;
  expect(conference.subEvent).toHaveLength(3);
  expect((conference.subEvent as JsonObject[])[0]).toEqual({ "@id": id("event-visit-to-khankendi") });
  const session = (conference.subEvent as JsonObject[])[1] as JsonObject;
  const elnur = (session.attendee as JsonObject[])[0] as JsonObject;
  expect([elnur["@id"], elnur.name, elnur.jobTitle]).toEqual([
    id("person-elnur-mammadov"),
    "Elnur Mammadov",
    "Deputy Foreign Minister",
  ]);
  expect(elnur.affiliation).toMatchObject({
    "@type": "GovernmentOrganization",
    "@id": id("org-mfa-azerbaijan"),
  });
  expect((nested.hasPart as JsonObject[])[1]?.author).toEqual({ "@id": id("person-elnur-mammadov") });
  expect((nested.hasPart as JsonObject[])[2]?.creator).toEqual({ "@id": id("person-elnur-mammadov") });
});

test("body: false leaves out articleBody and nothing else", () => {
  for (const options of [{}, { graph: false }] as const) {
    const withBody = plain(toJsonLd(founding, options)) as JsonObject;
    const withoutBody = plain(toJsonLd(founding, { ...options, body: false })) as JsonObject;
    const articleOf = (document: JsonObject) =>
      (options.graph === false ? document : (document["@graph"] as JsonObject[])[0]) as JsonObject;
    expect(typeof articleOf(withBody).articleBody).toBe("string");
    expect(articleOf(withoutBody).articleBody).toBeUndefined();
    delete articleOf(withBody).articleBody;
    expect(withoutBody).toEqual(withBody);
  }
});

test("without a url, node ids are blank nodes, and the article has no url or mainEntityOfPage", () => {
  const { url: _url, ...payload } = foundingPayload();
  const document = toJsonLd(parseArticle(payload));
  const nodes = graphOf(document);
  expect(nodes.map((item) => item["@id"]).slice(0, 3)).toEqual([
    "_:article",
    "_:person-qabil-ashirov",
    "_:person-elnur-mammadov",
  ]);
  for (const item of nodes) expect(String(item["@id"]).startsWith("_:")).toBe(true);
  for (const reference of referencesIn(document)) expect(reference.startsWith("_:")).toBe(true);
  expect(nodes[0]?.url).toBeUndefined();
  expect(nodes[0]?.mainEntityOfPage).toBeUndefined();
  expect(nodeById(nodes, "_:quote-3").isPartOf).toEqual({ "@id": "_:article" });
});

test("without a url, options.baseUrl gives the node ids (its fragment dropped); an article url wins over it", () => {
  const { url: _url, ...payload } = foundingPayload();
  const article = parseArticle(payload);
  const nodes = graphOf(toJsonLd(article, { baseUrl: "https://example.com/story" }));
  expect(nodes[0]?.["@id"]).toBe("https://example.com/story#article");
  expect(nodes[2]?.["@id"]).toBe("https://example.com/story#person-elnur-mammadov");
  for (const reference of referencesIn(toJsonLd(article, { baseUrl: "https://example.com/story" }))) {
    expect(reference.startsWith("https://example.com/story#")).toBe(true);
  }
  expect(nodes[0]?.url).toBeUndefined();
  expect(graphOf(toJsonLd(article, { baseUrl: "https://example.com/story#top" }))[0]?.["@id"]).toBe(
    "https://example.com/story#article",
  );
  expect(graphOf(toJsonLd(founding, { baseUrl: "https://example.com/story" }))[0]?.["@id"]).toBe(
    id("article"),
  );
});

test("a baseUrl that is not an absolute http(s) URL is a TypeError when the article has no url", () => {
  const { url: _url, ...payload } = foundingPayload();
  const article = parseArticle(payload);
  expect(() => toJsonLd(article, { baseUrl: "/politics/story" })).toThrow(
    new TypeError(
      'Expected options.baseUrl to be an absolute http or https URL, but found "/politics/story".',
    ),
  );
  expect(() => toJsonLdScript(article, { baseUrl: "javascript:alert(1)" })).toThrow(
    new TypeError(
      'Expected options.baseUrl to be an absolute http or https URL, but found "javascript:alert(1)".',
    ),
  );
  // From JavaScript, a value that is not text at all.
  const notText = { baseUrl: 42 } as unknown as { baseUrl: string };
  expect(() => toJsonLd(article, notText)).toThrow(
    new TypeError("Expected options.baseUrl to be an absolute http or https URL, but found the number 42."),
  );
  // Not needed, so not looked at: the article's own url makes the ids.
  expect(graphOf(toJsonLd(founding, { baseUrl: "/politics/story" }))[0]?.["@id"]).toBe(id("article"));
});
