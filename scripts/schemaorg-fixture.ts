/**
 * Copies the few schema.org 30.0 facts the JSON-LD tests need from ../shared/schemaorg into
 * tests/fixtures: the superclasses of every type we write, domainIncludes and rangeIncludes of every
 * property we write, the members of the enumerations we use, and the JSON-LD context file.
 * Run with `npm run fixtures` (needs ../shared; not part of the test run). Fails if a name we use is
 * not in the vocabulary.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";

const shared = new URL("../../shared/schemaorg/", import.meta.url);
const out = new URL("../tests/fixtures/", import.meta.url);

const TYPES = [
  "NewsArticle",
  "Person",
  "Organization",
  "NewsMediaOrganization",
  "GovernmentOrganization",
  "CollegeOrUniversity",
  "School",
  "PoliticalParty",
  "NGO",
  "Corporation",
  "Place",
  "Country",
  "AdministrativeArea",
  "City",
  "EventVenue",
  "LandmarksOrHistoricalBuildings",
  "Event",
  "MusicEvent",
  "ExhibitionEvent",
  "Festival",
  "SportsEvent",
  "EducationEvent",
  "Quotation",
  "Claim",
  "ImageObject",
  "PostalAddress",
  "GeoCoordinates",
  "QuantitativeValue",
  "WebPageElement",
  "Text",
  "URL",
  "Date",
  "DateTime",
  "Number",
  "Integer",
  "Boolean",
  "CssSelectorType",
  "EventStatusType",
  "EventAttendanceModeEnumeration",
];
const PROPERTIES = [
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
  "cssSelector",
  "name",
  "givenName",
  "familyName",
  "honorificPrefix",
  "alternateName",
  "jobTitle",
  "affiliation",
  "sameAs",
  "logo",
  "parentOrganization",
  "address",
  "streetAddress",
  "addressLocality",
  "addressRegion",
  "postalCode",
  "addressCountry",
  "geo",
  "latitude",
  "longitude",
  "containedInPlace",
  "startDate",
  "endDate",
  "location",
  "organizer",
  "attendee",
  "superEvent",
  "subEvent",
  "eventStatus",
  "eventAttendanceMode",
  "text",
  "creator",
  "recordedAt",
  "isPartOf",
  "contentUrl",
  "caption",
  "creditText",
  "width",
  "height",
  "encodingFormat",
  "value",
  "unitCode",
];
const ENUMERATIONS = ["EventStatusType", "EventAttendanceModeEnumeration"];

interface VocabNode {
  "@id": string;
  "@type"?: string | string[];
  "rdfs:subClassOf"?: { "@id": string } | { "@id": string }[];
  "schema:domainIncludes"?: { "@id": string } | { "@id": string }[];
  "schema:rangeIncludes"?: { "@id": string } | { "@id": string }[];
}

const vocab = JSON.parse(readFileSync(new URL("vocab.jsonld", shared), "utf8")) as { "@graph": VocabNode[] };
const byId = new Map(vocab["@graph"].map((node) => [node["@id"], node]));
const names = (value: VocabNode["rdfs:subClassOf"]) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value])
    .map((ref) => ref["@id"])
    .filter((id) => id.startsWith("schema:"))
    .map((id) => id.slice("schema:".length));

function node(name: string): VocabNode {
  const found = byId.get(`schema:${name}`);
  if (found === undefined) throw new Error(`schema:${name} is not in schema.org 30.0`);
  return found;
}

const types: Record<string, string[]> = {};
const pending = [...TYPES];
while (pending.length > 0) {
  const name = pending.pop() as string;
  if (name in types) continue;
  const superclasses = names(node(name)["rdfs:subClassOf"]);
  types[name] = superclasses;
  pending.push(...superclasses);
}
const properties: Record<string, { domain: string[]; range: string[] }> = {};
for (const name of PROPERTIES) {
  const found = node(name);
  properties[name] = {
    domain: names(found["schema:domainIncludes"]),
    range: names(found["schema:rangeIncludes"]),
  };
}
const enumerations: Record<string, string[]> = {};
for (const name of ENUMERATIONS) {
  enumerations[name] = vocab["@graph"]
    .filter((item) => [item["@type"]].flat().includes(`schema:${name}`))
    .map((item) => item["@id"].slice("schema:".length))
    .sort();
}

const facts = {
  source: "schema.org 30.0 (schemaorg-current-https.jsonld), copied by scripts/schemaorg-fixture.ts",
  types,
  properties,
  enumerations,
};
writeFileSync(new URL("schemaorg-facts.json", out), `${JSON.stringify(facts, null, 2)}\n`);
copyFileSync(new URL("context.jsonld", shared), new URL("schemaorg-context.jsonld", out));
console.log(`${Object.keys(types).length} types, ${Object.keys(properties).length} properties written`);
