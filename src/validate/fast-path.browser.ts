/**
 * The fast path as bundled for browsers (package.json's `browser` field puts this module in place of
 * fast-path.js): no fast path. A page checks an article or a few, where the compiled reader's speed
 * does not show and its code (a third of the validation code) would be carried for nothing, so
 * every payload takes the slow path, which gives the same answers (the property tests of
 * tests/validate/fast-path.test.ts hold the two paths to each other).
 */
import type { Article } from "../models/article.js";
import type { Reader } from "./compiled-reader.js";
import type { FastPathOptions } from "./fast-path.js";
import type { ValidationResult } from "./result.js";

export type { FastPathOptions } from "./fast-path.js";

/** No compiled reader in browsers: always `null`, as where code may not be made at run time. */
export function compiledArticleReader(): Reader | null {
  return null;
}

/**
 * Always `undefined`: the slow path answers (see the module's description).
 *
 * @param _input - The article payload.
 * @param _options - The options of {@link validateArticle}.
 * @param _plainData - Whether `input` came straight from `JSON.parse`.
 * @returns `undefined`.
 */
export function validateFast(
  _input: unknown,
  _options: FastPathOptions,
  _plainData = false,
): ValidationResult<Article> | undefined {
  return undefined;
}
