/**
 * Small helpers shared by the date tests: unwrap a result (failing loudly with the issue when it is not
 * what the test expects) and the 80-character quoting rule, written out independently of the library.
 */
import type { DateTime } from "luxon";
import { expect } from "vitest";
import { type DateIssue, type DateResult, formatDateTime } from "../../src/index.js";

/** The value of a successful result; fails the test with the issue's message otherwise. */
export function unwrap<T>(result: DateResult<T>): T {
  if (!result.ok) {
    throw new Error(`Expected a value, got ${result.issue.code}: ${result.issue.message}`);
  }
  return result.value;
}

/** The issue of a failed result; fails the test when the result is a value. */
export function issueOf<T>(result: DateResult<T>): DateIssue {
  if (result.ok) throw new Error(`Expected an issue, got a value: ${String(result.value)}`);
  return result.issue;
}

/** How the issue quotes a text: as is up to 80 characters, else its first 80 and "…". */
export function quoted(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 80)}…`;
}

/**
 * Checks an instant three ways: its schema.org text, its zone name, and its epoch milliseconds (read
 * from the expected text by the JavaScript engine's own ISO parser, which knows nothing of this library).
 */
export function expectInstant(value: DateTime, text: string, zone: string): void {
  expect(formatDateTime(value)).toBe(text);
  expect(value.zoneName).toBe(zone);
  expect(value.toMillis()).toBe(Date.parse(text));
}

/** Checks a failed result: the code, the quoted input, and that the message quotes it. */
export function expectIssue<T>(result: DateResult<T>, code: DateIssue["code"], input: string): DateIssue {
  const issue = issueOf(result);
  expect(issue.code).toBe(code);
  expect(issue.input).toBe(quoted(input));
  expect(issue.message).toContain(`"${quoted(input)}"`);
  return issue;
}
