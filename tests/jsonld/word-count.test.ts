/**
 * The word count of `wordCount`: a scan in one pass, held to the definition it replaced, a regular
 * expression (a run of letters, marks, digits and connectors, joined by one `.`, `'`, `’`, `:`, `·`,
 * `,` or `;`), on any text; text in a script written without spaces goes to `Intl.Segmenter`.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { countWords } from "../../src/jsonld/word-count.js";
import { seed } from "../seed.js";

const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:[.'’:·,;][\p{L}\p{M}\p{N}\p{Pc}]+)*/gu;
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

/** The definition: the regular expression's matches (for text without a script written without spaces). */
function wordsByDefinition(paragraph: string): number {
  return paragraph.match(WORD)?.length ?? 0;
}

const numRuns = process.env.FC_NIGHTLY === undefined ? 2_000 : 200_000;

/** Text made of the characters that matter: letters of several scripts, marks, digits, joiners, spaces. */
const pieces = fc.constantFrom(
  "a",
  "Z",
  "ə",
  "ğ",
  "é",
  "e\u0301",
  "Ж",
  "ع",
  "7",
  "٣",
  "_",
  ".",
  "'",
  "’",
  ":",
  "·",
  ",",
  ";",
  " ",
  "  ",
  "\n",
  "\t",
  "-",
  "“",
  "”",
  "(",
  "😀",
  "𝐀",
  "\uD800",
  "\u00A0",
  "\u200B",
);
const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

describe("countWords", () => {
  test("gives what the regular expression counts, on any text in spaced scripts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.string({ unit: "binary", maxLength: 30 })), { maxLength: 4 }),
        (body) => {
          const spaced = body.filter((paragraph) => !UNSPACED.test(paragraph));
          expect(countWords(spaced, "en")).toBe(spaced.reduce((sum, p) => sum + wordsByDefinition(p), 0));
        },
      ),
      { seed, numRuns },
    );
  });

  test("exact counts for joined words, numbers and quotes", () => {
    expect(countWords(["Azerbaijan’s 13,000 new roads: 3.5 km a day, isn't it?"], "en")).toBe(10);
    expect(countWords(["a..b", "a. b", ".a.", "x'"], "en")).toBe(6);
    expect(countWords(["“Khankendi was founded by the Garabagh Khanate in 1823.”"], "en")).toBe(9);
    expect(countWords([], "en")).toBe(0);
  });

  test("a paragraph with any character of a script written without spaces is counted by Intl.Segmenter", () => {
    const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
    const paragraph = "東京で会議が開かれた。 Tokyo";
    const expected = [...segmenter.segment(paragraph)].filter((segment) => segment.isWordLike).length;
    expect(countWords([paragraph], "ja")).toBe(expected);
    expect(countWords([paragraph, "two words"], "ja")).toBe(expected + 2);
  });
});
