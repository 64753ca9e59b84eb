/**
 * Words standing whole in a text: what the quote check asks of the body.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { includesWords } from "../../src/models/words.js";
import { seed } from "../seed.js";

test.each([
  ["illegal and unwise", "legal and unwise", false],
  ["It was illegal and unwise.", "illegal and unwise", true],
  ["We supported the plan", "We support", false],
  ["We support the plan", "We support", true],
  ["Ceasefire is possible", "fire is possible", false],
  ["fire, fire is possible", "fire is possible", true],
  ["snake_case", "case", false],
  ["in 2023, then", "202", false],
  ["the 𝒜lgebra", "lgebra", false],
  ["the 𝒜 lgebra", "lgebra", true],
  ["he said—and left", "—and", true],
  ["我们支持这个计划", "支持", true],
  ["ok", "", true],
])("in %j, %j stands whole: %s", (text, words, expected) => {
  expect(includesWords(text, words)).toBe(expected);
});

test("property: words found stand in the text as written, and words between spaces are found (1,000 runs)", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.string(), (before, words, after) => {
      const text = `${before} ${words} ${after}`;
      expect(includesWords(text, words)).toBe(true);
      if (includesWords(before, words)) expect(before.includes(words)).toBe(true);
    }),
    { seed, numRuns: 1_000 },
  );
});
