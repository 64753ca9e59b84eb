/**
 * `foldWhiteSpace` (how quotes and the body are compared) is a faster way to write
 * `text.replace(/\s+/g, " ")`: the property compares the two on texts made of every kind of white
 * space JavaScript knows, mixed with letters (2,000 texts; 100,000 when FC_NIGHTLY is set; the seed
 * is printed, rerun a failure with FC_SEED=<seed>).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { foldWhiteSpace } from "../../src/validate/cross-checks.js";
import { seed } from "../seed.js";

const numRuns = process.env.FC_NIGHTLY === undefined ? 2_000 : 100_000;

/** Every character `\s` matches, and a few that it does not. */
const WHITE_SPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const NOT_WHITE_SPACE = "ab.\u200b\u180e’";

describe("foldWhiteSpace", () => {
  test("every run of white space becomes one space, and nothing else changes", () => {
    expect(foldWhiteSpace("Khankendi  was \t founded\n\nin 1823 ")).toBe("Khankendi was founded in 1823 ");
    expect(foldWhiteSpace("\u00a0a\u3000b\ufeff")).toBe(" a b ");
    expect(foldWhiteSpace("a b c")).toBe("a b c");
    expect(foldWhiteSpace("a\u200bb")).toBe("a\u200bb");
    expect(foldWhiteSpace("")).toBe("");
  });

  test("the characters taken for white space are exactly those of \\s", () => {
    for (const character of WHITE_SPACE) expect(foldWhiteSpace(`a${character}b`)).toBe("a b");
    for (const character of NOT_WHITE_SPACE) {
      expect(foldWhiteSpace(`a${character}b`)).toBe(`a${character}b`);
    }
  });

  test("gives what replacing /\\s+/g with a space gives", () => {
    const character = fc.constantFrom(...WHITE_SPACE, ...NOT_WHITE_SPACE, " ", " ");
    const text = fc.array(character, { maxLength: 40 }).map((characters) => characters.join(""));
    fc.assert(
      fc.property(text, (value) => foldWhiteSpace(value) === value.replace(/\s+/g, " ")),
      { seed, numRuns },
    );
  });
});
