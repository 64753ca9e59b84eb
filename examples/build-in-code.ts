/**
 * Building an article in code: a plain payload object, as an editor or a CMS would make it, with an
 * author given inline (validation moves her into `people` and gives her an id), entities in their
 * registries, a direct quote, and local times ("2025-10-25 18:30") that are read in the article's
 * zone, Europe/Lisbon, and come out with their offsets. Then what the same payload gives when one of
 * its local times falls in the hour that happens twice when the clocks go back.
 *
 * Run: `npx tsx examples/build-in-code.ts`. Everything here is invented, at news.example.org.
 */
import {
  formatIssues,
  type JsonLdNode,
  type JsonLdValue,
  serializeArticle,
  toJsonLd,
  validateArticle,
} from "newsmodel";

const payload = {
  url: "https://news.example.org/culture/harbour-lights-festival",
  headline: "Harbour Lights festival opens on the waterfront",
  // A local time: no offset. It is read in the article's `timeZone`, never in the machine's zone.
  datePublished: "2025-10-25 18:30",
  timeZone: "Europe/Lisbon",
  language: "en",
  // Inline: validation moves the author into `people` as "person:marta-example".
  authors: [{ name: "Marta Example", url: "https://news.example.org/authors/marta-example" }],
  publisher: "org:news-example",
  organizations: [
    { id: "org:news-example", name: "News Example", kind: "news-media", url: "https://news.example.org/" },
  ],
  locations: [{ id: "place:old-harbour", name: "Old Harbour", kind: "venue", timeZone: "Europe/Lisbon" }],
  events: [
    {
      id: "event:harbour-lights",
      name: "Harbour Lights",
      kind: "festival",
      // Read in the zone of the event's place. The night the festival ends, the clocks go back at 02:00.
      startDate: "2025-10-25 19:00",
      endDate: "2025-10-26 03:00",
      location: "place:old-harbour",
    },
  ],
  about: ["event:harbour-lights"],
  body: [
    "The Harbour Lights festival opened on the waterfront at seven in the evening.",
    "“We waited all year for this night,” said Rui Example, who runs the ferry.",
  ],
  quotes: [
    {
      text: "We waited all year for this night.",
      speaker: { name: "Rui Example" }, // inline too: a person
      paragraph: 1,
      event: "event:harbour-lights",
    },
  ],
};

/** Whether a JSON-LD value is a node (an object), rather than text, a number or a list. */
function isNode(value: JsonLdValue | undefined): value is JsonLdNode {
  return typeof value === "object" && !Array.isArray(value);
}

const result = validateArticle(payload);
if (!result.ok) {
  console.log(formatIssues(result.issues));
  process.exit(1);
}
console.log(`valid: ${result.ok}, ${result.issues.length} issues, ${result.warnings.length} warnings`);

// The normalised payload: what to store, and what `validateArticle` reads back to the same article.
const normalised = serializeArticle(result.value);
console.log(`headline       ${normalised.headline}`);
console.log(`datePublished  ${normalised.datePublished}`);
console.log(`authors        ${normalised.authors.join(", ")}`);
console.log(
  `people         ${(normalised.people ?? []).map((person) => `${person.id} (${person.name})`).join(", ")}`,
);
for (const event of normalised.events ?? []) {
  console.log(`event          ${event.name}: ${event.startDate} to ${event.endDate}`);
}
for (const quote of normalised.quotes ?? []) {
  console.log(`quote          ${quote.id}, ${quote.kind}, by ${quote.speaker}: “${quote.text}”`);
}

// The JSON-LD: the NewsArticle node refers to its authors by @id; their names are on their own nodes.
const jsonLd = toJsonLd(result.value);
const graphValue: JsonLdValue | undefined = jsonLd["@graph"];
const graph = (Array.isArray(graphValue) ? graphValue : [jsonLd]).filter(isNode);
const articleNode = graph.find((node) => node["@type"] === "NewsArticle");
const byId = new Map(graph.map((node) => [node["@id"], node]));
const authorRefs = articleNode?.author;
const authorNames = (Array.isArray(authorRefs) ? authorRefs : [authorRefs]).map((reference) =>
  isNode(reference) ? byId.get(reference["@id"])?.name : undefined,
);
console.log(`JSON-LD        ${String(articleNode?.["@type"])}, headline "${String(articleNode?.headline)}"`);
console.log(`JSON-LD author ${authorNames.join(", ")}`);

// The same payload with the festival ending at 01:30 on 26 October: Lisbon lived that half hour twice.
const ambiguous = validateArticle({
  ...payload,
  events: [{ ...payload.events[0], endDate: "2025-10-26 01:30" }],
});
console.log();
console.log(`ending at 01:30 instead: valid: ${ambiguous.ok}`);
console.log(formatIssues(ambiguous.issues));
