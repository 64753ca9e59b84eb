/**
 * Edge cases found by the property tests and by reviews, pinned with exact values.
 */
import { DateTime } from "luxon";
import { expect, test } from "vitest";
import {
  type ArticlePayload,
  type ValidateArticleOptions,
  validateArticle,
  validateArticleJson,
  validateEntity,
} from "../../src/index.js";

const base = {
  headline: "Diplomats visit Khankendi",
  datePublished: "2025-07-09T14:05:00+04:00",
  authors: ["person:qabil-ashirov"],
  people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }],
};

function codes(payload: Record<string, unknown>): [string, string][] {
  return validateArticle({ ...base, ...payload }).issues.map((issue) => [issue.pointer, issue.code]);
}

test.each([
  ["U+2066 (left-to-right isolate)", "\u2066"],
  ["U+202E (right-to-left override)", "\u202e"],
  ["U+061C (Arabic letter mark)", "\u061c"],
  ["U+034F (combining grapheme joiner)", "\u034f"],
  ["U+FE0F (variation selector)", "\ufe0f"],
  ["U+3164 (Hangul filler)", "\u3164"],
  ["U+E0041 (tag letter A)", "\u{e0041}"],
  ["U+200B U+200D U+FEFF together", "\u200b\u200d\ufeff"],
  ["U+0001 (a control character)", "\u0001"],
])("a headline of only %s is empty_text", (_name, headline) => {
  expect(codes({ headline })).toEqual([["/headline", "empty_text"]]);
});

test("a headline with an emoji and a zero-width joiner is text", () => {
  expect(codes({ headline: "\u{1F469}\u200d\u{1F4BB}" })).toEqual([]);
});

test.each([
  ["0001", "1800", []],
  ["0099", "0100", []],
  ["0099-12", "0100-01", []],
  ["0099-12-31", "0100-01-01", []],
  ["0050", "1500-01-01T00:00:00Z", []],
  ["0150", "0050", [["/events/0/endDate", "end_before_start"]]],
  ["2025-07-10", "2025-07-08", [["/events/0/endDate", "end_before_start"]]],
  ["2025-07", "2025-06", [["/events/0/endDate", "end_before_start"]]],
  ["2025-07-09", "2025-07-09", []],
  ["2025-07-09T23:00:00+04:00", "2025-07-09", []],
  ["2025-07-11T00:00:00+04:00", "2025-07-09", [["/events/0/endDate", "end_before_start"]]],
])("an event from %s to %s gives %j", (startDate, endDate, expected) => {
  expect(codes({ events: [{ id: "event:e", name: "E", startDate, endDate }] })).toEqual(expected);
});

test("with no body, a direct quote has nothing to be compared with, and is accepted", () => {
  expect(codes({ quotes: [{ text: "Words nobody printed.", speaker: "person:qabil-ashirov" }] })).toEqual([]);
  expect(
    codes({
      body: ["Other words."],
      quotes: [{ text: "Words nobody printed.", speaker: "person:qabil-ashirov" }],
    }),
  ).toEqual([["/quotes/0/text", "misquote"]]);
});

test.each([
  ["legal and unwise", "“It was illegal and unwise,” she said."],
  ["lawful", "“It was unlawful,” she said."],
  ["We support", "“We supported the plan,” he said."],
  ["fire is possible", "“Ceasefire is possible,” he said."],
  ["Qabil", "“Qabilə,” he said."],
])("a quote %j is not in %j: its words must stand whole", (text, paragraph) => {
  const quote = { text, speaker: "person:qabil-ashirov" };
  expect(codes({ body: [paragraph], quotes: [quote] })).toEqual([["/quotes/0/text", "misquote"]]);
  // The same words, standing whole in the paragraph, are a quote (with the paragraph given, too).
  const whole = `He said: “${text},” and left.`;
  expect(codes({ body: [paragraph, whole], quotes: [quote] })).toEqual([]);
  expect(codes({ body: [paragraph, whole], quotes: [{ ...quote, paragraph: 1 }] })).toEqual([]);
  // And the fast path agrees with the full one (a quote without its paragraph gets no other issue).
  expect(validateArticle({ ...base, body: [paragraph], quotes: [quote] }).ok).toBe(false);
});

test("a quote's words may touch what is not a letter or digit, and text written without spaces", () => {
  const speaker = "person:qabil-ashirov";
  expect(
    codes({
      body: ["“— and then, we rebuilt it,” he said.", "他说我们支持这个计划。"],
      quotes: [
        { text: "— and then, we rebuilt it", speaker },
        { text: "and then,", speaker },
        { text: "我们支持", speaker },
      ],
    }),
  ).toEqual([]);
});

test.each(["Mars/Base", "UTC+99", ""])(
  "options.zone %j is not a zone: the local times to be read in it say so",
  (zone) => {
    const payload = {
      ...base,
      datePublished: "2025-07-09 14:05",
      events: [{ id: "event:e", name: "E", startDate: "2025-07-09 10:00" }],
    };
    const problem = `Expected options.zone to be an IANA time zone such as "Asia/Baku" or an offset such as "+04:00", but found ${JSON.stringify(zone)};`;
    expect(validateArticle(payload, { zone }).issues.map((issue) => [issue.code, issue.message])).toEqual([
      ["invalid_zone", `${problem} datePublished is a local time to be read in it.`],
      ["invalid_zone", `${problem} events[0].startDate is a local time to be read in it.`],
    ]);
    // With an offset written, or a zone of its own, a date does not need the option.
    expect(
      validateArticle({ ...base, timeZone: "Asia/Baku", datePublished: "2025-07-09 14:05" }, { zone }).ok,
    ).toBe(true);
    expect(validateArticle(base, { zone }).ok).toBe(true);
    expect(
      validateEntity("event", { name: "E", startDate: "2025-07-09 10:00" }, { zone }).issues[0]?.message,
    ).toBe(`${problem} startDate is a local time to be read in it.`);
  },
);

test("a Date, or a luxon DateTime (a parsed article given back), is told how dates are given", () => {
  const published = (datePublished: unknown) =>
    validateArticle({ ...base, datePublished }).issues.map((issue) => [issue.pointer, issue.message]);
  expect(published(new Date("2025-07-09T10:05:00Z"))).toEqual([
    [
      "/datePublished",
      'Expected datePublished to be JSON data, but found a Date: dates are given as text, such as "2025-07-09T14:05:00+04:00".',
    ],
  ]);
  expect(published(DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true }))).toEqual([
    [
      "/datePublished",
      'Expected datePublished to be JSON data, but found a luxon DateTime: dates are given as text, such as "2025-07-09T14:05:00+04:00" (serializeArticle makes a parsed article a payload again).',
    ],
  ]);
  // Other class instances are named as before.
  expect(published(new Map())).toEqual([
    ["/datePublished", "Expected datePublished to be a plain object, but found an instance of Map."],
  ]);
});

test("a payload typed ArticlePayload with entities inline and without ids validates", () => {
  const payload: ArticlePayload = {
    headline: "Diplomats visit Khankendi",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: [{ name: "Qabil Ashirov" }],
    mentions: [{ type: "place", name: "Khankendi", containedIn: { name: "Azerbaijan", kind: "country" } }],
    people: [{ name: "Elnur Mammadov", affiliation: { name: "MFA" } }],
    quotes: [{ text: "Words", speaker: "person:elnur-mammadov" }],
  };
  const result = validateArticle(payload);
  expect(result.issues).toEqual([]);
  expect(result.value?.locations.map((place) => [place.id, place.containedIn])).toEqual([
    ["place:khankendi", "place:azerbaijan"],
    ["place:azerbaijan", undefined],
  ]);
});

test.each([
  ["Europe n’a pas", "l'Europe n'a pas le choix."],
  ["don't blame the union", "“Don’t blame me, don’t blame the union’s leaders,” he said."],
  ["우리는 승리한다", '"우리는\n승리한다"고 말했다.'],
  ["the Great Return program", "He spoke of the “Great Return” program."],
  ["100円", "コーヒー100円です。"],
  ["السلام عليكم", "قال: والسلام عليكم."],
  ["אנחנו נמשיך", "הוא אמר: ואנחנו נמשיך."],
])(
  "the quote %j stands in %j: apostrophes and marks keep words apart, scripts keep their ways",
  (text, paragraph) => {
    expect(codes({ body: [paragraph], quotes: [{ text, speaker: "person:qabil-ashirov" }] })).toEqual([]);
  },
);

// A quote cut before n’t says the opposite of what was said.
test.each([
  ["We can", "He said: “We can’t support this plan.”"],
  ["Don", "“Don’t go,” she said."],
  ["We can", 'He said: "We can\'t do it."'],
])("the quote %j does not stand in %j: a word runs on into n’t", (text, paragraph) => {
  expect(codes({ body: [paragraph], quotes: [{ text, speaker: "person:qabil-ashirov" }] })).toEqual([
    ["/quotes/0/text", "misquote"],
  ]);
});

test("a quote found many times in the body, each time inside a longer word, is a misquote", () => {
  // Quotes and paragraphs at their longest: a search that starts again after each of the 80,000
  // places would compare billions of characters (far past the test's time limit); it is linear.
  const quote = { text: "a".repeat(20_000), speaker: "person:qabil-ashirov" };
  expect(codes({ body: ["a".repeat(100_000), "a".repeat(100_000)], quotes: [quote, quote, quote] })).toEqual([
    ["/quotes/0/text", "misquote"],
    ["/quotes/1/text", "misquote"],
    ["/quotes/2/text", "misquote"],
  ]);
});

test("options.zone null (from JavaScript) is no zone: a local time is missing_zone, as without it", () => {
  const payload = { ...base, datePublished: "2025-07-09 14:05" };
  expect(validateArticle(payload, { zone: null as never }).issues.map((issue) => issue.code)).toEqual([
    "missing_zone",
  ]);
});

// zod measures an id in code points; the reference checks did in UTF-16 units, and skipped an id of
// 101 emoji (202 units) as malformed although zod accepts it.
test("a reference of 101 emoji, 202 UTF-16 units, that names no entity is unresolved_reference", () => {
  const id = "\u{1F600}".repeat(101);
  expect(codes({ authors: [id] })).toEqual([["/authors/0", "unresolved_reference"]]);
  expect(codes({ authors: ["\u{1F600}".repeat(201)] })).toEqual([["/authors/0", "too_long"]]);
});

// Bounds count code points (an emoji is one), and so does the message.
test("a name of 301 emoji is 301 characters in the message, over the bound of 300", () => {
  const people = (name: string) => ({ authors: ["person:a"], people: [{ id: "person:a", name }] });
  expect(codes(people("\u{1F600}".repeat(300)))).toEqual([]);
  const issues = validateArticle({ ...base, ...people("\u{1F600}".repeat(301)) }).issues;
  expect(issues.map((issue) => issue.message)).toEqual([
    "Expected people[0].name to have at most 300 characters, but found 301.",
  ]);
});

// zod measures anything with a length, also after finding it of the wrong type.
test("a list where text or an id belongs is one invalid_type, not also a list too long or too short", () => {
  expect(codes({ headline: Array(1001).fill("x") })).toEqual([["/headline", "invalid_type"]]);
  expect(
    codes({
      authors: ["person:a"],
      people: [{ id: [], name: "A", affiliation: [] }],
    }),
  ).toEqual([
    ["/people/0/id", "invalid_type"],
    ["/people/0/affiliation", "invalid_type"],
    ["/authors/0", "unresolved_reference"],
  ]);
  // A list where a list belongs is still measured.
  expect(codes({ keywords: Array(201).fill("k") })).toEqual([["/keywords", "too_many"]]);
});

test("options given as null from JavaScript are no options, for a value and for JSON text", () => {
  const noOptions = null as unknown as ValidateArticleOptions;
  const payload = { ...base, authors: [{ name: "Qabil Ashirov" }] };
  expect(validateArticle(payload, noOptions)).toEqual(validateArticle(payload));
  expect(validateArticleJson(JSON.stringify(payload), noOptions)).toEqual(validateArticle(payload));
});

test("an entity where a list of them belongs is reported as the object it is, not by an id made for it", () => {
  const issues = validateArticle({ ...base, authors: { name: "Qabil Ashirov" } }).issues;
  expect(issues.map((issue) => [issue.pointer, issue.message])).toEqual([
    ["/authors", "Expected authors to be a list, but found an object."],
  ]);
});

test("duplicate ids of entities given inline name where the payload gave the first one", () => {
  const issues = validateArticle({
    ...base,
    authors: [
      { id: "person:x", name: "X" },
      { id: "person:x", name: "Y" },
    ],
  }).issues;
  expect(issues.map((issue) => [issue.pointer, issue.message])).toEqual([
    [
      "/authors/1/id",
      'Expected authors[1].id to be unique in the article, but found "person:x", the id of authors[0] too.',
    ],
  ]);
});

test("one id where a list of ids belongs is one invalid_type, not also a reference to nothing", () => {
  expect(codes({ contentLocation: "place:nowhere" })).toEqual([["/contentLocation", "invalid_type"]]);
});

test("an empty id is empty_text alone, not also an id with a wrong character", () => {
  expect(
    codes({ authors: ["person:a"], people: [{ id: "  ", name: "A" }] }).filter(([pointer]) =>
      pointer.startsWith("/people"),
    ),
  ).toEqual([["/people/0/id", "empty_text"]]);
});
