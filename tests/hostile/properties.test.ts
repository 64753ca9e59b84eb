/**
 * Properties of issue 8 ("Hostile input"), with fast-check: 1,000 runs each, 100,000 when
 * FC_NIGHTLY is set. The seed is printed; rerun a failure with FC_SEED=<seed>. Shrunk
 * counterexamples are kept in ./fixtures/counterexamples.json and replayed first.
 *
 * 1. validateArticle and fromJsonLd never throw for any JSON value, return only plain objects, and
 *    change no prototype.
 * 2. toJsonLdScript output, inside a page parsed by a spec-compliant HTML parser (parse5), is one
 *    script element whose text parses to toJsonLd(article) and holds none of < > & U+2028 U+2029.
 * 3. serializeArticle(parseArticle(p)) is a fixed point; fromJsonLd(toJsonLd(a)) gives back a but for
 *    the documented losses; toJsonLd is byte-identical on the article read back.
 * 4. Every wall-clock time in the test zones is one instant, or nonexistent_local_time or
 *    ambiguous_local_time, exactly as the zone's offsets (asked of Intl directly) say.
 * 5. The answers are the same under TZ = UTC, Asia/Baku, America/St_Johns, Pacific/Kiritimati and
 *    LANG=de_DE.UTF-8 (child processes running ./fixtures/env-probe.ts).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  Article,
  checkGoogleArticle,
  Event,
  extractJsonLd,
  fromJsonLd,
  Image,
  Location,
  Organization,
  Person,
  parseArticle,
  parseDateTime,
  Quote,
  serializeArticle,
  toJsonLd,
  toJsonLdScript,
  validateArticle,
  validateEntity,
} from "../../src/index.js";
import { type ArticlePayload, articlePayload } from "../arbitraries.js";
import { seed } from "../seed.js";
import {
  BREAKOUT_TOKENS,
  elementsOf,
  foreignObjects,
  inUrl,
  ownProtoKeys,
  pageAround,
  prototypeSnapshot,
  readableOnTheWeb,
  UNSAFE_IN_SCRIPT,
  whatJsonLdCannotCarry,
} from "./helpers.js";

const numRuns = process.env.FC_NIGHTLY === undefined ? 1_000 : 100_000;
console.log(`${numRuns} runs per property`);
const runs = { seed, numRuns } as const;
/** Property tests that run 100,000 times need far more than the default timeout. */
const timeout = process.env.FC_NIGHTLY === undefined ? 120_000 : 3_600_000;

// ─── JSON values with hostile keys, as text (so that `__proto__` is an own key, as from a network) ──

/** A JSON value as a tree, so that keys may repeat and numbers may be written as any text. */
type Tree =
  | { readonly kind: "leaf"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly Tree[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Tree])[] };

/** The JSON text of a tree. */
function render(tree: Tree): string {
  switch (tree.kind) {
    case "leaf":
      return tree.text;
    case "list":
      return `[${tree.items.map(render).join(",")}]`;
    case "object":
      return `{${tree.entries.map(([key, value]) => `${JSON.stringify(key)}:${render(value)}`).join(",")}}`;
  }
}

/** A tree of a JSON value (numbers as JSON.stringify writes them). */
function treeOf(value: unknown): Tree {
  if (Array.isArray(value)) return { kind: "list", items: value.map(treeOf) };
  if (typeof value === "object" && value !== null)
    return {
      kind: "object",
      entries: Object.entries(value).map(([key, item]) => [key, treeOf(item)] as const),
    };
  return { kind: "leaf", text: JSON.stringify(value) ?? "null" };
}

const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "toJSON",
  "then",
  "length",
  "__defineGetter__",
  "isPrototypeOf",
];
const MODEL_KEYS = [
  ...new Set(
    [Article, Person, Organization, Location, Event, Quote, Image].flatMap((schema) =>
      Object.keys(schema.shape),
    ),
  ),
  "type",
  "street",
  "locality",
  "country",
  "latitude",
  "longitude",
];
const JSON_LD_KEYS = [
  "@context",
  "@type",
  "@id",
  "@graph",
  "@vocab",
  "headline",
  "name",
  "author",
  "publisher",
  "datePublished",
  "dateModified",
  "image",
  "url",
  "contentUrl",
  "width",
  "height",
  "mainEntityOfPage",
  "mainEntity",
  "articleBody",
  "description",
  "keywords",
  "inLanguage",
  "about",
  "mentions",
  "contentLocation",
  "hasPart",
  "isAccessibleForFree",
  "cssSelector",
  "sameAs",
  "address",
  "geo",
  "startDate",
  "location",
  "spokenByCharacter",
  "text",
  "logo",
  "worksFor",
  "alternateName",
  "articleSection",
  "value",
];
const KEYS = [...PROTOTYPE_KEYS, ...MODEL_KEYS, ...JSON_LD_KEYS];

const TEXTS = [
  "",
  " ",
  "NewsArticle",
  "newsarticle",
  "schema:NewsArticle",
  "https://schema.org",
  "https://evil.example/context",
  "Person",
  "Organization",
  "Place",
  "Event",
  "ImageObject",
  "WebPage",
  "WebPageElement",
  "Quotation",
  "person",
  "place",
  "organization",
  "person:mira-holm",
  "Mira Holm",
  "By Mira Holm and Jon Berg",
  "2025-07-09T14:05:00+04:00",
  "2025-07-09 14:05",
  "2025-03-30 01:30",
  "1823",
  "Asia/Baku",
  "https://news.example.org/a?b=1&c=2",
  "//news.example.org/a",
  "/relative",
  "javascript:alert(1)",
  "https://",
  "1200",
  "false",
  "&amp;lt;b&amp;gt;",
  "<b>bold</b>",
  "\u2028",
  "\uD800",
  "\u200B",
  ...BREAKOUT_TOKENS,
  ...PROTOTYPE_KEYS,
];

/** Number texts JSON.parse reads with surprises: Infinity, -0, precision lost, exponents. */
const NUMBER_TEXTS = ["1e400", "-1e400", "-0", "9007199254740993", "1e-400", "0.1", "1200", "-1", "90.5"];

const leaf: fc.Arbitrary<Tree> = fc
  .oneof(
    fc.constantFrom(...TEXTS).map((text) => JSON.stringify(text)),
    fc.string({ unit: "binary", maxLength: 12 }).map((text) => JSON.stringify(text)),
    fc.constantFrom(...NUMBER_TEXTS),
    fc
      .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
      .map((value) => JSON.stringify(value)),
    fc.constantFrom("true", "false", "null"),
  )
  .map((text) => ({ kind: "leaf", text }));

const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);

const { tree } = fc.letrec<{ tree: Tree; list: Tree; object: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("list"), tie("object")),
  list: fc.array(tie("tree"), { maxLength: 4 }).map((items) => ({ kind: "list", items })),
  object: fc
    .array(fc.tuple(key, tie("tree")), { maxLength: 6 })
    .map((entries) => ({ kind: "object", entries })),
}));

/** Hostile entries put into the objects of a tree: `[which object, key, value]`. */
type Mutation = readonly [number, string, Tree];

/** A tree with entries added to its objects (chosen by index, modulo their number). */
function mutate(base: Tree, mutations: readonly Mutation[]): Tree {
  const objects: { entries: (readonly [string, Tree])[] }[] = [];
  const copy = (node: Tree): Tree => {
    if (node.kind === "list") return { kind: "list", items: node.items.map(copy) };
    if (node.kind === "leaf") return node;
    const object = {
      kind: "object" as const,
      entries: node.entries.map(([name, value]) => [name, copy(value)] as const),
    };
    objects.push(object);
    return object;
  };
  const result = copy(base);
  for (const [index, name, value] of mutations) {
    const target = objects[index % Math.max(objects.length, 1)];
    if (target === undefined) continue;
    const existing = target.entries.findIndex(([entryKey]) => entryKey === name);
    if (existing >= 0 && index % 2 === 0) target.entries[existing] = [name, value];
    else target.entries.push([name, value]);
  }
  return result;
}

const mutations = fc.array(fc.tuple(fc.nat(), key, tree), { minLength: 1, maxLength: 6 });

/** A small valid article payload, kept small so that thousands of runs stay fast. */
const smallArticle = articlePayload({ maxRegistry: 2, maxParagraphs: 2 });

/**
 * JSON texts: any JSON value; a hostile tree; a valid article payload with hostile entries; the
 * JSON-LD of a valid article with hostile entries.
 */
const hostileJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  tree.map(render),
  fc.tuple(smallArticle, mutations).map(([payload, changes]) => render(mutate(treeOf(payload), changes))),
  fc.tuple(smallArticle, mutations, fc.boolean()).map(([payload, changes, graph]) => {
    const result = validateArticle(payload);
    const document = result.ok ? toJsonLd(result.value, { graph }) : payload;
    return render(mutate(treeOf(document), changes));
  }),
);

/** Everything the read side must survive for one JSON text; throws (failing the property) if it does not. */
function survives(text: string): void {
  const before = prototypeSnapshot();
  const value: unknown = JSON.parse(text);
  const validated = validateArticle(value);
  expect(foreignObjects(validated)).toEqual([]);
  expect(ownProtoKeys(validated)).toBe(0);
  if (validated.ok) {
    const serialized = serializeArticle(validated.value);
    expect(foreignObjects(serialized)).toEqual([]);
    expect(ownProtoKeys(serialized)).toBe(0);
  }
  const person = validateEntity("person", value);
  expect(foreignObjects(person)).toEqual([]);
  for (const input of [value, text]) {
    const read = fromJsonLd(input);
    expect(read.issues.filter((issue) => issue.code === "internal_error")).toEqual([]);
    expect(foreignObjects(read)).toEqual([]);
    expect(ownProtoKeys(read)).toBe(0);
  }
  expect(foreignObjects(checkGoogleArticle(value))).toEqual([]);
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

interface Counterexample {
  readonly name: string;
  readonly json: string;
}

const counterexamples = JSON.parse(
  readFileSync(new URL("./fixtures/counterexamples.json", import.meta.url), "utf8"),
) as Counterexample[];

describe("1. the read side never throws, returns plain objects only, and changes no prototype", () => {
  test.each(counterexamples.map((example) => ({ ...example })))("kept counterexample: $name", ({ json }) => {
    survives(json);
  });

  test(
    `validateArticle, validateEntity, fromJsonLd and checkGoogleArticle on hostile JSON (${numRuns} runs)`,
    () => {
      fc.assert(fc.property(hostileJsonText, survives), runs);
    },
    timeout,
  );
});

// ─── 2. Script output in a real HTML parser ──────────────────────────────────────────────────────

/** Text built from the breakout tokens, U+2028/9, entities and any characters; valid model text. */
const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...BREAKOUT_TOKENS,
        "\u2028",
        "\u2029",
        "&",
        "&amp;",
        "<",
        ">",
        "</",
        "<!--",
        "]]>",
        "\uD800",
      ),
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => `x ${parts.join("")}`);

/** A nonce: printable ASCII with the characters that end an attribute. */
const hostileNonce = fc
  .array(
    fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', "'", ">", "<", "&", "&quot;", "</script>")),
    {
      maxLength: 4,
    },
  )
  .map((parts) => parts.join(""));

const hostileArticle: fc.Arbitrary<ArticlePayload> = fc
  .record({
    headline: hostileText,
    alternativeHeadline: hostileText,
    description: hostileText,
    body: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
    section: hostileText,
    keywords: fc.array(hostileText, { maxLength: 2 }),
    dateline: hostileText,
    query: hostileText,
    personName: hostileText,
    jobTitle: hostileText,
    organizationName: hostileText,
    placeName: hostileText,
    street: hostileText,
    eventName: hostileText,
    quote: hostileText,
    caption: hostileText,
  })
  .map(
    (t) =>
      ({
        url: `https://news.example.org/2025/ferry?q=${inUrl(t.query)}`,
        headline: t.headline,
        alternativeHeadline: t.alternativeHeadline,
        description: t.description,
        body: t.body,
        section: t.section,
        keywords: t.keywords,
        dateline: t.dateline,
        datePublished: "2025-07-09T14:05:00+04:00",
        authors: ["person:mira-holm"],
        publisher: "org:ledger",
        image: ["image:lake"],
        contentLocation: ["place:lake"],
        about: ["event:opening"],
        people: [
          {
            id: "person:mira-holm",
            name: t.personName,
            jobTitle: t.jobTitle,
            sameAs: [`https://example.com/wiki/${inUrl(t.query)}`],
          },
        ],
        organizations: [{ id: "org:ledger", name: t.organizationName }],
        locations: [{ id: "place:lake", name: t.placeName, address: { street: t.street } }],
        events: [{ id: "event:opening", name: t.eventName, location: "place:lake" }],
        quotes: [{ id: "quote:1", text: t.quote, speaker: "person:mira-holm", kind: "paraphrase" }],
        images: [{ id: "image:lake", url: "https://news.example.org/lake.jpg", caption: t.caption }],
      }) as ArticlePayload,
  );

describe("2. toJsonLdScript in a page read by a spec-compliant HTML parser", () => {
  test(
    `one script element whose text is the JSON-LD and holds no < > & U+2028 U+2029 (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(hostileArticle, fc.option(hostileNonce, { nil: undefined }), (payload, nonce) => {
          const result = validateArticle(payload);
          expect(result.issues).toEqual([]);
          if (!result.ok) return;
          const article = result.value;
          const script = toJsonLdScript(article, nonce === undefined ? {} : { nonce });
          const page = pageAround(script);
          const scripts = elementsOf(page, "script");
          expect(scripts).toHaveLength(1);
          const text = scripts[0]?.text ?? "";
          expect(text).not.toMatch(UNSAFE_IN_SCRIPT);
          expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(toJsonLd(article)));
          expect(scripts[0]?.attributes).toEqual({
            type: "application/ld+json",
            ...(nonce === undefined ? {} : { nonce }),
          });
          expect(elementsOf(page, "p").map((element) => element.text)).toEqual(["after"]);
          const extracted = extractJsonLd(page);
          expect(extracted.issues).toEqual([]);
          expect(JSON.stringify(extracted.blocks.map((block) => block.value))).toBe(
            JSON.stringify([toJsonLd(article)]),
          );
        }),
        runs,
      );
    },
    timeout,
  );
});

// ─── 3. Round trips ──────────────────────────────────────────────────────────────────────────────

/**
 * Valid payloads. The arbitraries are meant to give valid payloads only, but graphemeWord() sometimes
 * gives an invisible letter alone (U+FFA0 HALFWIDTH HANGUL FILLER), which the models rightly refuse.
 */
const validPayload = articlePayload().filter((payload) => validateArticle(payload).ok);

/** Checks the round trip of one article: the losses are the documented ones, the JSON-LD the same. */
function roundTrips(payload: ArticlePayload): void {
  const article = parseArticle(payload);
  const jsonLd = toJsonLd(article);
  const read = fromJsonLd(jsonLd);
  // Only the reader's doubts about author names (a comma, "and", a leading "By") may be reported:
  // warnings, with the name kept as written.
  expect(
    read.issues.filter(
      (issue) =>
        issue.severity !== "warning" ||
        (issue.code !== "author_names_joined" && issue.code !== "author_name_prefix"),
    ),
  ).toEqual([]);
  expect(read.article).toBeDefined();
  if (read.article === undefined) return;
  expect(serializeArticle(read.article)).toEqual(whatJsonLdCannotCarry(serializeArticle(article)));
  // What is lost is exactly what JSON-LD does not carry, so the JSON-LD is the same, byte for byte.
  expect(JSON.stringify(toJsonLd(read.article))).toBe(JSON.stringify(jsonLd));
  expect(JSON.stringify(toJsonLd(read.article, { graph: false }))).toBe(
    JSON.stringify(toJsonLd(article, { graph: false })),
  );
}

const roundTripCounterexamples = JSON.parse(
  readFileSync(new URL("./fixtures/round-trip-counterexamples.json", import.meta.url), "utf8"),
) as { name: string; readable: boolean; payload: ArticlePayload }[];

describe("3. round trips", () => {
  test.each(roundTripCounterexamples.map((example) => ({ ...example })))(
    "kept counterexample: $name",
    ({ readable, payload }) => {
      expect(validateArticle(payload).ok).toBe(true);
      expect(readableOnTheWeb(payload)).toBe(readable);
      if (readable) roundTrips(payload);
    },
  );

  test(
    `serializeArticle(parseArticle(p)) is a fixed point (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(validPayload, (payload) => {
          const once = serializeArticle(parseArticle(payload));
          const twice = serializeArticle(parseArticle(structuredClone(once)));
          expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
        }),
        runs,
      );
    },
    timeout,
  );

  test(
    `fromJsonLd(toJsonLd(a)) is a but for the documented losses, and toJsonLd of it is byte-identical (${numRuns} runs)`,
    () => {
      // Texts that look like HTML entities or markup are decoded or stripped on the way back, by
      // design (see readableOnTheWeb); they are kept out of this property.
      fc.assert(fc.property(validPayload.filter(readableOnTheWeb), roundTrips), runs);
    },
    timeout,
  );
});

// ─── 4. Wall-clock times in the test zones ───────────────────────────────────────────────────────

const TEST_ZONES = [
  "Asia/Baku",
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
];

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant, in minutes, asked of Intl directly (not of luxon). */
function offsetAt(millis: number, zone: string): number {
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(millis).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (match === null) throw new Error(`unexpected offset ${name} in ${zone}`);
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(2037, 11, 31);

/** A zone's offset changes between 1970 and 2037: the instant and the offset before it, to the minute. */
function transitionsOf(zone: string): { millis: number; before: number }[] {
  const found: { millis: number; before: number }[] = [];
  const step = 7 * DAY;
  let previous = offsetAt(FIRST, zone);
  for (let at = FIRST + step; at <= LAST; at += step) {
    const offset = offsetAt(at, zone);
    if (offset === previous) continue;
    let low = at - step;
    let high = at;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle, zone) === previous) low = middle;
      else high = middle;
    }
    found.push({ millis: high, before: previous });
    previous = offset;
  }
  return found;
}

const TRANSITIONS = new Map(TEST_ZONES.map((zone) => [zone, transitionsOf(zone)]));

/** A wall-clock time, as milliseconds of the same fields read as UTC. */
interface WallClock {
  readonly zone: string;
  readonly wall: number;
}

const wallClock: fc.Arbitrary<WallClock> = fc.oneof(
  // Anywhere in 1970–2037, on a whole second.
  fc
    .record({
      zone: fc.constantFrom(...TEST_ZONES),
      seconds: fc.integer({ min: FIRST / 1000 + 86_400, max: LAST / 1000 }),
    })
    .map(({ zone, seconds }) => ({ zone, wall: seconds * 1000 })),
  // Within two hours of an offset change (gaps, overlaps and their edges).
  fc
    .record({
      zone: fc.constantFrom(...TEST_ZONES),
      which: fc.nat(),
      minutes: fc.integer({ min: -120, max: 120 }),
      second: fc.constantFrom(0, 0, 0, 30, 59),
    })
    .map(({ zone, which, minutes, second }) => {
      const list = TRANSITIONS.get(zone) ?? [];
      const change = list[which % list.length] as { millis: number; before: number };
      return { zone, wall: change.millis + change.before * MINUTE + minutes * MINUTE + second * 1000 };
    }),
);

/** The instants whose wall clock in the zone is `wall`: one, none (a gap) or two (an overlap). */
function instantsOf({ zone, wall }: WallClock): number[] {
  const offsets = new Set<number>();
  for (let at = wall - 2 * DAY; at <= wall + 2 * DAY; at += HOUR) offsets.add(offsetAt(at, zone));
  const instants = [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => offsetAt(instant, zone) * MINUTE === wall - instant);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/** `YYYY-MM-DDTHH:MM:SS` of a wall clock. */
function wallText(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19);
}

describe("4. every wall-clock time in the test zones", () => {
  test("the scan finds the offset changes the zones are known for", () => {
    const count = (zone: string) => TRANSITIONS.get(zone)?.length ?? 0;
    expect(count("Asia/Kathmandu")).toBe(1);
    expect(count("Europe/London")).toBeGreaterThan(100);
    expect(count("America/New_York")).toBeGreaterThan(100);
    expect(count("Australia/Lord_Howe")).toBeGreaterThan(70);
    expect(count("Asia/Baku")).toBeGreaterThan(20);
  });

  test(
    `is exactly one instant, or nonexistent_local_time, or ambiguous_local_time (${numRuns} runs)`,
    () => {
      const seen = { one: 0, gap: 0, overlap: 0 };
      fc.assert(
        fc.property(wallClock, (clock) => {
          const text = wallText(clock.wall);
          const result = parseDateTime(text, { zone: clock.zone });
          const instants = instantsOf(clock);
          if (instants.length === 1) {
            seen.one++;
            expect(result.ok ? result.value.toMillis() : result.issue.code).toBe(instants[0]);
            if (result.ok) {
              expect(result.value.zoneName).toBe(clock.zone);
              expect(result.value.toISO({ includeOffset: false, suppressMilliseconds: true })).toBe(text);
            }
          } else if (instants.length === 0) {
            seen.gap++;
            expect(result.ok ? result.value.toISO() : result.issue.code).toBe("nonexistent_local_time");
          } else {
            seen.overlap++;
            expect(instants).toHaveLength(2);
            expect(result.ok ? result.value.toISO() : result.issue.code).toBe("ambiguous_local_time");
          }
        }),
        runs,
      );
      // The generator reaches all three cases.
      expect(seen.one).toBeGreaterThan(0);
      expect(seen.gap).toBeGreaterThan(0);
      expect(seen.overlap).toBeGreaterThan(0);
    },
    timeout,
  );
});

// ─── 5. The machine's zone and locale change nothing ─────────────────────────────────────────────

const run = promisify(execFile);
const probe = fileURLToPath(new URL("./fixtures/env-probe.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

const ENVIRONMENTS = [
  { TZ: "UTC", LANG: "C.UTF-8" },
  { TZ: "Asia/Baku", LANG: "C.UTF-8" },
  { TZ: "America/St_Johns", LANG: "C.UTF-8" },
  { TZ: "Pacific/Kiritimati", LANG: "C.UTF-8" },
  { TZ: "UTC", LANG: "de_DE.UTF-8" },
] as const;

interface ProbeOutput {
  readonly environment: { TZ: string; LANG: string; zone: string; locale: string; offsetAtEpoch: number };
  readonly results: Record<string, unknown>;
}

describe("5. the machine's TZ and LANG change nothing", () => {
  test("validateArticle, toJsonLd, fromJsonLd, parseDateTime and formatDisplay answer the same in five environments", async () => {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(TZ|LANG|LANGUAGE|LC_.*)$/.test(name)),
    );
    const outputs = await Promise.all(
      ENVIRONMENTS.map(async (environment) => {
        const { stdout } = await run(process.execPath, ["--import", "tsx", probe], {
          cwd: root,
          env: { ...inherited, ...environment },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 60_000,
        });
        return JSON.parse(stdout) as ProbeOutput;
      }),
    );
    // The settings took: each child saw its own zone and locale.
    expect(outputs.map((output) => output.environment.zone)).toEqual(
      ENVIRONMENTS.map((environment) => environment.TZ),
    );
    expect(outputs.map((output) => output.environment.offsetAtEpoch)).toEqual([0, -240, 210, 640, 0]);
    expect(outputs[4]?.environment.locale).toBe("de-DE");
    expect(outputs[0]?.environment.locale).not.toBe("de-DE");
    // The answers did not.
    const [first, ...rest] = outputs.map((output) => JSON.stringify(output.results));
    for (const other of rest) expect(other).toBe(first);
    const results = outputs[0]?.results ?? {};
    expect(Object.keys(results)).toHaveLength(15);
    expect((results.display as string[])[1]).toBe("9. Juli 2025, 14:05 (UTC+4)");
  }, 120_000);
});
