/**
 * Round trips of article payloads: the founding example, and generated articles (500 runs per
 * property). The seed is printed; rerun a failure with FC_SEED=<seed>.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import {
  Article,
  type DateValue,
  Event,
  formatIssues,
  Image,
  isPartialDate,
  Location,
  Organization,
  Person,
  parseArticle,
  Quote,
  serializeArticle,
  type ValidationIssue,
  type ValidationResult,
  validateArticle,
} from "../../src/index.js";
import { type ArticlePayload, articlePayload, fieldValue, REGISTRIES } from "../arbitraries.js";
import { seed } from "../seed.js";

const runs = { seed, numRuns: 500 } as const;
const TIMEOUT = 60_000;

/** The payload as JSON would carry it (what a second parse reads). */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * What `serializeArticle(parseArticle(p))` must be for a generated payload `p`. The generator writes
 * every value in normal form already (strings trimmed, language tags as `Intl.getCanonicalLocales`
 * writes them, zones as their canonical IANA names, instants as `formatDateTime` writes them:
 * `YYYY-MM-DDTHH:MM:SS[.mmm]±HH:MM`, or `Z` for UTC; partial dates as `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`; references as ids, entities in their registries), so exactly three things change:
 *
 * 1. an empty registry (`people`, `organizations`, `locations`, `events`, `quotes`, `images`) is left
 *    out, whether `p` gave it as `[]` or not at all;
 * 2. `body` is always present: `[]` when `p` has none (the schema's default);
 * 3. a quote without `kind` gets `kind: "direct"` (the schema's default).
 *
 * Nothing else: no key is added or dropped, every other value is `p`'s, and every date string is
 * `p`'s, character for character (so its offset and precision are kept).
 */
function normalised(p: ArticlePayload): ArticlePayload {
  const out: ArticlePayload = { ...p, body: p.body ?? [] };
  for (const name of REGISTRIES) {
    if (out[name]?.length === 0) delete out[name];
  }
  if (out.quotes !== undefined)
    out.quotes = out.quotes.map((quote) => ({ ...quote, kind: quote.kind ?? "direct" }));
  return out;
}

/** Validates a generated payload, failing with its issues (a generator or library bug) if refused. */
function accepted(p: ArticlePayload): Article {
  const result = validateArticle(p);
  if (!result.ok) {
    throw new Error(
      `A generated payload was refused:\n${formatIssues(result.issues)}\npayload: ${JSON.stringify(p)}`,
    );
  }
  return result.value;
}

describe("generated articles", () => {
  test(
    "validate with no issues and no warnings, and are left unchanged",
    () => {
      fc.assert(
        fc.property(articlePayload(), (p) => {
          const before = structuredClone(p);
          const result = validateArticle(p);
          if (!result.ok) {
            throw new Error(`Refused:\n${formatIssues(result.issues)}\npayload: ${JSON.stringify(p)}`);
          }
          expect(result.issues).toEqual([]);
          expect(result.warnings).toEqual([]);
          expect(p).toEqual(before);
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  test(
    "serializeArticle(parseArticle(p)) is p normalised, and a fixed point",
    () => {
      fc.assert(
        fc.property(articlePayload(), (p) => {
          accepted(p);
          const once = serializeArticle(parseArticle(p));
          expect(once).toEqual(normalised(p));
          // Parsing the serialized payload (as JSON carries it) and serializing again changes nothing.
          const json = viaJson(once);
          const twice = serializeArticle(parseArticle(json));
          expect(twice).toEqual(json);
          expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  test(
    "keep every written offset and every partial date's precision in the model",
    () => {
      fc.assert(
        fc.property(articlePayload(), (p) => {
          const article = accepted(p);
          let checked = 0;
          for (const [where, text, value] of writtenDates(p, article)) {
            expectDateKept(where, text, value);
            checked++;
          }
          // datePublished at least.
          expect(checked).toBeGreaterThanOrEqual(1);
        }),
        runs,
      );
    },
    TIMEOUT,
  );
});

/** Every date string of a payload, where it is, and its value in the model. */
function* writtenDates(
  p: ArticlePayload,
  article: Article,
): Generator<[string, string, DateValue | undefined]> {
  for (const key of ["datePublished", "dateModified", "dateCreated"] as const) {
    const text = p[key];
    if (text !== undefined) yield [key, text, article[key]];
  }
  for (const [index, event] of (p.events ?? []).entries()) {
    for (const key of ["startDate", "endDate"] as const) {
      const text = event[key];
      if (text !== undefined) yield [`events[${index}].${key}`, text, article.events[index]?.[key]];
    }
  }
  for (const [index, quote] of (p.quotes ?? []).entries()) {
    if (quote.date !== undefined) yield [`quotes[${index}].date`, quote.date, article.quotes[index]?.date];
  }
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An instant keeps the offset it was written at (in minutes), its wall clock and its epoch
 * milliseconds (read by the JavaScript engine's own parser); a partial date keeps its precision and
 * fields.
 */
function expectDateKept(where: string, text: string, value: DateValue | undefined): void {
  const instant = INSTANT.exec(text);
  if (instant !== null) {
    const [, year, month, day, hour, minute, second, fraction, sign, offsetHours, offsetMinutes] = instant;
    const offset =
      sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
    if (!DateTime.isDateTime(value)) throw new Error(`${where} (${text}) is not an instant in the model`);
    expect({ where, offset: value.offset }).toEqual({ where, offset });
    expect({ where, millis: value.toMillis() }).toEqual({ where, millis: Date.parse(text) });
    expect({ where, wall: value.toObject() }).toEqual({
      where,
      wall: {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour),
        minute: Number(minute),
        second: Number(second),
        millisecond: Number(fraction ?? 0),
      },
    });
    return;
  }
  const partial = PARTIAL.exec(text);
  if (partial === null) throw new Error(`${where}: the generator wrote ${text}, in no normal form`);
  const [, year, month, day] = partial;
  if (value === undefined || !isPartialDate(value)) {
    throw new Error(`${where} (${text}) is not a partial date in the model`);
  }
  const precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  expect({ where, value }).toEqual({
    where,
    value: {
      precision,
      year: Number(year),
      ...(month === undefined ? {} : { month: Number(month) }),
      ...(day === undefined ? {} : { day: Number(day) }),
    },
  });
}

// ─── Arbitrary input never makes validateArticle throw. ──────────────────────────────────────────

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** RFC 6901, written out independently of the library. */
function pointerOf(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** An issue or warning as documented: a path, its pointer, a snake_case code, a sentence, a severity. */
function expectWellFormedIssue(issue: ValidationIssue, severity: "error" | "warning"): void {
  expect(Array.isArray(issue.path)).toBe(true);
  expect(typeof issue.pointer).toBe("string");
  expect(issue.pointer).toBe(pointerOf(issue.path));
  expect(typeof issue.code).toBe("string");
  expect(issue.code).toMatch(SNAKE_CASE);
  expect(typeof issue.message).toBe("string");
  expect(issue.message.length).toBeGreaterThan(0);
  expect(issue.severity).toBe(severity);
}

/** `ok: true` with a value and no issues, or `ok: false` with at least one well-formed issue. */
function expectWellFormedResult(result: ValidationResult<Article>): void {
  if (result.ok) {
    expect(result.issues).toEqual([]);
    expect(result.value).toBeDefined();
  } else {
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expectWellFormedIssue(issue, "error");
  }
  for (const warning of result.warnings) expectWellFormedIssue(warning, "warning");
}

/** Validates, failing with the input if it throws. */
function validateOrReport(input: unknown): ValidationResult<Article> {
  try {
    return validateArticle(input);
  } catch (error) {
    throw new Error(`validateArticle threw ${String(error)} for ${safeJson(input)}`);
  }
}

/** JSON for a failure message, whatever the value. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const SPECIAL_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "type",
];
const ARTICLE_KEYS = Object.keys(Article.shape);
const ENTITY_KEYS = [
  ...new Set(
    [Person, Organization, Location, Event, Quote, Image].flatMap((schema) => Object.keys(schema.shape)),
  ),
];
const IDS = ["person:0", "org:0", "place:0", "event:0", "quote:0", "image:0"];

/** An object with these own properties, `__proto__` included (as `JSON.parse` would make it). */
function objectFrom(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const someValue = fieldValue(IDS);

/** An object mixing entity keys (and `__proto__`, `constructor`, random keys) with values of any kind. */
const entityLike = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...ENTITY_KEYS, ...SPECIAL_KEYS), fc.string()), someValue), {
    maxLength: 8,
  })
  .map(objectFrom);

/** An object mixing article keys with values of any kind, entities (or entity-like objects) included. */
const articleLike = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...ARTICLE_KEYS, ...SPECIAL_KEYS), fc.string()),
      fc.oneof(someValue, entityLike, fc.array(fc.oneof(entityLike, someValue), { maxLength: 4 })),
    ),
    { maxLength: 14 },
  )
  .map(objectFrom);

/** A change at a path: each number picks a key (or index) of the value it reaches, modulo their count. */
interface Mutation {
  readonly path: readonly number[];
  readonly action: "set" | "delete" | "add";
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  action: fc.constantFrom("set", "delete", "add"),
  key: fc.oneof(fc.constantFrom(...SPECIAL_KEYS, ...ENTITY_KEYS), fc.string()),
  value: fc.oneof(someValue, entityLike),
});

/** Applies a change to a (cloned) payload, in place. */
function mutate(root: Record<string, unknown>, change: Mutation): void {
  let container: unknown = root;
  for (const [step, choice] of change.path.entries()) {
    if (typeof container !== "object" || container === null) return;
    const keys = Object.keys(container);
    const last = step === change.path.length - 1;
    if (last && change.action === "add" && !Array.isArray(container)) {
      Object.defineProperty(container, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    }
    if (keys.length === 0) return;
    const key = keys[choice % keys.length] as string;
    const holder = container as Record<string, unknown>;
    if (last) {
      if (change.action === "delete" && !Array.isArray(container)) delete holder[key];
      else holder[key] = change.value;
      return;
    }
    container = holder[key];
  }
}

/** The own property names of the built-in prototypes, to see that nothing was added to them. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((prototype) =>
    Object.getOwnPropertyNames(prototype),
  );
}

describe("validateArticle on arbitrary input", () => {
  const builtIns = prototypeKeys();

  test(
    "never throws for any JSON value, and returns a well-formed result",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          expectWellFormedResult(validateOrReport(input));
        }),
        runs,
      );
      expect(prototypeKeys()).toEqual(builtIns);
    },
    TIMEOUT,
  );

  test(
    "never throws for objects mixing article and entity keys with random values, nor changes a prototype",
    () => {
      fc.assert(
        fc.property(articleLike, (input) => {
          expectWellFormedResult(validateOrReport(input));
          expect(prototypeKeys()).toEqual(builtIns);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  test(
    "never throws for valid articles with random values put in, taken out or added anywhere",
    () => {
      fc.assert(
        fc.property(articlePayload(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (p, changes) => {
          const input = structuredClone(p) as Record<string, unknown>;
          for (const change of changes) mutate(input, change);
          expectWellFormedResult(validateOrReport(input));
          expect(prototypeKeys()).toEqual(builtIns);
        }),
        runs,
      );
    },
    TIMEOUT,
  );
});

describe("the founding article", () => {
  test("round-trips: serializeArticle(parseArticle(p)) equals p", () => {
    const text = readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8");
    const payload: unknown = JSON.parse(text);
    const once = serializeArticle(parseArticle(payload));
    expect(once).toEqual(payload);
    expect(serializeArticle(parseArticle(viaJson(once)))).toEqual(payload);
  });
});
