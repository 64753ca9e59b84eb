/**
 * The piecewise parse as bundled for browsers (package.json's `browser` field puts this module in
 * place of piecewise.js): zod parses the whole article, which is what the piecewise parse is held to
 * by the property tests (tests/validate/fast-path.test.ts), without the compiled readers.
 */
import { Article } from "../models/article.js";
import type { PiecewiseResult } from "./piecewise.js";

export type { PiecewiseResult } from "./piecewise.js";

/**
 * `Article.safeParse(payload, { reportInput: true })`, reduced to what the slow path uses. The events
 * are not given back on failure, so the date cross-checks read their dates from the payload.
 *
 * @param payload - A normalised article payload, local times given their zones.
 * @param _plainData - Whether the payload is known to be plain data (not needed here).
 * @returns The article, or every issue zod finds, in zod's order.
 */
export function parseArticlePiecewise(payload: unknown, _plainData = false): PiecewiseResult {
  const parsed = Article.safeParse(payload, { reportInput: true });
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues };
}
