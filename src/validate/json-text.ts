/**
 * Reading an article payload from JSON text: `validateArticleJson` (never throws) and
 * `parseArticleJson` (throws one error with every issue). The text is parsed here, so the payload is
 * known to be plain data, and the checks for getters and proxies that a value from elsewhere needs
 * are left out of the fast path.
 */
import type { Article } from "../models/article.js";
import { type ValidateArticleOptions, validatePayload } from "./article.js";
import { ArticleValidationError } from "./error.js";
import { DEFAULT_LIMITS } from "./guard.js";
import { issueAt, type ValidationIssueCode } from "./issues.js";
import { jsonErrorPosition, jsonErrorReason } from "./json-position.js";
import { resultOf, type ValidationResult } from "./result.js";

/** An answer with one issue at the whole payload. */
function refused(code: ValidationIssueCode, message: string): ValidationResult<Article> {
  return resultOf<Article>(undefined, [issueAt([], code, message)], []);
}

/**
 * Checks an article payload given as JSON text and reads it into the model, as
 * {@link validateArticle} does for a parsed value (see it for what is checked). A text that is not
 * JSON is the issue `invalid_json`, with the line and column; a text longer than twice
 * `options.limits.maxSize` (10,000,000 characters by default) is `too_large`, refused before it is
 * parsed. A leading byte order mark is skipped. Never throws.
 *
 * @param text - The payload as JSON text (a request body, a line of NDJSON, a file's contents).
 * @param options - The fallback zone for local times, the disambiguation and payload limits; default `{}`.
 * @returns `{ ok: true, value, warnings }` with the model, or `{ ok: false, issues, warnings }` with every error.
 *
 * @example
 * ```ts
 * const result = validateArticleJson('{"headline": "Diplomats visit Khankendi", "authors": []');
 * result.ok; //=> false
 * result.issues[0]?.code; //=> "invalid_json"
 * ```
 */
export function validateArticleJson(
  text: string,
  options: ValidateArticleOptions = {},
): ValidationResult<Article> {
  if (typeof text !== "string") {
    return refused("invalid_type", `Expected the article as JSON text, but found ${typeof text}.`);
  }
  const maxLength = 2 * (options?.limits?.maxSize ?? DEFAULT_LIMITS.maxSize);
  if (text.length > maxLength) {
    return refused(
      "too_large",
      `Expected at most ${maxLength} characters of JSON text, but found ${text.length}.`,
    );
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let payload: unknown;
  try {
    payload = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPosition(source, message);
    const at = where === undefined ? "" : ` at line ${where.line}, column ${where.column}`;
    return refused(
      "invalid_json",
      `Expected JSON text, but it is not valid JSON${at} (${jsonErrorReason(message)}).`,
    );
  }
  return validatePayload(payload, options, true);
}

/**
 * Reads an article payload given as JSON text into the model, or throws an
 * {@link ArticleValidationError} that holds every issue. See {@link validateArticleJson}.
 *
 * @param text - The payload as JSON text.
 * @param options - The zone, disambiguation and limits, as for {@link validateArticle}; default `{}`.
 * @returns The article model.
 * @throws {@link ArticleValidationError} when the text is not JSON or the payload has errors.
 *
 * @example
 * ```ts
 * const article = parseArticleJson(await request.text());
 * toJsonLdScript(article); //=> '<script type="application/ld+json">{"@context":…</script>'
 * ```
 */
export function parseArticleJson(text: string, options: ValidateArticleOptions = {}): Article {
  const result = validateArticleJson(text, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, result.warnings);
  return result.value;
}
