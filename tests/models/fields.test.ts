/**
 * `hasVisibleText` (what makes a text field not empty) reads a leading printable ASCII character
 * as visible without the pattern; the property holds it to the pattern the JSON Schema states.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasVisibleText, VISIBLE_PATTERN } from "../../src/models/fields.js";
import { seed } from "../seed.js";

describe("hasVisibleText", () => {
  // The invisible characters are written out (so that Python's \`re\` reads the JSON Schema's pattern);
  // they are exactly those of the Unicode classes, in the engine's Unicode (15.1 in Node 20).
  test("every code point is visible exactly when the Unicode classes say so", () => {
    const invisible = /[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (hasVisibleText(character) === invisible.test(character)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  test("the pattern uses no Unicode property escape", () => {
    expect(VISIBLE_PATTERN).not.toMatch(/\\p\{/);
    expect(VISIBLE_PATTERN.startsWith("[^\\u0000-\\u0020")).toBe(true);
  });

  test("is the pattern the JSON Schema states, for texts of white space, controls, format and ignorable characters (2,000 texts)", () => {
    const visible = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
    const character = fc.constantFrom(
      " ",
      "\t",
      "\u0000",
      "\u007f",
      "\u200b",
      "\u200d",
      "\ufe0f",
      "\u00ad",
      "!",
      "~",
      "a",
      "é",
      "\u3000",
      "\ud83d\ude00",
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 6 }), (characters) => {
        const text = characters.join("");
        expect(hasVisibleText(text)).toBe(visible.test(text));
      }),
      { seed, numRuns: 2_000 },
    );
  });
});
