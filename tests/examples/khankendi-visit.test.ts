/**
 * The founding article as a payload (`examples/khankendi-visit.json`): not only that it validates,
 * but that it says what the article says: who wrote it, who spoke and what they said, the conference
 * and its parts, the historical events, the places and how they contain each other, and when it was
 * published.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import {
  formatDateTime,
  isInstant,
  parseArticle,
  parseDateTime,
  serializeArticle,
  validateArticle,
} from "../../src/index.js";

const examplePath = new URL("../../examples/khankendi-visit.json", import.meta.url);
const seedPath = new URL("../../../shared/seed/khankendi-visit.txt", import.meta.url);

const payload: unknown = JSON.parse(readFileSync(examplePath, "utf8"));
const article = parseArticle(payload);

/** The entity with this id in a registry; throws if there is none. */
function byId<T extends { readonly id: string }>(registry: readonly T[], id: string | undefined): T {
  const found = registry.find((entity) => entity.id === id);
  if (found === undefined) throw new Error(`no entity with id ${String(id)}`);
  return found;
}

const person = (id: string | undefined) => byId(article.people, id);
const organization = (id: string | undefined) => byId(article.organizations, id);
const location = (id: string | undefined) => byId(article.locations, id);
const event = (id: string | undefined) => byId(article.events, id);
const quote = (id: string) => byId(article.quotes, id);

/** The name of the person or organization with this id. */
function agentName(id: string | undefined): string {
  const agent = [...article.people, ...article.organizations].find((entity) => entity.id === id);
  if (agent === undefined) throw new Error(`no person or organization with id ${String(id)}`);
  return agent.name;
}

/** The spans of a paragraph between “ and ”, without the marks. */
function quotedSpans(paragraph: string): string[] {
  return [...paragraph.matchAll(/“([^“”]*)”/gu)].map((match) => match[1] ?? "");
}

/** A sentence without its closing full stop or comma (“…100 years,” he said ⇄ …100 years.). */
function withoutClosingPunctuation(text: string): string {
  return text.replace(/[.,]$/u, "");
}

/** The paragraph a quote says it stands in. */
function paragraphOf(id: string): string {
  const index = quote(id).paragraph;
  if (index === undefined) throw new Error(`${id} has no paragraph`);
  const paragraph = article.body[index];
  if (paragraph === undefined) throw new Error(`${id}: no paragraph ${index}`);
  return paragraph;
}

test("the example validates with no issues and no warnings", () => {
  const result = validateArticle(payload);
  expect(result.issues).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.ok).toBe(true);
});

test("the headline is the README's (the article has none) and the language is English", () => {
  expect(article.headline).toBe("Diplomats visit Khankendi");
  expect(article.language).toBe("en");
  expect(article.timeZone).toBe("Asia/Baku");
});

test("the one author is Qabil Ashirov, a person", () => {
  expect(article.authors).toEqual(["person:qabil-ashirov"]);
  const author = person(article.authors[0]);
  expect(author.name).toBe("Qabil Ashirov");
  expect(author.givenName).toBe("Qabil");
  expect(author.familyName).toBe("Ashirov");
  expect(article.organizations.map((org) => org.id)).not.toContain("person:qabil-ashirov");
});

test("Elnur Mammadov is Deputy Foreign Minister, of the Ministry of Foreign Affairs (government)", () => {
  const mammadov = person("person:elnur-mammadov");
  expect(mammadov.name).toBe("Elnur Mammadov");
  expect(mammadov.jobTitle).toBe("Deputy Foreign Minister");
  const ministry = organization(mammadov.affiliation);
  expect(ministry.name).toBe("Ministry of Foreign Affairs of the Republic of Azerbaijan");
  expect(ministry.kind).toBe("government");
});

test("Sabuhi Gahramanov's job title is the article's, and he is affiliated with a government body", () => {
  const gahramanov = person("person:sabuhi-gahramanov");
  expect(gahramanov.name).toBe("Sabuhi Gahramanov");
  expect(gahramanov.jobTitle).toBe(
    "Deputy Special Representative of the President of Azerbaijan in Khankendi, Aghdara, and Khojaly",
  );
  expect(organization(gahramanov.affiliation).kind).toBe("government");
});

test("there are five direct quotes: two by Mammadov, three by Gahramanov", () => {
  const direct = article.quotes.filter((q) => q.kind === "direct").map((q) => [q.id, q.speaker]);
  expect(direct).toEqual([
    ["quote:3", "person:elnur-mammadov"],
    ["quote:5", "person:elnur-mammadov"],
    ["quote:7", "person:sabuhi-gahramanov"],
    ["quote:10", "person:sabuhi-gahramanov"],
    ["quote:12", "person:sabuhi-gahramanov"],
  ]);
});

test("Mammadov on the history of Khankendi, in quotation marks in paragraph 3", () => {
  const q = quote("quote:3");
  expect(q.text).toBe(
    "Khankendi was founded by the Garabagh Khanate in 1823. Armenians were relocated to this ancient Azerbaijani land in 1923 by the Russian Empire. During the local anti-terror operations carried out by the Azerbaijani Armed Forces in 2023, historical justice was restored after 100 years.",
  );
  expect(agentName(q.speaker)).toBe("Elnur Mammadov");
  expect(q.paragraph).toBe(3);
  expect(quotedSpans(paragraphOf("quote:3")).map(withoutClosingPunctuation)).toContain(
    withoutClosingPunctuation(q.text),
  );
});

test("Mammadov on international events and pride, in quotation marks in paragraph 4", () => {
  const q = quote("quote:5");
  expect(q.text).toBe(
    "Today, Khankendi is hosting international events. The large-scale reconstruction efforts in this ancient Azerbaijani city fill our hearts with pride.",
  );
  expect(agentName(q.speaker)).toBe("Elnur Mammadov");
  expect(q.paragraph).toBe(4);
  expect(quotedSpans(paragraphOf("quote:5")).map(withoutClosingPunctuation)).toContain(
    withoutClosingPunctuation(q.text),
  );
});

test("Gahramanov on strength and reintegration, in quotation marks in paragraph 6", () => {
  const q = quote("quote:7");
  expect(q.text).toBe(
    "These efforts demonstrate not only Azerbaijan’s strength but also its strategic vision and administrative capabilities. Reintegration in these areas goes beyond physical presence — it involves legal, social, economic, and cultural reintegration into state policy.",
  );
  expect(agentName(q.speaker)).toBe("Sabuhi Gahramanov");
  expect(q.paragraph).toBe(6);
  expect(quotedSpans(paragraphOf("quote:7")).map(withoutClosingPunctuation)).toContain(
    withoutClosingPunctuation(q.text),
  );
});

test("Gahramanov on the Great Return and 13,000 people, in quotation marks in paragraph 8", () => {
  const q = quote("quote:10");
  expect(q.text).toBe(
    "This is one of the largest social programs in our modern history. Dignified living conditions are being created for every family. Currently, around 13,000 people — including returnees, government and private sector employees, and their families — have been resettled in Khankendi, Aghdara, and Khojaly.",
  );
  expect(agentName(q.speaker)).toBe("Sabuhi Gahramanov");
  expect(q.paragraph).toBe(8);
  expect(quotedSpans(paragraphOf("quote:10")).map(withoutClosingPunctuation)).toContain(
    withoutClosingPunctuation(q.text),
  );
});

test("Gahramanov on why the visit matters, in quotation marks in paragraph 9", () => {
  const q = quote("quote:12");
  expect(q.text).toBe(
    "This visit is crucial for Azerbaijan’s diplomatic staff to gain firsthand knowledge of the developments in liberated territories and to convey this reality to the international community.",
  );
  expect(agentName(q.speaker)).toBe("Sabuhi Gahramanov");
  expect(q.paragraph).toBe(9);
  expect(quotedSpans(paragraphOf("quote:12"))).toContain(q.text);
});

test("every direct quote, quote marks removed, stands word for word in its paragraph", () => {
  const unquoted = (text: string) => text.replace(/[“”]/gu, "");
  for (const q of article.quotes.filter((candidate) => candidate.kind === "direct")) {
    expect(unquoted(paragraphOf(q.id)), q.id).toContain(withoutClosingPunctuation(unquoted(q.text)));
  }
});

test("the paraphrased statements are paraphrases, by the right speakers", () => {
  const paraphrases = article.quotes
    .filter((q) => q.kind === "paraphrase")
    .map((q) => [q.id, agentName(q.speaker), q.paragraph]);
  expect(paraphrases).toEqual([
    ["quote:1", organization("org:restoration-service-pr").name, 1],
    ["quote:2", "Elnur Mammadov", 2],
    ["quote:4", "Elnur Mammadov", 4],
    ["quote:6", "Sabuhi Gahramanov", 5],
    ["quote:8", "Sabuhi Gahramanov", 7],
    ["quote:9", "Sabuhi Gahramanov", 8],
    ["quote:11", "Sabuhi Gahramanov", 9],
  ]);
});

test("the delegation's tour is reported by the Public Relations Department, an organization", () => {
  const q = quote("quote:1");
  expect(q.kind).toBe("paraphrase");
  expect(q.speaker).toBe("org:restoration-service-pr");
  expect(article.people.map((p) => p.id)).not.toContain(q.speaker);
  const department = organization(q.speaker);
  expect(department.name).toBe(
    "Public Relations Department of the Restoration, Construction, and Management Service for Khankendi, Aghdara, and Khojaly districts",
  );
  expect(department.kind).toBe("government");
  expect(organization(department.parentOrganization).name).toBe(
    "Restoration, Construction, and Management Service for Khankendi, Aghdara, and Khojaly districts",
  );
  expect(q.event).toBe("event:visit-to-khankendi");
});

test("Mammadov and Gahramanov spoke at the special session, and both took part in it", () => {
  const spoken = article.quotes.filter((q) => q.speaker !== "org:restoration-service-pr");
  expect(spoken).toHaveLength(11);
  for (const q of spoken) expect(q.event, q.id).toBe("event:special-session");
  expect(event("event:special-session").participants).toEqual([
    "person:elnur-mammadov",
    "person:sabuhi-gahramanov",
  ]);
});

test("the conference: its name and its theme", () => {
  const conference = event("event:conference");
  expect(conference.name).toBe("9th Conference of Heads of Azerbaijan’s Diplomatic Service Institutions");
  expect(conference.kind).toBe("conference");
  expect(conference.description).toContain(
    "“Azerbaijan’s Foreign Policy after the Restoration of Sovereignty: Priorities and Challenges”",
  );
  expect(conference.partOf).toBeUndefined();
});

test("the visit, the special session and the concert are the conference's parts", () => {
  const parts = article.events.filter((e) => e.partOf === "event:conference").map((e) => e.id);
  expect(parts).toEqual(["event:visit-to-khankendi", "event:special-session", "event:concert"]);
});

test("the visit was to Khankendi", () => {
  const visit = event("event:visit-to-khankendi");
  expect(visit.kind).toBe("visit");
  expect(visit.partOf).toBe("event:conference");
  expect(location(visit.location).name).toBe("Khankendi");
});

test("the special session was at Garabagh University", () => {
  const session = event("event:special-session");
  expect(session.kind).toBe("session");
  expect(session.partOf).toBe("event:conference");
  expect(session.location).toBe("place:garabagh-university");
  expect(location(session.location).name).toBe("Garabagh University");
});

test("the concert was at the arts campus of Garabagh University, by the university", () => {
  const concert = event("event:concert");
  expect(concert.kind).toBe("concert");
  expect(concert.partOf).toBe("event:conference");
  expect(concert.location).toBe("place:garabagh-university-arts-campus");
  expect(location(concert.location).name).toBe("Arts campus of Garabagh University");
  expect(organization(concert.organizer).name).toBe("Garabagh University");
});

test("1823: Khankendi founded by the Garabagh Khanate", () => {
  const founding = event("event:founding-of-khankendi");
  expect(founding.startDate).toEqual({ precision: "year", year: 1823 });
  expect(founding.endDate).toBeUndefined();
  expect(agentName(founding.organizer)).toBe("Garabagh Khanate");
  expect(location(founding.location).name).toBe("Khankendi");
});

test("1923: Armenians relocated to Khankendi by the Russian Empire", () => {
  const relocation = event("event:relocation-of-armenians");
  expect(relocation.startDate).toEqual({ precision: "year", year: 1923 });
  expect(relocation.endDate).toBeUndefined();
  expect(agentName(relocation.organizer)).toBe("Russian Empire");
  expect(location(relocation.location).name).toBe("Khankendi");
});

test("2023: local anti-terror operations by the Azerbaijani Armed Forces", () => {
  const operations = event("event:anti-terror-operations");
  expect(operations.startDate).toEqual({ precision: "year", year: 2023 });
  expect(operations.endDate).toBeUndefined();
  expect(operations.kind).toBe("military-operation");
  const forces = organization(operations.organizer);
  expect(forces.name).toBe("Azerbaijani Armed Forces");
  expect(forces.kind).toBe("armed-forces");
});

test("the historical events are the article's mentions, with their years written as years", () => {
  expect(article.mentions).toEqual(
    expect.arrayContaining([
      "event:founding-of-khankendi",
      "event:relocation-of-armenians",
      "event:anti-terror-operations",
    ]),
  );
  const written = serializeArticle(article).events?.map((e) => [e.id, e.startDate]);
  expect(written).toEqual(
    expect.arrayContaining([
      ["event:founding-of-khankendi", "1823"],
      ["event:relocation-of-armenians", "1923"],
      ["event:anti-terror-operations", "2023"],
    ]),
  );
});

test("the arts campus is in Garabagh University, in Khankendi, in Azerbaijan", () => {
  const chain: string[] = [];
  const kinds: (string | undefined)[] = [];
  let id: string | undefined = "place:garabagh-university-arts-campus";
  while (id !== undefined && chain.length < 10) {
    const place = location(id);
    chain.push(place.name);
    kinds.push(place.kind);
    id = place.containedIn;
  }
  expect(chain).toEqual([
    "Arts campus of Garabagh University",
    "Garabagh University",
    "Khankendi",
    "Azerbaijan",
  ]);
  expect(kinds).toEqual(["campus", "campus", "city", "country"]);
});

test("Aghdara and Khojaly are in Azerbaijan", () => {
  expect(location("place:aghdara").name).toBe("Aghdara");
  expect(location("place:aghdara").containedIn).toBe("place:azerbaijan");
  expect(location("place:khojaly").name).toBe("Khojaly");
  expect(location("place:khojaly").containedIn).toBe("place:azerbaijan");
});

test("Khankendi is also written Xankəndi", () => {
  expect(location("place:khankendi").alternateNames).toEqual(["Xankəndi"]);
});

test("Azerbaijan: country AZ, zone Asia/Baku", () => {
  const azerbaijan = location("place:azerbaijan");
  expect(azerbaijan.kind).toBe("country");
  expect(azerbaijan.address).toEqual({ country: "AZ" });
  expect(azerbaijan.timeZone).toBe("Asia/Baku");
  expect(azerbaijan.containedIn).toBeUndefined();
});

test("the dateline is the article's, and reads as the same instant and offset as datePublished", () => {
  expect(article.dateline).toBe("9 July 2025 14:05 (UTC+04:00)");
  const read = parseDateTime(article.dateline);
  if (!read.ok) throw new Error(read.issue.message);
  expect(read.value.toMillis()).toBe(article.datePublished.toMillis());
  expect(read.value.offset).toBe(article.datePublished.offset);
});

test("datePublished is 2025-07-09T14:05:00+04:00, offset 240 minutes", () => {
  expect(isInstant(article.datePublished)).toBe(true);
  expect(formatDateTime(article.datePublished)).toBe("2025-07-09T14:05:00+04:00");
  expect(article.datePublished.offset).toBe(240);
  expect(article.datePublished.toUTC().toISO()).toBe("2025-07-09T10:05:00.000Z");
  expect(article.dateModified).toBeUndefined();
});

test("the publisher is the README's fictional News Example, on example.org", () => {
  const publisher = organization(article.publisher);
  expect(publisher.name).toBe("News Example");
  expect(publisher.kind).toBe("news-media");
  expect(publisher.url).toBe("https://news.example.org/");
  expect(new URL(publisher.url ?? "").hostname.endsWith("example.org")).toBe(true);
  expect(new URL(article.url ?? "").hostname.endsWith("example.org")).toBe(true);
});

test("Khankendi is what the article is about and where its content is", () => {
  expect(article.about).toEqual(["event:visit-to-khankendi", "place:khankendi"]);
  expect(article.contentLocation).toEqual(["place:khankendi"]);
});

test("the body has the article's eleven paragraphs", () => {
  expect(article.body).toHaveLength(11);
  expect(article.body[0]).toMatch(/^Participants of the 9th Conference/u);
  expect(article.body[10]).toMatch(/faculty and students\.$/u);
});

test.skipIf(!existsSync(seedPath))("every paragraph of the body is the seed article's, word for word", () => {
  // The seed: a line with the date, a line with the author, then paragraphs between blank lines.
  const blocks = readFileSync(seedPath, "utf8")
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== "");
  expect(blocks[0]).toContain("9 July 2025 14:05 (UTC+04:00)");
  expect(blocks[1]).toContain("Qabil Ashirov");
  expect(article.body).toEqual(blocks.slice(2));
});

test("the example is a normalised fixed point: serializeArticle(parseArticle(p)) equals p", () => {
  expect(serializeArticle(parseArticle(payload))).toEqual(payload);
});
