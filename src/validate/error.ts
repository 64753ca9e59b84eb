/**
 * The one error class: thrown by the `parse…` functions when a payload is refused.
 */
import type { ValidationIssue, ValidationIssueCode } from "./issues.js";

/**
 * Thrown by {@link parseArticle} and the other `parse…` functions when a payload has errors. Its
 * `message` is the first issue's (and how many more there are); `issues` holds them all.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle({ headline: "" });
 * } catch (error) {
 *   if (error instanceof ArticleValidationError) console.log(formatIssues(error.issues));
 * }
 * // prints:
 * // error /headline: Expected headline to contain text, but found only white space or invisible characters.
 * // error /datePublished: Expected datePublished, but found nothing.
 * // error /authors: Expected authors, but found nothing.
 * ```
 */
export class ArticleValidationError extends Error {
  /** Every error found, in payload order where it can be told. */
  readonly issues: readonly ValidationIssue<ValidationIssueCode>[];
  /** Warnings: what was accepted but dropped or doubtful. */
  readonly warnings: readonly ValidationIssue<ValidationIssueCode>[];

  /**
   * Builds the error from the issues found; `issues` has at least one.
   *
   * @param issues - The errors found, at least one; the first gives the `message`.
   * @param warnings - The warnings found beside them; default none (`[]`).
   */
  constructor(
    issues: readonly ValidationIssue<ValidationIssueCode>[],
    warnings: readonly ValidationIssue<ValidationIssueCode>[] = [],
  ) {
    const [first, ...rest] = issues;
    const more = rest.length === 0 ? "" : ` (and ${rest.length} more issue${rest.length === 1 ? "" : "s"})`;
    super(`${first?.message ?? "The payload is not valid."}${more}`);
    this.name = "ArticleValidationError";
    this.issues = issues;
    this.warnings = warnings;
  }
}
