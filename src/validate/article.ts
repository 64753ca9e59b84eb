/**
 * Reading an article payload: `validateArticle` (never throws), `parseArticle` (throws one error with
 * every issue), and `serializeArticle` (the model back to a normalised payload).
 */
import * as z from "zod";
import { describeValue } from "../dates/issues.js";
import { Article } from "../models/article.js";
import {
  isPlainObject,
  type NormaliseIssue,
  normaliseEntities,
  own,
  type PayloadPath,
  REGISTRY_OF,
} from "../models/references.js";
import { crossCheck, type DecodedDates } from "./cross-checks.js";
import { ArticleValidationError } from "./error.js";
import { validateFast } from "./fast-path.js";
import { inspectJsonValue, type JsonLimits, parseDefused } from "./guard.js";
import { fieldName, issueAt, toPointer, type ValidationIssue, type ValidationIssueCode } from "./issues.js";
import {
  blameArticleZone,
  blameOptionZone,
  type LocalTimeOptions,
  resolveLocalTimes,
} from "./local-times.js";
import { fromZodIssues } from "./messages.js";
import { parseArticlePiecewise } from "./piecewise.js";
import { resultOf, type ValidationResult } from "./result.js";
import { unknownKeyWarnings } from "./unknown-keys.js";

/**
 * Options for {@link validateArticle} and {@link parseArticle}.
 *
 * @example
 * ```ts
 * const options: ValidateArticleOptions = { zone: "Asia/Baku", disambiguation: "earlier" };
 * const result = validateArticle(
 *   {
 *     headline: "H",
 *     datePublished: "2014-10-26 04:30", // twice on the clock in Baku that night
 *     authors: ["person:a"],
 *     people: [{ id: "person:a", name: "A" }],
 *   },
 *   options,
 * );
 * if (result.ok) formatDateTime(result.value.datePublished); //=> "2014-10-26T04:30:00+05:00"
 * ```
 */
export interface ValidateArticleOptions extends LocalTimeOptions {
  /** Limits on the payload, checked before any other work (depth 64, 5 MB of text, … by default). */
  readonly limits?: JsonLimits;
}

/** Sentences for the issues found while moving inline entities into registries. */
function fromNormaliseIssue(issue: NormaliseIssue): ValidationIssue<ValidationIssueCode> {
  const field = fieldName(issue.path);
  const message =
    issue.code === "missing_entity_type"
      ? `Expected ${field}, an entity given inline in ${issue.details.field}, to say which kind it is with "type" (person, organization, location, event or image), but found no type.`
      : `Expected ${field} to be one of ${issue.details.allowed}, but found "${issue.details.found}".`;
  return issueAt(issue.path, issue.code, message);
}

/**
 * Checks an article payload and reads it into the model, collecting every issue rather than stopping
 * at the first. Never throws, whatever the input.
 *
 * What it does, in order: moves entities given inline into their registries (with ids made from
 * their names); warns about unknown fields and drops them; reads local times in the zone of their
 * place or the article's `timeZone` (else `options.zone`); checks every field's shape; and checks the
 * article as a whole (references resolve to entities of the right kind, ids are unique, no place
 * contains itself and no event is part of itself, `dateModified` is not before `datePublished`,
 * events end after they start, quotes stand where they say).
 *
 * @param input - The article payload, as parsed JSON; any value is accepted and checked.
 * @param options - The fallback zone for local times, the disambiguation and payload limits; default `{}`.
 * @returns `{ ok: true, value, warnings }` with the model, or `{ ok: false, issues, warnings }` with every error.
 *
 * @example
 * ```ts
 * const result = validateArticle({ headline: "Diplomats visit Khankendi", authors: [] });
 * result.ok; //=> false
 * result.issues.map((issue) => issue.code); //=> ["required", "too_few"]
 * ```
 */
export function validateArticle(
  input: unknown,
  options: ValidateArticleOptions = {},
): ValidationResult<Article> {
  return validatePayload(input, options, false);
}

/**
 * {@link validateArticle}'s work: the fast path, else the slow path; never throws. `plainData` says
 * that `input` came straight from `JSON.parse` (see `validateArticleJson`).
 */
export function validatePayload(
  input: unknown,
  options: ValidateArticleOptions,
  plainData: boolean,
): ValidationResult<Article> {
  // From JavaScript, `null` may stand for no options.
  const settings = options ?? {};
  try {
    return validateFast(input, settings, plainData) ?? validateSlowly(input, settings);
  } catch (error) {
    return unreadable(error);
  }
}

/** The answer for a value that could not even be read (a proxy whose traps throw, say). */
function unreadable<T>(error: unknown): ValidationResult<T> {
  const reason = error instanceof Error ? error.message : "unknown error";
  const message = `Expected the article to be readable data, but reading it failed (${reason}).`;
  return resultOf<T>(undefined, [issueAt([], "invalid_value", message)], []);
}

/**
 * {@link validateArticle}'s whole work, which finds and words every problem; it may meet values that
 * throw when read. The fast path gives the same result for the payloads it takes. `parse` is zod's
 * answer for the article (the tests give it the browser build's, piecewise.browser.ts).
 */
export function validateSlowly(
  input: unknown,
  options: ValidateArticleOptions,
  parse: typeof parseArticlePiecewise = parseArticlePiecewise,
): ValidationResult<Article> {
  const inspection = inspectJsonValue(input, options.limits ?? {}, "the article");
  if (inspection.issue !== undefined) return resultOf<Article>(undefined, [inspection.issue], []);
  if (!isPlainObject(input)) {
    const message = `Expected the article to be an object, but found ${describeValue(input)}.`;
    return resultOf<Article>(undefined, [issueAt([], "invalid_type", message)], []);
  }
  const normalised = normaliseEntities(input);
  const mapPath = (path: PayloadPath): PayloadPath => {
    let current = path;
    for (;;) {
      const [registry, index] = current;
      if (typeof registry !== "string" || typeof index !== "number") return current;
      const origin = normalised.origins.get(`${registry}/${index}`);
      if (origin === undefined) return current;
      current = [...origin, ...current.slice(2)];
    }
  };
  const warnings = unknownKeyWarnings(Article, normalised.payload, mapPath);
  const zoned = resolveLocalTimes(normalised.payload, options);
  // Plain data (what normalising and zoning add is plain too) needs no checks for getters and such.
  const decoded = parseDefused((payload) => parse(payload, inspection.plain), zoned.payload);
  const model = decoded.success ? decoded.data : undefined;
  // When the article failed, the events that passed still spare the date checks a second reading.
  const decodedDates: DecodedDates = decoded.success ? decoded.data : { events: decoded.events };
  const inlineProblems = normalised.issues.map(fromNormaliseIssue);
  const inlineEntities = normalised.issues.map((issue) => toPointer(issue.entityPath));
  const shapeProblems = decoded.success
    ? []
    : fromZodIssues(decoded.issues, mapPath, zoned.originals).filter(
        (issue) =>
          !inlineEntities.some(
            (pointer) => issue.pointer === pointer || issue.pointer.startsWith(`${pointer}/`),
          ),
      );
  const issues = [...inlineProblems, ...shapeProblems, ...crossCheck(zoned.payload, mapPath, decodedDates)];
  const blamed = blameArticleZone(issues, own(normalised.payload, "timeZone"), options.zone);
  return resultOf(model, blameOptionZone(blamed, options.zone), warnings);
}

/**
 * Reads an article payload into the model, or throws an {@link ArticleValidationError} that holds
 * every issue. See {@link validateArticle} for what is checked.
 *
 * @param input - The article payload, as parsed JSON.
 * @param options - The zone, disambiguation and limits, as for {@link validateArticle}; default `{}`.
 * @returns The article model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * const article = parseArticle(payload);
 * formatDateTime(article.datePublished); //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export function parseArticle(input: unknown, options: ValidateArticleOptions = {}): Article {
  const result = validateArticle(input, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, result.warnings);
  return result.value;
}

/**
 * The model as a normalised payload: entities in their registries, dates in their normal written
 * form (`2025-07-09T14:05:00+04:00`, `1823`), zones and languages spelled canonically, empty
 * registries left out.
 * `serializeArticle(parseArticle(p))` is `p` normalised, with every offset and precision kept, and
 * parsing it again gives the same article.
 *
 * Throws a zod error if the model was built in code with values the schema does not allow.
 *
 * @param article - The article model, as {@link parseArticle} or {@link validateArticle} gives it.
 * @returns The normalised payload, plain JSON data that {@link validateArticle} reads back to the same article.
 * @throws ZodError (zod's error) when the model was built in code with values the schema does not allow.
 *
 * @example
 * ```ts
 * const payload = serializeArticle(parseArticle(input));
 * payload.datePublished; //=> "2025-07-09T14:05:00+04:00"
 * ```
 */
export function serializeArticle(article: Article): z.input<typeof Article> {
  const payload = z.encode(Article, article);
  for (const registry of Object.values(REGISTRY_OF)) {
    if (payload[registry]?.length === 0) delete payload[registry];
  }
  return payload;
}
