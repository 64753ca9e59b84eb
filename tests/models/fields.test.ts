/**
 * `hasVisibleText` (what makes a text field not empty) reads a leading printable ASCII character
 * as visible without the pattern; the property holds it to the pattern the JSON Schema states.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasVisibleText } from "../../src/models/fields.js";
import { seed } from "../seed.js";

describe("hasVisibleText", () => {
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
