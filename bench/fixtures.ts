/**
 * Payloads for the benchmarks: the founding article, a generated article with 50 entities and 30
 * quotes, and an invalid one with ten problems. Deterministic, so runs compare.
 */
import { readFileSync } from "node:fs";

/** The founding article's payload, as JSON text. */
export const foundingText = readFileSync(
  new URL("../examples/khankendi-visit.json", import.meta.url),
  "utf8",
);

/** The founding article's payload. */
export const founding: Record<string, unknown> = JSON.parse(foundingText);

/** An article with 20 people, 10 organizations, 10 places, 10 events (50 entities) and 30 quotes. */
export function largeArticle(index = 0): Record<string, unknown> {
  const body: string[] = [];
  const quotes: Record<string, unknown>[] = [];
  for (let q = 0; q < 30; q++) {
    const words = `Statement number ${q} of article ${index} says the harbour reopens in spring`;
    body.push(`Reporters heard this on the pier. “${words},” said the speaker. The crowd listened.`);
    quotes.push({
      id: `quote:${q + 1}`,
      text: words,
      speaker: `person:p${q % 20}`,
      kind: "direct",
      paragraph: q,
      event: `event:e${q % 10}`,
    });
  }
  return {
    url: `https://news.example.org/harbour/${index}`,
    headline: `Harbour reopens, article ${index}`,
    language: "en",
    datePublished: "2025-07-09T14:05:00+04:00",
    dateModified: "2025-07-09T16:30:00+04:00",
    timeZone: "Asia/Baku",
    authors: ["person:p0", "person:p1"],
    publisher: "org:o0",
    body,
    people: Array.from({ length: 20 }, (_, p) => ({
      id: `person:p${p}`,
      name: `Person Number${p}`,
      jobTitle: "Harbour master",
      affiliation: `org:o${p % 10}`,
      sameAs: [`https://www.wikidata.org/wiki/Q${1000 + p}`],
    })),
    organizations: Array.from({ length: 10 }, (_, o) => ({
      id: `org:o${o}`,
      name: `Organization ${o}`,
      kind: o === 0 ? "news-media" : "government",
      url: `https://org${o}.example.org/`,
    })),
    locations: Array.from({ length: 10 }, (_, l) => ({
      id: `place:l${l}`,
      name: `Place ${l}`,
      kind: l === 0 ? "country" : "city",
      ...(l === 0 ? { timeZone: "Asia/Baku", address: { country: "AZ" } } : { containedIn: "place:l0" }),
      geo: { latitude: 40 + l / 10, longitude: 49 + l / 10 },
    })),
    events: Array.from({ length: 10 }, (_, e) => ({
      id: `event:e${e}`,
      name: `Event ${e}`,
      kind: e === 0 ? "conference" : "session",
      ...(e === 0 ? {} : { partOf: "event:e0" }),
      location: `place:l${e}`,
      startDate: `2025-07-0${1 + (e % 9)} 10:00`,
      endDate: `2025-07-0${1 + (e % 9)} 12:30`,
      participants: [`person:p${e}`, `person:p${e + 10}`],
    })),
    quotes,
  };
}

/** The founding article with ten distinct problems. */
export function invalidArticle(): Record<string, unknown> {
  const payload = structuredClone(founding) as Record<string, unknown> & {
    people: Record<string, unknown>[];
    events: Record<string, unknown>[];
    quotes: Record<string, unknown>[];
    locations: Record<string, unknown>[];
  };
  payload.headline = "";
  payload.url = "javascript:alert(1)";
  payload.language = "not a language!";
  payload.dateModified = "2025-07-01T10:00:00+04:00";
  payload.authors = ["person:nobody"];
  (payload.people[1] as Record<string, unknown>).affiliation = "place:khankendi";
  (payload.events[4] as Record<string, unknown>).endDate = "1700";
  (payload.quotes[2] as Record<string, unknown>).text = "Words that were never said.";
  (payload.locations[0] as Record<string, unknown>).containedIn = "place:garabagh-university-arts-campus";
  (payload.locations[1] as Record<string, unknown>).geo = { latitude: 91, longitude: 46 };
  return payload;
}
