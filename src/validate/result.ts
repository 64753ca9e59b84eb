/**
 * What validating returns: the value, or every issue; warnings either way.
 */
import type { ValidationIssue, ValidationIssueCode } from "./issues.js";

/**
 * The result of {@link validateArticle} and its kin: never thrown. On success `issues` is empty and
 * `value` is the model; on failure `issues` lists every error. `warnings` lists what was accepted but
 * dropped or doubtful (unknown fields, say). Their codes are {@link ValidationIssueCode}s, which a
 * `switch` can go through.
 *
 * @example
 * ```ts
 * const result: ValidationResult<Article> = validateArticle(payload);
 * if (result.ok) result.value.headline; //=> "Diplomats visit Khankendi"
 * else console.error(formatIssues(result.issues));
 * ```
 */
export type ValidationResult<T> =
  | {
      /** `true`: the payload is valid. */
      readonly ok: true;
      /** The model. */
      readonly value: T;
      /** Empty. */
      readonly issues: readonly [];
      /** What was accepted but dropped or doubtful. */
      readonly warnings: readonly ValidationIssue<ValidationIssueCode>[];
    }
  | {
      /** `false`: the payload has errors. */
      readonly ok: false;
      /** No model. */
      readonly value?: undefined;
      /** Every error found. */
      readonly issues: readonly ValidationIssue<ValidationIssueCode>[];
      /** What was accepted but dropped or doubtful. */
      readonly warnings: readonly ValidationIssue<ValidationIssueCode>[];
    };

/** Builds a result from issues and, when there are no errors, the value. */
export function resultOf<T>(
  value: T | undefined,
  issues: readonly ValidationIssue<ValidationIssueCode>[],
  warnings: readonly ValidationIssue<ValidationIssueCode>[],
): ValidationResult<T> {
  if (issues.length === 0 && value !== undefined) return { ok: true, value, issues: [], warnings };
  return { ok: false, issues, warnings };
}
