/**
 * Every `@type` and property the JSON-LD output uses exists in schema.org 30.0, stands on a type in
 * its domain (through superclasses), and holds a value its range accepts; checked against the facts
 * copied into tests/fixtures/schemaorg-facts.json, for the founding article and for a kitchen-sink
 * article that uses every field and every kind, in the graph and the nested form.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  Address,
  Article,
  AttendanceMode,
  EventKind,
  Event as EventModel,
  EventStatus,
  GeoPoint,
  Image,
  Location,
  LocationKind,
  Organization,
  OrganizationKind,
  Person,
  parseArticle,
  Quote,
  QuoteKind,
  toJsonLd,
} from "../../src/index.js";
import { articlePayload } from "../arbitraries.js";
import { seed } from "../seed.js";
import { founding, graphOf, kitchenSink, nodeById, nodesIn } from "./helpers.js";
import { kitchenSinkPayload } from "./kitchen-sink.js";
import { checkVocabulary, facts, isA, superclassClosure } from "./schemaorg.js";

const runs = { seed, numRuns: 1000 } as const;

const KS = "https://news.example.org/world/kitchen-sink?edition=intl&page=1";

const DOCUMENTS = [
  ["founding article, graph form", toJsonLd(founding)],
  ["founding article, nested form", toJsonLd(founding, { graph: false })],
  ["kitchen sink, graph form", toJsonLd(kitchenSink)],
  ["kitchen sink, nested form", toJsonLd(kitchenSink, { graph: false })],
] as const;

const NAMES_HELP = "a name the output uses is missing from the fixture: run `npm run fixtures`";

// The checker itself: it finds what it is meant to find.

test("the superclass closure comes from the fixture: City is an AdministrativeArea, a Place and a Thing", () => {
  expect([...(superclassClosure("City") ?? [])].sort()).toEqual([
    "AdministrativeArea",
    "City",
    "Place",
    "Thing",
  ]);
  expect(isA("CollegeOrUniversity", ["Place"])).toBe(true);
  expect(isA("CollegeOrUniversity", ["Organization"])).toBe(true);
  expect(isA("Claim", ["CreativeWork"])).toBe(true);
  expect(isA("Person", ["Organization"])).toBe(false);
  expect(superclassClosure("NoSuchType")).toBeUndefined();
});

test("the checker reports unknown names (asking for `npm run fixtures`), wrong domains and values out of range", () => {
  const broken = {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": "https://example.org/a#article",
        url: "/relative",
        datePublished: "9 July 2025",
        wordCount: 1.5,
        author: [{ "@id": "https://example.org/a#place" }],
        speakable: "x",
      },
      { "@type": "Newsarticle", "@id": "https://example.org/a#typo" },
      { "@type": "Organization", "@id": "https://example.org/a#org", jobTitle: "Minister" },
      {
        "@type": "Place",
        "@id": "https://example.org/a#place",
        containedInPlace: { "@id": "https://example.org/a#x" },
      },
      {
        "@type": "Event",
        "@id": "https://example.org/a#event",
        eventStatus: "EventScheduled",
        startDate: "2025-07-09T10:00",
      },
    ],
  };
  expect(checkVocabulary(broken)).toEqual({
    names: [
      "property speakable is not in tests/fixtures/schemaorg-facts.json: add it to scripts/schemaorg-fixture.ts and run `npm run fixtures`",
      "type Newsarticle is not in tests/fixtures/schemaorg-facts.json: add it to scripts/schemaorg-fixture.ts and run `npm run fixtures`",
    ],
    domain: ["Organization https://example.org/a#org: jobTitle belongs to Person, not to Organization"],
    range: [
      'NewsArticle https://example.org/a#article.url: "/relative" is not a URL',
      'NewsArticle https://example.org/a#article.datePublished: "9 July 2025" is not a Date or DateTime',
      "NewsArticle https://example.org/a#article.wordCount: 1.5 is not a Integer",
      "NewsArticle https://example.org/a#article.author: points at a Place, not a Organization or Person",
      "Place https://example.org/a#place.containedInPlace: https://example.org/a#x is not a node of the document",
      'Event https://example.org/a#event.eventStatus: "EventScheduled" is not a EventStatusType',
      'Event https://example.org/a#event.startDate: "2025-07-09T10:00" is not a Date or DateTime',
    ],
  });
});

// The kitchen sink covers what it claims to cover.

test("the kitchen-sink payload gives every field of every model", () => {
  const payload = kitchenSinkPayload();
  const keysOf = (items: unknown) =>
    new Set((items as Record<string, unknown>[]).flatMap((item) => Object.keys(item)));
  const missing = (shape: object, keys: Set<string>) => Object.keys(shape).filter((key) => !keys.has(key));
  expect(missing(Article.shape, new Set(Object.keys(payload)))).toEqual([]);
  expect(missing(Person.shape, keysOf(payload.people))).toEqual([]);
  expect(missing(Organization.shape, keysOf(payload.organizations))).toEqual([]);
  expect(missing(Location.shape, keysOf(payload.locations))).toEqual([]);
  expect(missing(EventModel.shape, keysOf(payload.events))).toEqual([]);
  expect(missing(Quote.shape, keysOf(payload.quotes))).toEqual([]);
  expect(missing(Image.shape, keysOf(payload.images))).toEqual([]);
  const locations = payload.locations as { address?: object; geo?: object }[];
  expect(missing(Address.shape, keysOf(locations.flatMap((location) => location.address ?? [])))).toEqual([]);
  expect(missing(GeoPoint.shape, keysOf(locations.flatMap((location) => location.geo ?? [])))).toEqual([]);
});

test("the kitchen sink uses every organization kind, place kind, event kind, status, attendance mode and quote kind", () => {
  const valuesOf = (items: unknown, key: string) =>
    new Set((items as Record<string, unknown>[]).map((item) => item[key]));
  expect(kitchenSink.organizations.map((organization) => organization.kind).sort()).toEqual(
    [...OrganizationKind.options].sort(),
  );
  expect(kitchenSink.locations.map((location) => location.kind).sort()).toEqual(
    [...LocationKind.options].sort(),
  );
  expect(kitchenSink.events.map((event) => event.kind).sort()).toEqual([...EventKind.options].sort());
  const payload = kitchenSinkPayload();
  for (const status of EventStatus.options) expect(valuesOf(payload.events, "status")).toContain(status);
  for (const mode of AttendanceMode.options)
    expect(valuesOf(payload.events, "attendanceMode")).toContain(mode);
  expect([...new Set(kitchenSink.quotes.map((quote) => quote.kind))].sort()).toEqual(
    [...QuoteKind.options].sort(),
  );
});

test("the kitchen sink's JSON-LD uses every property of the fixture and exactly these types", () => {
  const nodes = nodesIn(toJsonLd(kitchenSink));
  const used = new Set(nodes.flatMap((node) => Object.keys(node)));
  expect(Object.keys(facts.properties).filter((property) => !used.has(property))).toEqual([]);
  expect([...new Set(nodes.map((node) => node["@type"]))].sort()).toEqual(
    [
      "AdministrativeArea",
      "City",
      "Claim",
      "CollegeOrUniversity",
      "Corporation",
      "Country",
      "EducationEvent",
      "Event",
      "EventVenue",
      "ExhibitionEvent",
      "Festival",
      "GeoCoordinates",
      "GovernmentOrganization",
      "ImageObject",
      "LandmarksOrHistoricalBuildings",
      "MusicEvent",
      "NGO",
      "NewsArticle",
      "NewsMediaOrganization",
      "Organization",
      "Person",
      "Place",
      "PoliticalParty",
      "PostalAddress",
      "QuantitativeValue",
      "Quotation",
      "School",
      "SportsEvent",
      "WebPageElement",
    ].sort(),
  );
});

// The four documents against schema.org 30.0.

for (const [name, document] of DOCUMENTS) {
  test(`${name}: every @type and property is a schema.org 30.0 name in the fixture`, () => {
    expect(checkVocabulary(document).names, NAMES_HELP).toEqual([]);
  });

  test(`${name}: every property stands on a type in its domainIncludes (through superclasses)`, () => {
    expect(checkVocabulary(document).domain).toEqual([]);
  });

  test(`${name}: every value is in its property's rangeIncludes`, () => {
    expect(checkVocabulary(document).range).toEqual([]);
  });
}

// What the nested values and enumerations are, exactly.

test("eventStatus and eventAttendanceMode are schema.org enumeration member URLs", () => {
  const graph = graphOf(toJsonLd(kitchenSink));
  const of = (fragment: string) => {
    const node = nodeById(graph, `${KS}#event-${fragment}`);
    return [node.eventStatus, node.eventAttendanceMode];
  };
  expect(of("summit")).toEqual([
    "https://schema.org/EventScheduled",
    "https://schema.org/MixedEventAttendanceMode",
  ]);
  expect(of("session")).toEqual([
    "https://schema.org/EventRescheduled",
    "https://schema.org/OfflineEventAttendanceMode",
  ]);
  expect(of("meeting")).toEqual([
    "https://schema.org/EventMovedOnline",
    "https://schema.org/OnlineEventAttendanceMode",
  ]);
  expect(of("visit")).toEqual(["https://schema.org/EventPostponed", undefined]);
  expect(of("concert")).toEqual(["https://schema.org/EventCancelled", undefined]);
  expect(facts.enumerations.EventStatusType).toEqual([
    "EventCancelled",
    "EventMovedOnline",
    "EventPostponed",
    "EventRescheduled",
    "EventScheduled",
  ]);
  expect(facts.enumerations.EventAttendanceModeEnumeration).toEqual([
    "MixedEventAttendanceMode",
    "OfflineEventAttendanceMode",
    "OnlineEventAttendanceMode",
  ]);
});

test("the kitchen sink's nested values: PostalAddress, GeoCoordinates, QuantitativeValue, WebPageElement", () => {
  const graph = graphOf(toJsonLd(kitchenSink));
  expect(nodeById(graph, `${KS}#place-campus`).address).toEqual({
    "@type": "PostalAddress",
    streetAddress: "1 River Street",
    addressLocality: "Baku",
    addressRegion: "Absheron",
    postalCode: "AZ1000",
    addressCountry: "AZ",
  });
  expect(nodeById(graph, `${KS}#place-baku`).geo).toEqual({
    "@type": "GeoCoordinates",
    latitude: 40.4093,
    longitude: 49.8671,
  });
  const wide = nodeById(graph, `${KS}#image-wide`);
  expect(wide).toEqual({
    "@type": "ImageObject",
    "@id": `${KS}#image-wide`,
    url: "https://news.example.org/images/summit-wide.jpg",
    contentUrl: "https://news.example.org/images/summit-wide.jpg",
    caption: "Delegations at the opening session.",
    creditText: "Photo: Jane Doe",
    width: { "@type": "QuantitativeValue", value: 1600, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: 900, unitCode: "E37" },
    encodingFormat: "image/jpeg",
  });
  const article = nodeById(graph, `${KS}#article`);
  expect(article.isAccessibleForFree).toBe(false);
  expect((article.hasPart as unknown[]).slice(3)).toEqual([
    { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywall" },
    { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".premium-content" },
  ]);
});

test("the kitchen sink's dates: instants keep their offset, partial dates their precision, local times their zone", () => {
  const graph = graphOf(toJsonLd(kitchenSink));
  const article = nodeById(graph, `${KS}#article`);
  expect([article.datePublished, article.dateModified, article.dateCreated]).toEqual([
    "2025-07-09T14:05:00+04:00",
    "2025-07-10T09:30:15.250+04:00",
    "2025-07-09T08:00:00Z",
  ]);
  const dates = (fragment: string) => {
    const node = nodeById(graph, `${KS}#${fragment}`);
    return [node.startDate ?? node.dateCreated, node.endDate];
  };
  expect(dates("event-summit")).toEqual(["2025-07-08T09:00:00+04:00", "2025-07-10T18:00:00+04:00"]);
  expect(dates("event-session")).toEqual(["2025-07-09T10:00:00+04:00", "2025-07-09T12:30:00+04:00"]);
  expect(dates("event-meeting")).toEqual(["2025-07-09", undefined]);
  expect(dates("event-visit")).toEqual(["2025-08", undefined]);
  expect(dates("event-historical")).toEqual(["1918", undefined]);
  expect(dates("quote-1")).toEqual(["2025-07-09T10:15:00+04:00", undefined]);
  expect(dates("quote-2")).toEqual(["2025-07", undefined]);
  expect(dates("quote-3")).toEqual(["2025-07-09", undefined]);
});

test("alternateName and sameAs are one string for one value and a list for several", () => {
  const graph = graphOf(toJsonLd(kitchenSink));
  expect(nodeById(graph, `${KS}#person-jane-doe`).alternateName).toBe("Jane Q. Doe");
  expect(nodeById(graph, `${KS}#person-jane-doe`).sameAs).toBe("https://www.wikidata.org/wiki/Q4115189");
  expect(nodeById(graph, `${KS}#person-ali-aliyev`).alternateName).toEqual(["Əli Əliyev", "Али Алиев"]);
  expect(nodeById(graph, `${KS}#person-ali-aliyev`).sameAs).toEqual([
    "https://www.wikidata.org/wiki/Q1",
    "https://en.wikipedia.org/wiki/Example",
  ]);
});

// Any valid article.

test("property: the JSON-LD of any valid article, graph and nested form, passes the schema.org check (1,000 runs)", () => {
  fc.assert(
    fc.property(articlePayload(), (payload) => {
      const article = parseArticle(payload);
      for (const document of [toJsonLd(article), toJsonLd(article, { graph: false })]) {
        expect(checkVocabulary(document)).toEqual({ names: [], domain: [], range: [] });
      }
    }),
    runs,
  );
});
