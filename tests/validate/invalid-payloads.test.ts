/**
 * Invalid article payloads: each a small variation of one valid base payload, each producing exactly
 * one error with an exact code and JSON Pointer, a message that names the field and quotes what was
 * found. Then unknown keys (warnings, dropped, no prototype pollution), inputs that are not objects,
 * and one payload with ten problems that reports all ten.
 */
import { describe, expect, test } from "vitest";
import { validateArticle } from "../../src/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A short, valid article: an author, a publisher, two places (one in the other), an event, a quote, an image. */
const BASE: JsonObject = {
  url: "https://news.example.org/politics/diplomats-visit-khankendi",
  headline: "Diplomats visit Khankendi",
  language: "en",
  dateline: "Khankendi",
  datePublished: "2025-07-09T14:05:00+04:00",
  timeZone: "Asia/Baku",
  authors: ["person:qabil-ashirov"],
  publisher: "org:news-example",
  image: ["image:delegation"],
  keywords: ["diplomacy", "Karabakh"],
  body: [
    "Participants of the 9th Conference of Heads of Diplomatic Service Institutions visited Khankendi.",
    "“Today, Khankendi is hosting international events,” said Deputy Foreign Minister Elnur Mammadov.",
  ],
  people: [
    {
      id: "person:qabil-ashirov",
      name: "Qabil Ashirov",
      url: "https://news.example.org/authors/qabil-ashirov",
    },
    { id: "person:elnur-mammadov", name: "Elnur Mammadov", jobTitle: "Deputy Foreign Minister" },
  ],
  organizations: [
    { id: "org:news-example", name: "News Example", kind: "news-media", url: "https://news.example.org/" },
  ],
  locations: [
    {
      id: "place:azerbaijan",
      name: "Azerbaijan",
      kind: "country",
      address: { country: "AZ" },
      timeZone: "Asia/Baku",
    },
    {
      id: "place:khankendi",
      name: "Khankendi",
      kind: "city",
      containedIn: "place:azerbaijan",
      geo: { latitude: 39.8153, longitude: 46.7519 },
    },
  ],
  events: [
    {
      id: "event:visit",
      name: "Visit to Khankendi",
      kind: "visit",
      status: "scheduled",
      location: "place:khankendi",
      startDate: "2025-07-09T10:00:00+04:00",
      endDate: "2025-07-09T18:00:00+04:00",
    },
  ],
  quotes: [
    {
      id: "quote:1",
      text: "Today, Khankendi is hosting international events.",
      speaker: "person:elnur-mammadov",
      kind: "direct",
      event: "event:visit",
      paragraph: 1,
    },
  ],
  images: [
    {
      id: "image:delegation",
      url: "https://news.example.org/images/delegation.jpg",
      caption: "The delegation in Khankendi.",
      width: 1600,
      height: 900,
      encodingFormat: "image/jpeg",
    },
  ],
};

type Edit = (payload: JsonObject) => void;

/** The container a JSON Pointer's last key lives in, and that key. */
function locate(payload: JsonObject, pointer: string): [Json[] | JsonObject, string] {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  if (last === undefined) throw new Error(`No key in pointer ${JSON.stringify(pointer)}`);
  let node: Json = payload;
  for (const key of keys) {
    if (node === null || typeof node !== "object") throw new Error(`Nothing at ${pointer}`);
    node = Array.isArray(node) ? (node[Number(key)] ?? null) : (node[key] ?? null);
  }
  if (node === null || typeof node !== "object") throw new Error(`Nothing at ${pointer}`);
  return [node, last];
}

/** Sets the value at a JSON Pointer. */
const set =
  (pointer: string, value: Json): Edit =>
  (payload) => {
    const [container, key] = locate(payload, pointer);
    if (Array.isArray(container)) container[Number(key)] = value;
    else container[key] = value;
  };

/** Removes the value at a JSON Pointer (a key of an object). */
const remove =
  (pointer: string): Edit =>
  (payload) => {
    const [container, key] = locate(payload, pointer);
    if (Array.isArray(container)) throw new Error(`remove() is for object keys: ${pointer}`);
    delete container[key];
  };

/** Appends a value to the list at a JSON Pointer. */
const append =
  (pointer: string, value: Json): Edit =>
  (payload) => {
    const [container, key] = locate(payload, pointer);
    const list = Array.isArray(container) ? container[Number(key)] : container[key];
    if (!Array.isArray(list)) throw new Error(`No list at ${pointer}`);
    list.push(value);
  };

/** The base payload with some edits. */
function variant(...edits: Edit[]): JsonObject {
  const payload = structuredClone(BASE);
  for (const edit of edits) edit(payload);
  return payload;
}

/** A path as the issue's `path` holds it, from a JSON Pointer (indexes as numbers). */
function pathOf(pointer: string): (string | number)[] {
  return pointer
    .split("/")
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key.replaceAll("~1", "/").replaceAll("~0", "~")));
}

interface InvalidCase {
  /** What is wrong. */
  readonly label: string;
  /** How the base payload is changed. */
  readonly edits: readonly Edit[];
  /** The one error it must produce. */
  readonly code: string;
  readonly pointer: string;
  /** How the message names the field. */
  readonly field: string;
  /** What the message must say was found (quoted, where there is something to quote). */
  readonly found: string;
}

const long = (length: number): string => "x".repeat(length);
const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `Name ${index}`);

const cases: readonly InvalidCase[] = [
  // Required fields.
  {
    label: "no headline",
    edits: [remove("/headline")],
    code: "required",
    pointer: "/headline",
    field: "headline",
    found: "found nothing",
  },
  {
    label: "no datePublished",
    edits: [remove("/datePublished")],
    code: "required",
    pointer: "/datePublished",
    field: "datePublished",
    found: "found nothing",
  },
  {
    label: "no authors",
    edits: [remove("/authors")],
    code: "required",
    pointer: "/authors",
    field: "authors",
    found: "found nothing",
  },
  {
    label: "an empty list of authors",
    edits: [set("/authors", [])],
    code: "too_few",
    pointer: "/authors",
    field: "authors",
    found: "at least 1 item, but found 0",
  },
  {
    label: "a person without a name",
    edits: [remove("/people/1/name")],
    code: "required",
    pointer: "/people/1/name",
    field: "people[1].name",
    found: "found nothing",
  },
  {
    label: "a quote without a speaker",
    edits: [remove("/quotes/0/speaker")],
    code: "required",
    pointer: "/quotes/0/speaker",
    field: "quotes[0].speaker",
    found: "found nothing",
  },
  // Wrong types.
  {
    label: "a number for the headline",
    edits: [set("/headline", 42)],
    code: "invalid_type",
    pointer: "/headline",
    field: "headline",
    found: "to be text, but found the number 42",
  },
  {
    label: "a string for the body",
    edits: [set("/body", "Participants visited Khankendi.")],
    code: "invalid_type",
    pointer: "/body",
    field: "body",
    found: 'to be a list, but found "Participants visited Khankendi."',
  },
  {
    label: "an object for the keywords",
    edits: [set("/keywords", { tag: "diplomacy" })],
    code: "invalid_type",
    pointer: "/keywords",
    field: "keywords",
    found: "to be a list, but found",
  },
  {
    label: "a string for isAccessibleForFree",
    edits: [set("/isAccessibleForFree", "no")],
    code: "invalid_type",
    pointer: "/isAccessibleForFree",
    field: "isAccessibleForFree",
    found: 'to be true or false, but found "no"',
  },
  {
    label: "a string for a latitude",
    edits: [set("/locations/1/geo/latitude", "39.8")],
    code: "invalid_type",
    pointer: "/locations/1/geo/latitude",
    field: "locations[1].geo.latitude",
    found: 'to be a number, but found "39.8"',
  },
  {
    label: "a fractional image width",
    edits: [set("/images/0/width", 1.5)],
    code: "invalid_type",
    pointer: "/images/0/width",
    field: "images[0].width",
    found: "to be a whole number, but found the number 1.5",
  },
  // Empty text.
  {
    label: "an empty headline",
    edits: [set("/headline", "")],
    code: "empty_text",
    pointer: "/headline",
    field: "headline",
    found: "to contain text",
  },
  {
    label: "a headline of spaces",
    edits: [set("/headline", "   \t ")],
    code: "empty_text",
    pointer: "/headline",
    field: "headline",
    found: "to contain text",
  },
  {
    label: "a headline of zero-width characters",
    edits: [set("/headline", "\u200B\u2060\uFEFF")],
    code: "empty_text",
    pointer: "/headline",
    field: "headline",
    found: "to contain text",
  },
  {
    label: "a person's name of zero-width characters and a space",
    edits: [set("/people/1/name", "\u200B \u200D")],
    code: "empty_text",
    pointer: "/people/1/name",
    field: "people[1].name",
    found: "to contain text",
  },
  {
    label: "an empty keyword",
    edits: [set("/keywords/1", "")],
    code: "empty_text",
    pointer: "/keywords/1",
    field: "keywords[1]",
    found: "to contain text",
  },
  // Too long, too many.
  {
    label: "a headline of 1,001 characters",
    edits: [set("/headline", long(1001))],
    code: "too_long",
    pointer: "/headline",
    field: "headline",
    found: "at most 1000 characters, but found 1001",
  },
  {
    label: "a person's name of 301 characters",
    edits: [set("/people/0/name", long(301))],
    code: "too_long",
    pointer: "/people/0/name",
    field: "people[0].name",
    found: "at most 300 characters, but found 301",
  },
  {
    label: "201 keywords",
    edits: [set("/keywords", names(201))],
    code: "too_many",
    pointer: "/keywords",
    field: "keywords",
    found: "at most 200 items, but found 201",
  },
  {
    label: "201 alternate names",
    edits: [set("/people/1/alternateNames", names(201))],
    code: "too_many",
    pointer: "/people/1/alternateNames",
    field: "people[1].alternateNames",
    found: "at most 200 items, but found 201",
  },
  // URLs.
  ...[
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "JaVaScRiPt:alert(1)",
    "/politics/diplomats-visit-khankendi",
    "https://editor:secret@news.example.org/politics",
    "ftp://news.example.org/politics",
  ].map(
    (url): InvalidCase => ({
      label: `the url ${url}`,
      edits: [set("/url", url)],
      code: "invalid_url",
      pointer: "/url",
      field: "url",
      found: `found "${url}"`,
    }),
  ),
  {
    label: "an image with a data: URL",
    edits: [set("/images/0/url", "data:image/png;base64,iVBORw0KGgo=")],
    code: "invalid_url",
    pointer: "/images/0/url",
    field: "images[0].url",
    found: 'found "data:image/png;base64,iVBORw0KGgo="',
  },
  {
    label: "an organization URL with a user name",
    edits: [set("/organizations/0/url", "https://editor@news.example.org/")],
    code: "invalid_url",
    pointer: "/organizations/0/url",
    field: "organizations[0].url",
    found: 'found "https://editor@news.example.org/"',
  },
  // Languages and countries.
  {
    label: "a language with an underscore",
    edits: [set("/language", "en_US")],
    code: "invalid_language",
    pointer: "/language",
    field: "language",
    found: 'found "en_US"',
  },
  {
    // BCP 47 allows five to eight letters for languages registered so, and none are.
    label: "a language named in a word",
    edits: [set("/language", "english")],
    code: "invalid_language",
    pointer: "/language",
    field: "language",
    found: 'found "english"',
  },
  {
    label: "a quote's language that is not a tag",
    edits: [set("/quotes/0/language", "not a tag")],
    code: "invalid_language",
    pointer: "/quotes/0/language",
    field: "quotes[0].language",
    found: 'found "not a tag"',
  },
  ...["AZE", "XX", "az", "ZZ", "UN"].map(
    (country): InvalidCase => ({
      label: `the country code ${country}`,
      edits: [set("/locations/0/address/country", country)],
      code: "invalid_country",
      pointer: "/locations/0/address/country",
      field: "locations[0].address.country",
      found: `found "${country}"`,
    }),
  ),
  // Numbers out of range.
  {
    label: "latitude 91",
    edits: [set("/locations/1/geo/latitude", 91)],
    code: "too_big",
    pointer: "/locations/1/geo/latitude",
    field: "locations[1].geo.latitude",
    found: "at most 90, but found the number 91",
  },
  {
    label: "longitude -181",
    edits: [set("/locations/1/geo/longitude", -181)],
    code: "too_small",
    pointer: "/locations/1/geo/longitude",
    field: "locations[1].geo.longitude",
    found: "at least -180, but found the number -181",
  },
  {
    label: "an image width of 0",
    edits: [set("/images/0/width", 0)],
    code: "too_small",
    pointer: "/images/0/width",
    field: "images[0].width",
    found: "at least 1, but found the number 0",
  },
  {
    label: "a negative quote paragraph",
    edits: [set("/quotes/0/paragraph", -1)],
    code: "too_small",
    pointer: "/quotes/0/paragraph",
    field: "quotes[0].paragraph",
    found: "at least 0, but found the number -1",
  },
  // Values outside an enumeration.
  {
    label: "an organization kind that does not exist",
    edits: [set("/organizations/0/kind", "newspaper")],
    code: "invalid_value",
    pointer: "/organizations/0/kind",
    field: "organizations[0].kind",
    found: 'found "newspaper"',
  },
  {
    label: "an event status spelled the American way",
    edits: [set("/events/0/status", "canceled")],
    code: "invalid_value",
    pointer: "/events/0/status",
    field: "events[0].status",
    found: 'found "canceled"',
  },
  {
    label: "an event kind that does not exist",
    edits: [set("/events/0/kind", "party")],
    code: "invalid_value",
    pointer: "/events/0/kind",
    field: "events[0].kind",
    found: 'found "party"',
  },
  {
    label: "a quote kind that does not exist",
    edits: [set("/quotes/0/kind", "indirect")],
    code: "invalid_value",
    pointer: "/quotes/0/kind",
    field: "quotes[0].kind",
    found: 'found "indirect"',
  },
  {
    label: "an image media type that is not an image's",
    edits: [set("/images/0/encodingFormat", "text/html")],
    code: "invalid_media_type",
    pointer: "/images/0/encodingFormat",
    field: "images[0].encodingFormat",
    found: 'found "text/html"',
  },
  // Ids.
  {
    label: "a quote id with a space",
    edits: [set("/quotes/0/id", "quote 1")],
    code: "invalid_id",
    pointer: "/quotes/0/id",
    field: "quotes[0].id",
    found: 'found "quote 1"',
  },
  {
    label: "a reference with a space",
    edits: [set("/authors/0", "person:qabil ashirov")],
    code: "invalid_id",
    pointer: "/authors/0",
    field: "authors[0]",
    found: 'found "person:qabil ashirov"',
  },
  // Dates, through the codecs.
  {
    label: "a local time in Asia/Baku's 2015 spring gap (the article's timeZone)",
    edits: [set("/datePublished", "2015-03-29 04:30")],
    code: "nonexistent_local_time",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found "2015-03-29 04:30",',
  },
  {
    label: "a local time in Asia/Baku's 2015 autumn overlap (the article's timeZone)",
    edits: [set("/datePublished", "2015-10-25 04:30")],
    code: "ambiguous_local_time",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found "2015-10-25 04:30",',
  },
  {
    label: "an event's local time in the gap, read in its place's zone",
    edits: [set("/events/0/startDate", "2015-03-29 04:30"), set("/events/0/endDate", "2015-03-29 18:00")],
    code: "nonexistent_local_time",
    pointer: "/events/0/startDate",
    field: "events[0].startDate",
    found: 'found "2015-03-29 04:30",',
  },
  {
    label: "a quote's local time in the overlap",
    edits: [set("/quotes/0/date", "2015-10-25 04:15")],
    code: "ambiguous_local_time",
    pointer: "/quotes/0/date",
    field: "quotes[0].date",
    found: 'found "2015-10-25 04:15",',
  },
  {
    label: "a local time with no timeZone anywhere",
    edits: [remove("/timeZone"), remove("/locations/0/timeZone"), set("/datePublished", "2025-07-09 14:05")],
    code: "missing_zone",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found the local time "2025-07-09 14:05"',
  },
  {
    label: "30 February",
    edits: [set("/datePublished", "2025-02-30T10:00:00+04:00")],
    code: "invalid_date",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found "2025-02-30T10:00:00+04:00"',
  },
  {
    label: "month 13 in an event's partial date",
    edits: [set("/events/0/startDate", "2025-13-01")],
    code: "invalid_date",
    pointer: "/events/0/startDate",
    field: "events[0].startDate",
    found: 'found "2025-13-01"',
  },
  {
    label: "a date in words no reader knows",
    edits: [set("/datePublished", "yesterday afternoon")],
    code: "unrecognized_format",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found "yesterday afternoon"',
  },
  {
    label: "a date without a time for datePublished",
    edits: [set("/datePublished", "2025-07-09")],
    code: "missing_time",
    pointer: "/datePublished",
    field: "datePublished",
    found: 'found only the date "2025-07-09"',
  },
  {
    label: "an empty datePublished",
    edits: [set("/datePublished", "")],
    code: "empty",
    pointer: "/datePublished",
    field: "datePublished",
    found: "found an empty text",
  },
  {
    label: "a number for datePublished",
    edits: [set("/datePublished", 20250709)],
    code: "invalid_type",
    pointer: "/datePublished",
    field: "datePublished",
    found: "found the number 20250709",
  },
  {
    label: "an article timeZone that does not exist",
    edits: [set("/timeZone", "Mars/Olympus")],
    code: "invalid_zone",
    pointer: "/timeZone",
    field: "timeZone",
    found: 'found "Mars/Olympus"',
  },
  {
    label: "a place's timeZone that does not exist",
    edits: [set("/locations/0/timeZone", "Europe/Atlantis")],
    code: "invalid_zone",
    pointer: "/locations/0/timeZone",
    field: "locations[0].timeZone",
    found: 'found "Europe/Atlantis"',
  },
  // References.
  {
    label: "a publisher that is not in the article",
    edits: [set("/publisher", "org:nobody")],
    code: "unresolved_reference",
    pointer: "/publisher",
    field: "publisher",
    found: 'found "org:nobody"',
  },
  {
    label: "an event location that is not in the article",
    edits: [set("/events/0/location", "place:baku")],
    code: "unresolved_reference",
    pointer: "/events/0/location",
    field: "events[0].location",
    found: 'found "place:baku"',
  },
  {
    label: "a place as author",
    edits: [set("/authors/0", "place:khankendi")],
    code: "wrong_reference_kind",
    pointer: "/authors/0",
    field: "authors[0]",
    found: 'found "place:khankendi", which is a place',
  },
  {
    label: "an event as speaker",
    edits: [set("/quotes/0/speaker", "event:visit")],
    code: "wrong_reference_kind",
    pointer: "/quotes/0/speaker",
    field: "quotes[0].speaker",
    found: 'found "event:visit", which is an event',
  },
  {
    label: "a person as the article's image",
    edits: [set("/image/0", "person:qabil-ashirov")],
    code: "wrong_reference_kind",
    pointer: "/image/0",
    field: "image[0]",
    found: 'found "person:qabil-ashirov", which is a person',
  },
  {
    label: "two people with one id",
    edits: [set("/people/1/id", "person:qabil-ashirov"), set("/quotes/0/speaker", "person:qabil-ashirov")],
    code: "duplicate_id",
    pointer: "/people/1/id",
    field: "people[1].id",
    found: 'found "person:qabil-ashirov", the id of people[0] too',
  },
  // Cycles.
  {
    label: "two places that contain each other",
    edits: [set("/locations/0/containedIn", "place:khankendi")],
    code: "containment_cycle",
    pointer: "/locations/0/containedIn",
    field: "locations[0].containedIn",
    found: 'comes back to "place:azerbaijan"',
  },
  {
    label: "three places in a ring",
    edits: [
      append("/locations", {
        id: "place:garabagh-university",
        name: "Garabagh University",
        kind: "campus",
        containedIn: "place:khankendi",
      }),
      set("/locations/0/containedIn", "place:garabagh-university"),
    ],
    code: "containment_cycle",
    pointer: "/locations/0/containedIn",
    field: "locations[0].containedIn",
    found: 'comes back to "place:azerbaijan"',
  },
  {
    label: "two events each part of the other",
    edits: [
      append("/events", { id: "event:conference", name: "9th Conference", partOf: "event:visit" }),
      set("/events/0/partOf", "event:conference"),
    ],
    code: "event_cycle",
    pointer: "/events/0/partOf",
    field: "events[0].partOf",
    found: 'comes back to "event:visit"',
  },
  {
    label: "two organizations each the parent of the other",
    edits: [
      append("/organizations", {
        id: "org:media-group",
        name: "Media Group",
        parentOrganization: "org:news-example",
      }),
      set("/organizations/0/parentOrganization", "org:media-group"),
    ],
    code: "organization_cycle",
    pointer: "/organizations/0/parentOrganization",
    field: "organizations[0].parentOrganization",
    found: 'comes back to "org:news-example"',
  },
  // Dates out of order.
  {
    label: "dateModified five minutes before datePublished",
    edits: [set("/dateModified", "2025-07-09T14:00:00+04:00")],
    code: "modified_before_published",
    pointer: "/dateModified",
    field: "dateModified",
    found: "found 2025-07-09T14:00:00+04:00",
  },
  {
    label: "an event that ends before it starts (instants)",
    edits: [set("/events/0/endDate", "2025-07-09T09:00:00+04:00")],
    code: "end_before_start",
    pointer: "/events/0/endDate",
    field: "events[0].endDate",
    found: "found 2025-07-09T09:00:00+04:00",
  },
  {
    label: "an event that ends before it starts (years: 2023 to 1999)",
    edits: [set("/events/0/startDate", "2023"), set("/events/0/endDate", "1999")],
    code: "end_before_start",
    pointer: "/events/0/endDate",
    field: "events[0].endDate",
    found: "(2023), but found 1999",
  },
  {
    label: "an event that ends two days before it starts (days: 10 July to 8 July)",
    edits: [set("/events/0/startDate", "2025-07-10"), set("/events/0/endDate", "2025-07-08")],
    code: "end_before_start",
    pointer: "/events/0/endDate",
    field: "events[0].endDate",
    found: "(2025-07-10), but found 2025-07-08",
  },
  {
    label: "an event that ends a month before it starts (months: July to June)",
    edits: [set("/events/0/startDate", "2025-07"), set("/events/0/endDate", "2025-06")],
    code: "end_before_start",
    pointer: "/events/0/endDate",
    field: "events[0].endDate",
    found: "(2025-07), but found 2025-06",
  },
  // Quotes.
  {
    label: "a quote in a paragraph the body does not have",
    edits: [set("/quotes/0/paragraph", 2)],
    code: "paragraph_out_of_range",
    pointer: "/quotes/0/paragraph",
    field: "quotes[0].paragraph",
    found: "(0 to 1), but found 2",
  },
  {
    label: "a direct quote whose words are not in the body",
    edits: [set("/quotes/0/text", "Khankendi is a quiet village.")],
    code: "misquote",
    pointer: "/quotes/0/text",
    field: "quotes[0].text",
    found: 'the body does not contain these words: "Khankendi is a quiet village."',
  },
  {
    label: "a direct quote that stands in another paragraph than the one given",
    edits: [set("/quotes/0/paragraph", 0)],
    code: "misquote",
    pointer: "/quotes/0/text",
    field: "quotes[0].text",
    found: 'it stands in paragraph 1, not 0: "Today, Khankendi is hosting international events."',
  },
  // Paywall.
  {
    label: "paywalled sections in an article free to read",
    edits: [set("/isAccessibleForFree", true), set("/paywalledSections", [".paywall"])],
    code: "paywall_conflict",
    pointer: "/isAccessibleForFree",
    field: "isAccessibleForFree",
    found: "found the boolean true",
  },
  // Inline entities.
  {
    label: "an inline entity in about without a type",
    edits: [set("/about", [{ name: "Karabakh" }])],
    code: "missing_entity_type",
    pointer: "/about/0",
    field: "about[0]",
    found: "found no type",
  },
  {
    label: "an inline entity in about of a type that does not exist",
    edits: [set("/about", [{ type: "planet", name: "Karabakh" }])],
    code: "invalid_entity_type",
    pointer: "/about/0/type",
    field: "about[0].type",
    found: 'found "planet"',
  },
  {
    label: "an inline author whose type is not an agent's",
    edits: [set("/authors/0", { type: "location", name: "Baku" })],
    code: "invalid_entity_type",
    pointer: "/authors/0/type",
    field: "authors[0].type",
    found: 'found "location"',
  },
  {
    label: "an inline author with a javascript: URL",
    edits: [set("/authors/0", { name: "Aysel Karimova", url: "javascript:alert(1)" })],
    code: "invalid_url",
    pointer: "/authors/0/url",
    field: "authors[0].url",
    found: 'found "javascript:alert(1)"',
  },
  {
    label: "a second inline author with an ftp: URL",
    edits: [append("/authors", { name: "Aysel Karimova", url: "ftp://news.example.org/aysel" })],
    code: "invalid_url",
    pointer: "/authors/1/url",
    field: "authors[1].url",
    found: 'found "ftp://news.example.org/aysel"',
  },
  {
    label: "an inline publisher with an empty name",
    edits: [set("/publisher", { name: " " })],
    code: "empty_text",
    pointer: "/publisher/name",
    field: "publisher.name",
    found: "to contain text",
  },
  {
    label: "an inline speaker's inline affiliation with a data: URL",
    edits: [
      set("/quotes/0/speaker", {
        name: "Elnur Mammadov",
        affiliation: { name: "Ministry of Foreign Affairs", url: "data:text/html,x" },
      }),
    ],
    code: "invalid_url",
    pointer: "/quotes/0/speaker/affiliation/url",
    field: "quotes[0].speaker.affiliation.url",
    found: 'found "data:text/html,x"',
  },
];

test("the base payload is valid, with no warnings", () => {
  const result = validateArticle(structuredClone(BASE));
  expect(result.issues).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.ok).toBe(true);
});

test("there are at least 45 invalid payloads, each a different variation", () => {
  expect(cases.length).toBeGreaterThanOrEqual(45);
  expect(new Set(cases.map((item) => item.label)).size).toBe(cases.length);
});

describe("each invalid payload reports exactly one error", () => {
  test.each(cases)("$label → $code at $pointer", ({ edits, code, pointer, field, found }) => {
    const result = validateArticle(variant(...edits));
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([[pointer, code]]);
    expect(result.warnings).toEqual([]);
    const [issue] = result.issues;
    expect(issue?.severity).toBe("error");
    expect(issue?.path).toEqual(pathOf(pointer));
    expect(issue?.message).toMatch(/^Expected /);
    expect(issue?.message).toContain(field);
    expect(issue?.message).toContain(found);
  });
});

test("a quote's paragraph in an article without a body: the message offers no range 0 to -1", () => {
  const result = validateArticle(variant(set("/body", [])));
  expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
    ["/quotes/0/paragraph", "paragraph_out_of_range"],
  ]);
  expect(result.issues[0]?.message).toContain("quotes[0].paragraph");
  expect(result.issues[0]?.message).toContain("found 1");
  expect(result.issues[0]?.message).not.toContain("-1");
});

describe("input that is not an object", () => {
  test.each([
    { label: "null", input: null, found: "null" },
    { label: "an array", input: [BASE], found: "a list" },
    { label: "a string", input: JSON.stringify(BASE), found: '"{' },
    { label: "a number", input: 42, found: "the number 42" },
    { label: "undefined", input: undefined, found: "nothing" },
  ])("$label is invalid_type at the root", ({ input, found }) => {
    const result = validateArticle(input);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      path: [],
      pointer: "",
      code: "invalid_type",
      severity: "error",
    });
    expect(result.issues[0]?.message).toContain("Expected the article to be an object, but found ");
    expect(result.issues[0]?.message).toContain(found);
    expect(result.warnings).toEqual([]);
  });

  test("null is described in one exact sentence", () => {
    expect(validateArticle(null).issues[0]?.message).toBe(
      "Expected the article to be an object, but found null.",
    );
  });

  test("an array is described in one exact sentence", () => {
    expect(validateArticle([]).issues[0]?.message).toBe(
      "Expected the article to be an object, but found a list.",
    );
  });
});

describe("unknown keys are warnings, and dropped", () => {
  test.each([
    {
      label: "on the article",
      edits: [set("/subtitle", "A visit")],
      pointer: "/subtitle",
      owner: "the article",
    },
    {
      label: "on a person",
      edits: [set("/people/0/nickname", "Q")],
      pointer: "/people/0/nickname",
      owner: "people[0]",
    },
    {
      label: "on a place's geo point",
      edits: [set("/locations/1/geo/altitude", 800)],
      pointer: "/locations/1/geo/altitude",
      owner: "locations[1].geo",
    },
    {
      label: "on a place's address",
      edits: [set("/locations/0/address/planet", "Earth")],
      pointer: "/locations/0/address/planet",
      owner: "locations[0].address",
    },
    {
      label: "on an inline author (reported where the payload gave it)",
      edits: [set("/authors/0", { name: "Aysel Karimova", twitter: "@aysel" })],
      pointer: "/authors/0/twitter",
      owner: "authors[0]",
    },
    {
      label: "on an inline author's inline affiliation (reported where the payload gave it)",
      edits: [
        set("/authors/0", {
          name: "Aysel Karimova",
          affiliation: { name: "News Example", twitter: "@news" },
        }),
      ],
      pointer: "/authors/0/affiliation/twitter",
      owner: "authors[0].affiliation",
    },
    {
      label: "on an image",
      edits: [set("/images/0/alt", "The delegation")],
      pointer: "/images/0/alt",
      owner: "images[0]",
    },
  ])("$label: unknown_key at $pointer", ({ edits, pointer, owner }) => {
    const result = validateArticle(variant(...edits));
    expect(result.issues).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    const key = pointer.split("/").at(-1) ?? "";
    expect(warning).toEqual({
      path: pathOf(pointer),
      pointer,
      code: "unknown_key",
      severity: "warning",
      message: `Expected only known fields in ${owner}, but found "${key}"; it was dropped.`,
    });
  });

  test("the values of unknown keys are not in the result", () => {
    const result = validateArticle(
      variant(
        set("/subtitle", "A visit"),
        set("/people/0/nickname", "Q"),
        set("/locations/1/geo/altitude", 800),
      ),
    );
    if (!result.ok) throw new Error(`Expected a valid article: ${JSON.stringify(result.issues)}`);
    expect(Object.hasOwn(result.value, "subtitle")).toBe(false);
    expect(Object.keys(result.value.people[0] ?? {})).toEqual(["id", "name", "url"]);
    expect(result.value.locations[1]?.geo).toEqual({ latitude: 39.8153, longitude: 46.7519 });
  });

  test("an unknown key in an inline author is dropped from the registry entity", () => {
    const result = validateArticle(variant(set("/authors/0", { name: "Aysel Karimova", twitter: "@aysel" })));
    if (!result.ok) throw new Error(`Expected a valid article: ${JSON.stringify(result.issues)}`);
    expect(result.value.authors).toEqual(["person:aysel-karimova"]);
    expect(result.value.people.at(-1)).toEqual({ id: "person:aysel-karimova", name: "Aysel Karimova" });
  });
});

describe("__proto__ and constructor keys cannot change a prototype", () => {
  /** The base payload as JSON text with `__proto__` and `constructor` keys at several depths. */
  const hostile = JSON.stringify(BASE)
    .replace(
      '{"url":',
      '{"__proto__":{"polluted":"article"},"constructor":{"prototype":{"polluted":"constructor"}},"url":',
    )
    .replace('"name":"Qabil Ashirov"', '"name":"Qabil Ashirov","__proto__":{"polluted":"person"}')
    .replace(
      '"latitude":39.8153',
      '"latitude":39.8153,"__proto__":{"polluted":"geo"},"constructor":{"polluted":"geo"}',
    )
    .replace(
      '"authors":["person:qabil-ashirov"]',
      '"authors":[{"name":"Aysel Karimova","__proto__":{"polluted":"inline"}}]',
    );

  test("the hostile text really has the keys as own data", () => {
    const parsed: unknown = JSON.parse(hostile);
    expect(Object.hasOwn(parsed as object, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  test("each key is an unknown_key warning at its own pointer, and the article is valid", () => {
    const result = validateArticle(JSON.parse(hostile));
    expect(result.issues).toEqual([]);
    expect(
      result.warnings.map((warning) => [warning.pointer, warning.code, warning.severity]).sort(),
    ).toEqual(
      [
        ["/__proto__", "unknown_key", "warning"],
        ["/constructor", "unknown_key", "warning"],
        ["/people/0/__proto__", "unknown_key", "warning"],
        ["/authors/0/__proto__", "unknown_key", "warning"],
        ["/locations/1/geo/__proto__", "unknown_key", "warning"],
        ["/locations/1/geo/constructor", "unknown_key", "warning"],
      ].sort(),
    );
  });

  test("Object.prototype is untouched and the result's objects are plain", () => {
    const result = validateArticle(JSON.parse(hostile));
    if (!result.ok) throw new Error(`Expected a valid article: ${JSON.stringify(result.issues)}`);
    const article = result.value;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    for (const value of [
      article,
      article.people[0],
      article.people.at(-1),
      article.locations[1],
      article.locations[1]?.geo,
    ]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect((value as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(value as object, "__proto__")).toBe(false);
      expect(Object.hasOwn(value as object, "constructor")).toBe(false);
    }
    expect(article.constructor).toBe(Object);
    expect(article.locations[1]?.geo).toEqual({ latitude: 39.8153, longitude: 46.7519 });
    expect(article.people.at(-1)).toEqual({ id: "person:aysel-karimova", name: "Aysel Karimova" });
  });

  test("a constructor key in an inline entity in about is dropped too", () => {
    const text = JSON.stringify(
      variant(
        set("/about", [{ type: "location", name: "Karabakh", constructor: { prototype: { polluted: 1 } } }]),
      ),
    );
    const result = validateArticle(JSON.parse(text));
    expect(result.issues).toEqual([]);
    expect(result.warnings.map((warning) => [warning.pointer, warning.code])).toEqual([
      ["/about/0/constructor", "unknown_key"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

test("a payload with ten distinct problems reports exactly those ten", () => {
  const payload = variant(
    set("/headline", ""),
    set("/url", "javascript:alert(1)"),
    set("/language", "en_US"),
    set("/locations/1/geo/latitude", 91),
    set("/locations/0/address/country", "AZE"),
    set("/organizations/0/kind", "newspaper"),
    set("/publisher", "org:nobody"),
    set("/dateModified", "2025-07-09T09:00:00+04:00"),
    set("/events/0/endDate", "2025-07-09T08:00:00+04:00"),
    set("/quotes/0/paragraph", 5),
    set("/subtitle", "An unknown key: a warning, not an error"),
  );
  const result = validateArticle(payload);
  expect(result.ok).toBe(false);
  expect(result.issues.map((issue) => [issue.pointer, issue.code]).sort()).toEqual([
    ["/dateModified", "modified_before_published"],
    ["/events/0/endDate", "end_before_start"],
    ["/headline", "empty_text"],
    ["/language", "invalid_language"],
    ["/locations/0/address/country", "invalid_country"],
    ["/locations/1/geo/latitude", "too_big"],
    ["/organizations/0/kind", "invalid_value"],
    ["/publisher", "unresolved_reference"],
    ["/quotes/0/paragraph", "paragraph_out_of_range"],
    ["/url", "invalid_url"],
  ]);
  expect(new Set(result.issues.map((issue) => issue.code)).size).toBe(10);
  expect(result.issues.every((issue) => issue.severity === "error")).toBe(true);
  expect(result.warnings.map((warning) => [warning.pointer, warning.code])).toEqual([
    ["/subtitle", "unknown_key"],
  ]);
});
