/**
 * The fast path of validateArticle (src/validate/fast-path.ts) against the slow path it stands in
 * for: whenever `validateFast` answers, its answer is the slow path's (deep-equal, luxon DateTimes
 * compared field by field, and keys in the same order), and it answers for ordinary valid payloads.
 * Properties run 200 cases each (20,000 when FC_NIGHTLY is set); the seed is printed, rerun a failure
 * with FC_SEED=<seed>.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import {
  Article,
  Event,
  formatDateTime,
  Image,
  Location,
  Organization,
  Person,
  parseDateTime,
  parseDateValue,
  Quote,
  type ValidationResult,
  validateArticle,
  validateArticleJson,
} from "../../src/index.js";
import { validateSlowly } from "../../src/validate/article.js";
import { compiledArticleReader, validateFast } from "../../src/validate/fast-path.js";
import { inspectJsonValue } from "../../src/validate/guard.js";
import { parseArticlePiecewise as parseArticleWhole } from "../../src/validate/piecewise.browser.js";
import { parseArticlePiecewise } from "../../src/validate/piecewise.js";
import { articlePayload, fieldValue, REGISTRIES, type RegistryName } from "../arbitraries.js";
import { seed } from "../seed.js";

const numRuns = process.env.FC_NIGHTLY === undefined ? 200 : 20_000;
const runs = { seed, numRuns } as const;
const TIMEOUT = process.env.FC_NIGHTLY === undefined ? 60_000 : 3_600_000;

type JsonObject = Record<string, unknown>;

/**
 * Asserts that the fast path's answer is the slow path's: deep-equal (class and fields of every
 * DateTime included) and written the same (so every object's keys come in the same order).
 */
function expectSameAnswer(fast: ValidationResult<Article>, slow: ValidationResult<Article>): void {
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  if (fast.ok && slow.ok) {
    expect(Object.keys(fast.value)).toEqual(Object.keys(slow.value));
    for (const name of REGISTRIES) {
      expect(fast.value[name].map((entity) => Object.keys(entity))).toEqual(
        slow.value[name].map((entity) => Object.keys(entity)),
      );
    }
  }
}

/** The fast path's answer, failing the test when it declines. */
function fastAnswer(
  input: unknown,
  options: Parameters<typeof validateFast>[1] = {},
): ValidationResult<Article> {
  const fast = validateFast(input, options);
  if (fast === undefined) throw new Error(`The fast path declined ${JSON.stringify(input)}`);
  return fast;
}

/** The pointers and codes of the issues validateArticle reports. */
function issueCodes(input: unknown, options: Parameters<typeof validateArticle>[1] = {}): [string, string][] {
  return validateArticle(input, options).issues.map((issue) => [issue.pointer, issue.code]);
}

/** Characters of text and keys, counted as the payload guard counts them. */
function guardedSize(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + guardedSize(item), 0);
  if (typeof value === "object" && value !== null)
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + guardedSize(item), 0);
  return 0;
}

/** A small valid article: one author, nothing else. */
function minimal(): JsonObject {
  return {
    headline: "Diplomats visit Khankendi",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: ["person:qabil-ashirov"],
    people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov", jobTitle: "Reporter" }],
  };
}

/** A valid article that names a place in Baku and an event there, given with offsets. */
function withEvent(startDate = "2025-07-01T10:00:00+04:00"): JsonObject {
  return {
    ...minimal(),
    body: ["The conference opened in Baku.", "“Today, we are proud,” said Qabil Ashirov."],
    locations: [
      { id: "place:azerbaijan", name: "Azerbaijan", kind: "country" },
      { id: "place:baku", name: "Baku", containedIn: "place:azerbaijan", timeZone: "Asia/Baku" },
    ],
    events: [{ id: "event:conference", name: "Conference", location: "place:baku", startDate }],
    quotes: [{ id: "quote:1", text: "Today, we are proud", speaker: "person:qabil-ashirov", paragraph: 1 }],
    organizations: [{ id: "org:news", name: "News" }],
    publisher: "org:news",
  };
}

// ─── The reader ──────────────────────────────────────────────────────────────────────────────────

test("the reader compiles from the Article schema", () => {
  expect(compiledArticleReader()).not.toBeNull();
  expect(typeof compiledArticleReader()).toBe("function");
});

// ─── Valid payloads ──────────────────────────────────────────────────────────────────────────────

/**
 * Valid payloads. The generator is meant to give valid payloads only, but graphemeWord() sometimes
 * gives an invisible letter alone (U+FFA0 HALFWIDTH HANGUL FILLER), which the models rightly refuse.
 */
const validPayload = articlePayload().filter((p) => validateSlowly(p, {}).ok);

describe("valid payloads", () => {
  test(
    "take the fast path, whose answer is the slow path's, keys in the same order",
    () => {
      fc.assert(
        fc.property(validPayload, (p) => {
          const before = structuredClone(p);
          const fast = fastAnswer(p);
          expect(fast.ok).toBe(true);
          expect(fast.issues).toEqual([]);
          expect(fast.warnings).toEqual([]);
          expectSameAnswer(fast, validateSlowly(p, {}));
          // Neither path changed the payload.
          expect(p).toStrictEqual(before);
          // As JSON text, read as plain data: the fast path, and the same answer.
          const text = JSON.stringify(p);
          expect(validateFast(JSON.parse(text), {}, true)).toBeDefined();
          expectSameAnswer(validateArticleJson(text), validateSlowly(JSON.parse(text), {}));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  test("the founding article takes the fast path, and its answer is the slow path's", () => {
    const payload: unknown = JSON.parse(
      readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8"),
    );
    const fast = fastAnswer(payload);
    expect(fast.ok).toBe(true);
    expectSameAnswer(fast, validateSlowly(payload, {}));
    expectSameAnswer(validateArticle(payload), fast);
  });

  test("the size limit is the slow path's: 5,000,000 characters take the fast path, one more does not", () => {
    const payload = minimal();
    const paragraphs = Array.from({ length: 50 }, () => "x".repeat(100_000));
    payload.body = paragraphs;
    // The last paragraph shortened so that the whole payload is exactly at the limit.
    paragraphs[49] = "x".repeat(100_000 - (guardedSize(payload) - 5_000_000));
    expect(guardedSize(payload)).toBe(5_000_000);
    expectSameAnswer(fastAnswer(payload), validateSlowly(payload, {}));

    paragraphs[49] = `${paragraphs[49]}x`;
    expect(guardedSize(payload)).toBe(5_000_001);
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual([["/body/49", "too_large"]]);
  });
});

// ─── Chains ──────────────────────────────────────────────────────────────────────────────────────

describe("the yes-or-no check of chains", () => {
  /** An article whose places have these `containedIn` links (place index → index, or an unknown id). */
  function withPlaces(links: readonly (number | string | undefined)[]): JsonObject {
    return {
      ...minimal(),
      locations: links.map((link, index) => ({
        id: `place:p${index}`,
        name: `Place ${index}`,
        ...(link === undefined ? {} : { containedIn: typeof link === "number" ? `place:p${link}` : link }),
      })),
    };
  }

  test.each([
    ["a place inside itself", [0], false],
    ["two places inside each other", [1, 0], false],
    ["a loop of three reached from a place outside it", [1, 2, 3, 1], false],
    [
      "a loop at the end of a long chain",
      [...Array.from({ length: 99 }, (_, index) => index + 1), 98],
      false,
    ],
    ["a chain that ends at a place without a link", [1, 2, undefined], true],
    ["a chain that ends at an id of no place", [1, "place:elsewhere"], false],
    ["many chains into one place", [undefined, 0, 0, 1, 3, 4], true],
    ["a long chain that ends", [...Array.from({ length: 99 }, (_, index) => index + 1), undefined], true],
  ] as const)("%s: the fast path answers %s, as the slow path finds", (_name, links, valid) => {
    const payload = withPlaces(links);
    const slow = validateSlowly(payload, {});
    expect(slow.ok).toBe(valid);
    if (valid) expectSameAnswer(fastAnswer(payload), slow);
    else expect(validateFast(payload, {})).toBeUndefined();
    expectSameAnswer(validateArticle(payload), slow);
  });
});

// ─── Local times ─────────────────────────────────────────────────────────────────────────────────

describe("local times", () => {
  test("an event's local time at a place in Asia/Baku is read in that zone, on the fast path", () => {
    const payload = withEvent("2025-07-01 10:00");
    const fast = fastAnswer(payload);
    const slow = validateSlowly(payload, {});
    expectSameAnswer(fast, slow);
    if (!fast.ok) throw new Error("refused");
    const start = fast.value.events[0]?.startDate;
    if (!DateTime.isDateTime(start)) throw new Error("not an instant");
    expect(formatDateTime(start)).toBe("2025-07-01T10:00:00+04:00");
    expect(start.zoneName).toBe("Asia/Baku");
  });

  test("a local time in a place with no zone of its own is read in the zone of the place containing it", () => {
    const payload = withEvent("2025-12-31 23:30");
    payload.locations = [
      { id: "place:georgia", name: "Georgia", timeZone: "Asia/Tbilisi" },
      { id: "place:baku", name: "Baku", containedIn: "place:georgia" },
    ];
    const fast = fastAnswer(payload);
    expectSameAnswer(fast, validateSlowly(payload, {}));
    if (!fast.ok) throw new Error("refused");
    expect(formatDateTime(fast.value.events[0]?.startDate as DateTime)).toBe("2025-12-31T23:30:00+04:00");
  });

  test("a quote's local time is read in the zone of its event's place", () => {
    const payload = withEvent();
    payload.timeZone = "Europe/London";
    payload.quotes = [
      {
        id: "quote:1",
        text: "Today, we are proud",
        speaker: "person:qabil-ashirov",
        event: "event:conference",
        date: "2025-07-01 11:15",
      },
    ];
    const fast = fastAnswer(payload);
    expectSameAnswer(fast, validateSlowly(payload, {}));
    if (!fast.ok) throw new Error("refused");
    expect(formatDateTime(fast.value.quotes[0]?.date as DateTime)).toBe("2025-07-01T11:15:00+04:00");
  });

  test("the article's own local time is read in its timeZone, before options.zone", () => {
    const payload = { ...minimal(), datePublished: "2025-01-15 09:00", timeZone: "America/St_Johns" };
    const fast = fastAnswer(payload, { zone: "Asia/Baku" });
    expectSameAnswer(fast, validateSlowly(payload, { zone: "Asia/Baku" }));
    if (!fast.ok) throw new Error("refused");
    expect(formatDateTime(fast.value.datePublished)).toBe("2025-01-15T09:00:00-03:30");
  });

  test("a local time with no zone anywhere declines the fast path; the slow path reports missing_zone", () => {
    const payload = { ...minimal(), datePublished: "2025-07-01 10:00" };
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual([["/datePublished", "missing_zone"]]);
    expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
  });

  test("the same local time with options.zone Europe/London takes the fast path", () => {
    const payload = { ...minimal(), datePublished: "2025-07-01 10:00" };
    const options = { zone: "Europe/London" };
    const fast = fastAnswer(payload, options);
    expectSameAnswer(fast, validateSlowly(payload, options));
    if (!fast.ok) throw new Error("refused");
    expect(formatDateTime(fast.value.datePublished)).toBe("2025-07-01T10:00:00+01:00");
  });

  test("a local time in a daylight-saving gap declines the fast path; the slow path reports it", () => {
    const payload = { ...minimal(), datePublished: "2025-03-30 01:30", timeZone: "Europe/London" };
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual([["/datePublished", "nonexistent_local_time"]]);
  });

  test("an ISO local time that is no real date declines the fast path; the slow path reports invalid_date", () => {
    const payload = { ...minimal(), datePublished: "2025-02-30 10:00", timeZone: "Asia/Baku" };
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual([["/datePublished", "invalid_date"]]);
    expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
  });

  test("property: an ISO local time read with its zone as an option is what the slow path's `text[zone]` gives", () => {
    const p2 = (n: number) => String(n).padStart(2, "0");
    const localTime = fc
      .record({
        year: fc.integer({ min: 1850, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 })),
        fraction: fc.option(fc.integer({ min: 0, max: 999_999 })),
        separator: fc.constantFrom("T", " "),
      })
      .map(({ year, month, day, hour, minute, second, fraction, separator }) => {
        const seconds = second === null ? "" : `:${p2(second)}${fraction === null ? "" : `.${fraction}`}`;
        return `${year}-${p2(month)}-${p2(day)}${separator}${p2(hour)}:${p2(minute)}${seconds}`;
      });
    const zone = fc.constantFrom(
      "Asia/Baku",
      "Europe/London",
      "America/New_York",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "Africa/Casablanca",
      "Pacific/Apia",
      "America/St_Johns",
      "+04:00",
      "-03:30",
      "UTC",
    );
    fc.assert(
      fc.property(localTime, zone, (text, name) => {
        const direct = parseDateTime(text, { zone: name });
        const suffixed = parseDateValue(`${text}[${name}]`);
        expect(direct.ok).toBe(suffixed.ok);
        if (direct.ok && suffixed.ok) {
          expect(DateTime.isDateTime(suffixed.value)).toBe(true);
          expect(direct.value.equals(suffixed.value as DateTime)).toBe(true);
        }
      }),
      { ...runs, numRuns: numRuns * 10 },
    );
  });

  test("a local time in an overlap, with disambiguation earlier, takes the fast path", () => {
    const payload = { ...minimal(), datePublished: "2025-10-26 01:30", timeZone: "Europe/London" };
    const options = { disambiguation: "earlier" } as const;
    expect(validateFast(payload, {})).toBeUndefined();
    const fast = fastAnswer(payload, options);
    expectSameAnswer(fast, validateSlowly(payload, options));
    if (!fast.ok) throw new Error("refused");
    expect(formatDateTime(fast.value.datePublished)).toBe("2025-10-26T01:30:00+01:00");
  });
});

// ─── What the fast path leaves to the slow path ──────────────────────────────────────────────────

describe("the fast path declines, and validateArticle gives the slow path's answer", () => {
  test("an unknown key: no fast answer, and validateArticle warns about it", () => {
    const payload = { ...minimal(), extra: 1 };
    expect(validateFast(payload, {})).toBeUndefined();
    const result = validateArticle(payload);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: ["extra"],
        pointer: "/extra",
        code: "unknown_key",
        message: 'Expected only known fields in the article, but found "extra"; it was dropped.',
        severity: "warning",
      },
    ]);
    expectSameAnswer(result, validateSlowly(payload, {}));
  });

  test("an entity given inline in authors: the fast path moves it to its registry, as the slow path does", () => {
    const payload = { headline: "H", datePublished: "2025-07-09T14:05:00+04:00", authors: [{ name: "A B" }] };
    const slow = validateSlowly(payload, {});
    const fast = validateFast(payload, {});
    if (fast === undefined) throw new Error("no fast answer");
    expectSameAnswer(fast, slow);
    const result = validateArticle(payload);
    expectSameAnswer(result, slow);
    if (!result.ok) throw new Error("refused");
    expect(result.value.authors).toEqual(["person:a-b"]);
    expect(result.value.people).toEqual([{ id: "person:a-b", name: "A B" }]);
  });

  test("options.limits: no fast answer, even for a valid payload; the slow path applies them", () => {
    const payload = minimal();
    expect(validateFast(payload, { limits: {} })).toBeUndefined();
    expect(validateFast(payload, { limits: { maxDepth: 64 } })).toBeUndefined();
    expectSameAnswer(validateArticle(payload, { limits: {} }), fastAnswer(payload));
    expect(issueCodes(payload, { limits: { maxDepth: 2 } })).toEqual([["/people/0", "too_deep"]]);
  });

  /** Defines an enumerable getter that gives `value` and counts its runs. */
  function withGetter(owner: JsonObject | unknown[], key: string | number, value: unknown): { runs: number } {
    const counter = { runs: 0 };
    Object.defineProperty(owner, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        counter.runs++;
        return value;
      },
    });
    return counter;
  }

  /** Where a getter is put: the article, its first person, or its authors list. */
  type Place = "article" | "person" | "authors";

  function ownerIn(payload: JsonObject, place: Place): JsonObject | unknown[] {
    if (place === "article") return payload;
    if (place === "person") return (payload.people as JsonObject[])[0] as JsonObject;
    return payload.authors as unknown[];
  }

  const GETTERS: [string, Place, string | number, unknown][] = [
    ["the article's description", "article", "description", "A summary."],
    ["the article's authors", "article", "authors", ["person:qabil-ashirov"]],
    ["the article's people", "article", "people", [{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }]],
    ["a person's name", "person", "name", "Qabil Ashirov"],
    ["a person's id", "person", "id", "person:qabil-ashirov"],
    ["an item of authors", "authors", 0, "person:qabil-ashirov"],
  ];

  test.each(GETTERS)(
    "a getter on %s: no fast answer, and the getter never runs",
    (_name, place, key, value) => {
      const payload = minimal();
      const counter = withGetter(ownerIn(payload, place), key, value);
      expect(validateFast(payload, {})).toBeUndefined();
      expect(counter.runs).toBe(0);
    },
  );

  test.each(GETTERS)(
    "a getter on %s, with an entity given inline elsewhere: no fast answer, and the getter never runs",
    (_name, place, key, value) => {
      const payload = { ...minimal(), mentions: [{ type: "person", name: "Aysel Müller" }] };
      const counter = withGetter(ownerIn(payload, place), key, value);
      expect(validateFast(payload, {})).toBeUndefined();
      expect(counter.runs).toBe(0);
    },
  );

  test.each([
    ["without", {}],
    ["with", { mentions: [{ type: "person", name: "Aysel Müller" }] }],
  ])(
    "a getter on an object's field, %s an entity given inline: validateArticle refuses it as the slow path does",
    (_name, extra) => {
      for (const [place, key, expected] of [
        ["article", "description", [["/description", "invalid_value"]]],
        ["person", "jobTitle", [["/people/0/jobTitle", "invalid_value"]]],
      ] as const) {
        const payload = { ...minimal(), ...extra };
        withGetter(ownerIn(payload, place), key, "Reporter");
        const slow = validateSlowly(payload, {});
        expect(slow.issues.map((issue) => [issue.pointer, issue.code])).toEqual(expected);
        expectSameAnswer(validateArticle(payload), slow);
      }
    },
  );

  test("a payload over the size limit that moving its inline entities would shorten: validateArticle reports too_large", () => {
    // `{ "type": "person", "name": "A B" }` is 17 characters; the reference it becomes, "person:a-b", is 10.
    const payload = minimal();
    const inline = () => ({ type: "person", name: "A B" });
    payload.about = Array.from({ length: 20 }, inline);
    payload.mentions = Array.from({ length: 20 }, inline);
    const paragraphs = Array.from({ length: 50 }, () => "x".repeat(100_000));
    payload.body = paragraphs;
    paragraphs[49] = "x".repeat(100_000 - (guardedSize(payload) - 5_000_050));
    expect(guardedSize(payload)).toBe(5_000_050);
    const slow = validateSlowly(payload, {});
    expect(slow.issues.map((issue) => [issue.pointer, issue.code])).toEqual([["/body/49", "too_large"]]);
    const fast = validateFast(payload, {});
    if (fast !== undefined) expectSameAnswer(fast, slow);
    expectSameAnswer(validateArticle(payload), slow);
  });

  test.each([
    ["an optional field of a registry entity", "people", "jobTitle"],
    ["an optional field of the article", "", "description"],
    ["a field of the article with a default", "", "body"],
    ["a required field of the article", "", "headline"],
  ])(
    "a non-enumerable own property, %s: validateArticle's answer is the slow path's",
    (_name, registry, key) => {
      const payload = minimal();
      const owner = registry === "" ? payload : ((payload[registry] as JsonObject[])[0] as JsonObject);
      const value = key === "body" ? ["A paragraph."] : key === "headline" ? "Another headline" : "X";
      Object.defineProperty(owner, key, { value, enumerable: false, configurable: true, writable: true });
      expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
    },
  );

  test("a list with a hole: no fast answer", () => {
    const payload = minimal();
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    payload.body = ["First.", , "Third."];
    expect(validateFast(payload, {})).toBeUndefined();
    expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
  });

  test("a class instance where an object belongs: no fast answer; the slow path refuses it", () => {
    class Entity {
      id = "person:qabil-ashirov";
      name = "Qabil Ashirov";
    }
    const payload = { ...minimal(), people: [new Entity()] };
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual([["/people/0", "invalid_type"]]);
  });

  test("a payload without a prototype takes the fast path, like one with Object.prototype", () => {
    const payload = Object.assign(Object.create(null) as JsonObject, minimal());
    expectSameAnswer(fastAnswer(payload), validateSlowly(payload, {}));
  });

  test.each([
    ["a place containing itself, by a reference with spaces", "locations", "containedIn", "place:a "],
    ["an event part of itself, by a reference with spaces", "events", "partOf", " event:a"],
  ])("%s: no fast answer (the model has the loop)", (_name, registry, field, reference) => {
    const payload = minimal();
    const entity: JsonObject =
      registry === "locations" ? { id: "place:a", name: "A" } : { id: "event:a", name: "A" };
    entity[field] = reference;
    payload[registry] = [entity];
    expect(validateFast(payload, {})).toBeUndefined();
    expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
  });

  test("a proxy that reads a field differently than its descriptor says: the answer is the slow path's", () => {
    // zod reads `input[key]`; a proxy's get trap may give another value than its own-property
    // descriptor. validateArticle must answer as the slow path does whatever the value is.
    const payload = new Proxy(minimal(), {
      get: (target, key, receiver) => (key === "headline" ? 42 : Reflect.get(target, key, receiver)),
    });
    const slow = validateSlowly(payload, {});
    expect(slow.issues.map((issue) => [issue.pointer, issue.code])).toEqual([["/headline", "invalid_type"]]);
    const fast = validateFast(payload, {});
    if (fast !== undefined) expectSameAnswer(fast, slow);
    expectSameAnswer(validateArticle(payload), slow);
  });
});

describe("cross-check failures decline the fast path; the slow path reports each", () => {
  const cases: [string, (payload: JsonObject) => void, [string, string][]][] = [
    [
      "two places that contain each other",
      (p) => {
        const [country, city] = p.locations as JsonObject[];
        if (country === undefined || city === undefined) throw new Error("no places");
        country.containedIn = "place:baku";
        city.containedIn = "place:azerbaijan";
      },
      [["/locations/0/containedIn", "containment_cycle"]],
    ],
    [
      "a place that contains itself",
      (p) => {
        ((p.locations as JsonObject[])[0] as JsonObject).containedIn = "place:azerbaijan";
      },
      [["/locations/0/containedIn", "containment_cycle"]],
    ],
    [
      "an event that is part of itself",
      (p) => {
        ((p.events as JsonObject[])[0] as JsonObject).partOf = "event:conference";
      },
      [["/events/0/partOf", "event_cycle"]],
    ],
    [
      "an id taken twice, in two registries",
      (p) => {
        p.images = [{ id: "place:baku", url: "https://news.example.org/baku.jpg" }];
      },
      [["/images/0/id", "duplicate_id"]],
    ],
    [
      "an id taken twice, in one registry",
      (p) => {
        (p.people as JsonObject[]).push({ id: "person:qabil-ashirov", name: "Someone Else" });
      },
      [["/people/1/id", "duplicate_id"]],
    ],
    [
      "a reference to an id no entity has",
      (p) => {
        p.mentions = ["person:nobody"];
      },
      [["/mentions/0", "unresolved_reference"]],
    ],
    [
      "a reference to an entity of the wrong kind",
      (p) => {
        p.authors = ["place:baku"];
      },
      [["/authors/0", "wrong_reference_kind"]],
    ],
    [
      "a misquote",
      (p) => {
        ((p.quotes as JsonObject[])[0] as JsonObject).text = "Today, we are ashamed";
      },
      [["/quotes/0/text", "misquote"]],
    ],
    [
      "a direct quote in another paragraph than it says",
      (p) => {
        ((p.quotes as JsonObject[])[0] as JsonObject).paragraph = 0;
      },
      [["/quotes/0/text", "misquote"]],
    ],
    [
      "a quote's paragraph out of range",
      (p) => {
        ((p.quotes as JsonObject[])[0] as JsonObject).paragraph = 2;
      },
      [["/quotes/0/paragraph", "paragraph_out_of_range"]],
    ],
    [
      "dateModified before datePublished",
      (p) => {
        p.dateModified = "2025-07-09T14:04:59+04:00";
      },
      [["/dateModified", "modified_before_published"]],
    ],
    [
      "dateModified before datePublished, written at another offset",
      (p) => {
        p.dateModified = "2025-07-09T10:04:00Z";
      },
      [["/dateModified", "modified_before_published"]],
    ],
    [
      "an event that ends before it starts",
      (p) => {
        // A day ends before an instant even in the zones farthest apart (the day before would not).
        ((p.events as JsonObject[])[0] as JsonObject).endDate = "2025-06-29";
      },
      [["/events/0/endDate", "end_before_start"]],
    ],
    [
      "paywalledSections without isAccessibleForFree",
      (p) => {
        p.paywalledSections = [".paywall"];
        delete p.isAccessibleForFree;
      },
      [["/isAccessibleForFree", "paywall_conflict"]],
    ],
    [
      "paywalledSections with isAccessibleForFree true",
      (p) => {
        p.paywalledSections = [".paywall"];
        p.isAccessibleForFree = true;
      },
      [["/isAccessibleForFree", "paywall_conflict"]],
    ],
  ];

  test("the payload they are made from takes the fast path", () => {
    const payload = withEvent();
    expectSameAnswer(fastAnswer(payload), validateSlowly(payload, {}));
  });

  test.each(cases)("%s", (_name, change, expected) => {
    const payload = withEvent();
    change(payload);
    expect(validateFast(payload, {})).toBeUndefined();
    expect(issueCodes(payload)).toEqual(expected);
    expectSameAnswer(validateArticle(payload), validateSlowly(payload, {}));
  });

  test("paywalledSections with isAccessibleForFree false take the fast path", () => {
    const payload = { ...withEvent(), paywalledSections: [".paywall"], isAccessibleForFree: false };
    expectSameAnswer(fastAnswer(payload), validateSlowly(payload, {}));
  });
});

// ─── Valid payloads with one change (or a few) ──────────────────────────────────────────────────

const SCHEMAS = {
  people: Person,
  organizations: Organization,
  locations: Location,
  events: Event,
  quotes: Quote,
  images: Image,
} as const;

/** Reference fields and chains, written out here independently of src/models/references.ts. */
const REFERENCES: Readonly<Record<"article" | RegistryName, readonly (readonly [string, boolean])[]>> = {
  article: [
    ["authors", true],
    ["publisher", false],
    ["image", true],
    ["about", true],
    ["mentions", true],
    ["contentLocation", true],
    ["locationCreated", false],
  ],
  people: [
    ["affiliation", false],
    ["image", false],
  ],
  organizations: [
    ["logo", false],
    ["parentOrganization", false],
  ],
  locations: [["containedIn", false]],
  events: [
    ["location", false],
    ["organizer", false],
    ["participants", true],
    ["partOf", false],
    ["about", true],
  ],
  quotes: [
    ["speaker", false],
    ["event", false],
  ],
  images: [],
};
const CHAINS = [
  ["locations", "containedIn"],
  ["organizations", "parentOrganization"],
  ["events", "partOf"],
] as const;

const MUTATIONS = [
  "set",
  "delete",
  "unknownKey",
  "blank",
  "pad",
  "duplicateId",
  "missingReference",
  "otherReference",
  "modifiedBefore",
  "endBeforeStart",
  "paragraphOutOfRange",
  "misquote",
  "localDate",
  "zone",
  "cycle",
  "paywall",
  "inline",
  "language",
  "getter",
] as const;

/** A change: what kind, which object (and which other one or which field), and a value. */
interface Mutation {
  readonly kind: (typeof MUTATIONS)[number];
  readonly which: number;
  readonly other: number;
  readonly key: string;
  readonly value: unknown;
}

const IDS = ["person:0", "org:0", "place:0", "event:0", "quote:0", "image:0", "missing:id"];

const someValue = fieldValue(IDS);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  which: fc.nat(),
  other: fc.nat(),
  key: fc.oneof(
    fc.constantFrom("extra", "type", "@id", "__proto__", "constructor", "Headline", "name ", ""),
    fc.string({ maxLength: 6 }),
  ),
  value: someValue,
});

/** The item of a list chosen by a number, modulo the list's length. */
function pick<T>(list: readonly T[], choice: number): T | undefined {
  return list.length === 0 ? undefined : list[choice % list.length];
}

/** The entities of a registry that are objects. */
function entitiesOf(p: JsonObject, name: RegistryName): JsonObject[] {
  const list = p[name];
  return Array.isArray(list)
    ? list.filter(
        (item): item is JsonObject => typeof item === "object" && item !== null && !Array.isArray(item),
      )
    : [];
}

/** The article and every entity, each with the fields its schema knows and its reference fields. */
function ownersOf(
  p: JsonObject,
): { object: JsonObject; keys: string[]; refs: readonly (readonly [string, boolean])[] }[] {
  const owners = [{ object: p, keys: Object.keys(Article.shape), refs: REFERENCES.article }];
  for (const name of REGISTRIES) {
    for (const entity of entitiesOf(p, name))
      owners.push({ object: entity, keys: Object.keys(SCHEMAS[name].shape), refs: REFERENCES[name] });
  }
  return owners;
}

/** Every date field holding text: where it is, and its key. */
function dateFieldsOf(p: JsonObject): [JsonObject, string][] {
  const fields: [JsonObject, string][] = [];
  for (const key of ["datePublished", "dateModified", "dateCreated"]) fields.push([p, key]);
  for (const event of entitiesOf(p, "events")) fields.push([event, "startDate"], [event, "endDate"]);
  for (const quote of entitiesOf(p, "quotes")) fields.push([quote, "date"]);
  return fields.filter(([owner, key]) => typeof owner[key] === "string");
}

/** Sets a key as JSON.parse would (an own property, `__proto__` included). */
function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies a change to a payload, in place; a change that finds nothing to change does nothing. */
function mutate(p: JsonObject, change: Mutation): void {
  const { which, other } = change;
  const owners = ownersOf(p);
  const owner = pick(owners, which);
  const ids = owners.slice(1).flatMap(({ object }) => (typeof object.id === "string" ? [object.id] : []));
  switch (change.kind) {
    case "set": {
      const key = owner && pick(owner.keys, other);
      if (owner && key !== undefined) setOwn(owner.object, key, change.value);
      return;
    }
    case "delete": {
      const key = owner && pick(Object.keys(owner.object), other);
      if (owner && key !== undefined) delete owner.object[key];
      return;
    }
    case "unknownKey":
      if (owner) setOwn(owner.object, change.key, change.value);
      return;
    case "blank":
    case "pad": {
      const strings = owner
        ? Object.keys(owner.object).filter((key) => typeof owner.object[key] === "string")
        : [];
      const key = pick(strings, other);
      if (owner === undefined || key === undefined) return;
      const text = owner.object[key] as string;
      const blanks = ["", " ", "\t\n", "\u200B", "\u00A0"];
      owner.object[key] = change.kind === "blank" ? pick(blanks, other) : `${pick(blanks, other)}${text}\n `;
      return;
    }
    case "duplicateId": {
      const id = pick(ids, other);
      if (owner && owner.object !== p && id !== undefined) owner.object.id = id;
      return;
    }
    case "missingReference":
    case "otherReference": {
      const spec = owner && pick(owner.refs, other);
      if (owner === undefined || spec === undefined) return;
      const id = change.kind === "missingReference" ? "missing:id" : pick(ids, other + which);
      if (id === undefined) return;
      const [field, many] = spec;
      const current = owner.object[field];
      owner.object[field] = many ? [...(Array.isArray(current) ? current : []), id] : id;
      return;
    }
    case "modifiedBefore": {
      if (typeof p.datePublished !== "string") return;
      const published = DateTime.fromISO(p.datePublished, { setZone: true });
      if (!published.isValid) return;
      p.dateModified = published.minus({ milliseconds: 1 + (other % 100_000_000) }).toISO();
      return;
    }
    case "endBeforeStart": {
      const event = pick(entitiesOf(p, "events"), which);
      if (event === undefined) return;
      event.startDate = "2025-07-02";
      event.endDate = pick(["2025-07-01", "2025-07-01T23:59:59+14:00", "2025-06"], other);
      return;
    }
    case "paragraphOutOfRange": {
      const quote = pick(entitiesOf(p, "quotes"), which);
      const body = Array.isArray(p.body) ? p.body.length : 0;
      if (quote !== undefined) quote.paragraph = body + (other % 3);
      return;
    }
    case "misquote": {
      const quote = pick(entitiesOf(p, "quotes"), which);
      if (quote === undefined) return;
      quote.kind = "direct";
      quote.text = "Words the body does not hold, qxzv";
      return;
    }
    case "localDate": {
      const field = pick(dateFieldsOf(p), which);
      if (field === undefined) return;
      const [where, key] = field;
      where[key] = (where[key] as string).replace(/(?:Z|[+-]\d{2}:\d{2})$/, "");
      return;
    }
    case "zone": {
      const places = entitiesOf(p, "locations");
      const target = pick([p, ...places], which) as JsonObject;
      const zone = pick(
        ["Asia/Baku", "asia/baku", "+04:00", "UTC+4", "Europe/London", "Mars/Olympus", "", 4],
        other,
      );
      setOwn(target, "timeZone", zone);
      return;
    }
    case "cycle": {
      const chain = pick(CHAINS, which);
      if (chain === undefined) return;
      const [name, field] = chain;
      const list = entitiesOf(p, name);
      const first = pick(list, other);
      const second = pick(list, other + which + 1);
      if (first === undefined || second === undefined) return;
      first[field] = second.id;
      second[field] = first.id;
      return;
    }
    case "paywall": {
      p.paywalledSections = [".paywall"];
      const free = pick([true, false, undefined, "false"], other);
      if (free === undefined) delete p.isAccessibleForFree;
      else p.isAccessibleForFree = free;
      return;
    }
    case "inline": {
      const authors = Array.isArray(p.authors) ? p.authors : [];
      const inline = pick(
        [{ name: "Aysel Müller" }, { id: "person:new", name: "Ülvi Núñez" }, { name: "" }],
        other,
      );
      p.authors = [...authors.slice(0, which % 3), inline, ...authors.slice((which % 3) + 1)];
      return;
    }
    case "getter": {
      // A getter that gives the value the field had: on a field, or on the first item of a list.
      const key = owner && pick(Object.keys(owner.object), other);
      if (owner === undefined || key === undefined) return;
      const current = owner.object[key];
      const [holder, at, value] =
        Array.isArray(current) && current.length > 0 && other % 2 === 0
          ? [current, 0, current[0]]
          : [owner.object, key, current];
      Object.defineProperty(holder, at, { enumerable: true, configurable: true, get: () => value });
      return;
    }
    case "language": {
      const target = pick([p, ...entitiesOf(p, "quotes")], which) as JsonObject;
      target.language = pick(["EN-gb", "az-latn-az", "en", " ru ", "x", "en_GB", "123"], other);
      return;
    }
  }
}

describe("valid payloads with a change", () => {
  test(
    "the fast path declines or gives the slow path's answer; validateArticle always gives the slow path's",
    () => {
      let taken = 0;
      let declined = 0;
      const smallArticle = articlePayload({ maxRegistry: 3, maxParagraphs: 3 });
      fc.assert(
        fc.property(smallArticle, fc.array(mutation, { minLength: 1, maxLength: 3 }), (valid, changes) => {
          const p = structuredClone(valid) as JsonObject;
          // Getters last: a field made a getter cannot be assigned to by a later change.
          const getters = changes.filter((change) => change.kind === "getter");
          for (const change of [...changes.filter((change) => change.kind !== "getter"), ...getters])
            mutate(p, change);
          const slow = validateSlowly(p, {});
          // The browser build's slow path (zod on the whole article, no events for the date checks).
          expectSameAnswer(validateSlowly(p, {}, parseArticleWhole), slow);
          const fast = validateFast(p, {});
          if (fast === undefined) declined++;
          else {
            taken++;
            expectSameAnswer(fast, slow);
          }
          expectSameAnswer(validateArticle(p), slow);
          if (getters.length === 0) {
            // The same payload as JSON text: read as plain data, the same answer.
            const text = JSON.stringify(p);
            expectSameAnswer(validateArticleJson(text), validateSlowly(JSON.parse(text), {}));
          }
        }),
        runs,
      );
      // Both happen: the property says something about each.
      expect(taken).toBeGreaterThan(0);
      expect(declined).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  test(
    "zod asked a piece at a time gives what zod gives for the whole article: the same issues in the same order, or the same article",
    () => {
      const smallArticle = articlePayload({ maxRegistry: 3, maxParagraphs: 3 });
      fc.assert(
        fc.property(smallArticle, fc.array(mutation, { minLength: 1, maxLength: 3 }), (valid, changes) => {
          const p = structuredClone(valid) as JsonObject;
          for (const change of changes.filter((change) => change.kind !== "getter")) mutate(p, change);
          // What zod gives for the whole article, as the browser build asks it.
          const whole = parseArticleWhole(p);
          // Read with the checks for getters and such, and also without them when the payload is
          // plain data (as the slow path reads it then).
          const plain = inspectJsonValue(p, {}, "the article").plain;
          for (const plainData of plain ? [false, true] : [false]) {
            const pieces = parseArticlePiecewise(p, plainData);
            if (whole.success) {
              expect(pieces).toStrictEqual(whole);
              expect(JSON.stringify(pieces.success ? pieces.data : undefined)).toBe(
                JSON.stringify(whole.data),
              );
            } else {
              expect(pieces.success).toBe(false);
              expect(pieces.success ? [] : pieces.issues).toStrictEqual(whole.issues);
            }
          }
        }),
        runs,
      );
    },
    TIMEOUT,
  );
});

describe("large registries and long chains", () => {
  const base = {
    headline: "H",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: ["person:a"],
    people: [{ id: "person:a", name: "A" }],
  };

  test("10,001 people: too_many on /people, as zod says for the whole article", () => {
    const people = Array.from({ length: 10_001 }, (_, index) => ({
      id: `person:p${index}`,
      name: `P ${index}`,
    }));
    const payload = { ...base, authors: ["person:p0"], people };
    expect(Article.safeParse(payload).success).toBe(false);
    expect(validateFast(payload, {})).toBeUndefined();
    expect(validateArticle(payload).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/people", "too_many"],
    ]);
  });

  test("a loop of 2,000 places is one containment_cycle, at its first place", () => {
    const count = 2_000;
    const locations = Array.from({ length: count }, (_, index) => ({
      id: `place:p${index}`,
      name: `P ${index}`,
      containedIn: `place:p${(index + 1) % count}`,
    }));
    const result = validateArticle({ ...base, locations });
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/locations/0/containedIn", "containment_cycle"],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Expected locations[0].containedIn to lead to a larger place, but it comes back to "place:p0" (place:p0 → place:p1 → place:p2 → place:p3 → place:p4 → place:p5 → place:p6 → pla…).',
    );
  });

  test("a loop reached from a place outside it is reported once, at the loop's first place", () => {
    const locations = [
      { id: "place:tail", name: "Tail", containedIn: "place:b" },
      { id: "place:a", name: "A", containedIn: "place:b" },
      { id: "place:b", name: "B", containedIn: "place:a" },
    ];
    const result = validateArticle({ ...base, locations });
    expect(result.issues.map((issue) => [issue.pointer, issue.code, issue.message])).toEqual([
      [
        "/locations/1/containedIn",
        "containment_cycle",
        'Expected locations[1].containedIn to lead to a larger place, but it comes back to "place:a" (place:a → place:b → place:a).',
      ],
    ]);
  });

  test("1,000 events part of each other at a place inside 1,000 places: local times read in the last place's zone", () => {
    const count = 1_000;
    const locations = Array.from({ length: count }, (_, index) => ({
      id: `place:q${index}`,
      name: `Q ${index}`,
      ...(index + 1 < count ? { containedIn: `place:q${index + 1}` } : { timeZone: "Asia/Baku" }),
    }));
    const events = Array.from({ length: count }, (_, index) => ({
      id: `event:e${index}`,
      name: `E ${index}`,
      location: "place:q0",
      startDate: "2025-07-01 10:00",
      ...(index + 1 < count ? { partOf: `event:e${index + 1}` } : {}),
    }));
    const result = validateArticle({ ...base, locations, events });
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.value.events.map((event) => formatDateTime(event.startDate as DateTime))).toEqual(
      events.map(() => "2025-07-01T10:00:00+04:00"),
    );
  });

  test("a reference with spaces around it finds its place's zone, as the model has it trimmed", () => {
    const payload = {
      ...base,
      timeZone: "UTC",
      locations: [{ id: "place:baku", name: "Baku", timeZone: "Asia/Baku" }],
      events: [{ id: "event:a", name: "A", location: " place:baku ", startDate: "2025-07-09 10:00" }],
    };
    const result = validateArticle(payload);
    if (!result.ok) throw new Error("refused");
    expect(formatDateTime(result.value.events[0]?.startDate as DateTime)).toBe("2025-07-09T10:00:00+04:00");
    expectSameAnswer(result, validateSlowly(payload, {}));
  });
});
