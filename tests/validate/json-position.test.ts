/**
 * Finding where a text stops being JSON, for the messages of `validateArticleJson` and the command
 * (the engine's own messages do not always give a position).
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { jsonErrorOffset, jsonErrorReason } from "../../src/validate/json-position.js";
import { seed } from "../seed.js";

test.each([
  ['{"headline": "x",\n "a": }', 24],
  ["[1,2,]", 5],
  ['{"a":1,}', 7],
  ['{"a" 1}', 5],
  ["[1 2]", 3],
  ['{"a":tru}', 5],
  ["01", 1],
  ["", 0],
  ["  ", 2],
  ["[[[[", 4],
  ['{"a":[1,{"b":[]}]} x', 19],
  ['"\u0001"', 0],
  ['"\\x"', 0],
  ["{'a': 1}", 1],
])("%j stops being JSON at %i", (text, offset) => {
  expect(() => JSON.parse(text)).toThrow(SyntaxError);
  expect(jsonErrorOffset(text)).toBe(offset);
});

test("a deep nesting is scanned without the call stack", () => {
  expect(jsonErrorOffset(`${"[".repeat(200_000)}1${"]".repeat(199_999)}`)).toBe(400_000);
});

test("property: JSON texts have no error; a text JSON.parse refuses has one, within the text (2,000 runs)", () => {
  fc.assert(
    fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, inserted) => {
      expect(jsonErrorOffset(json)).toBeUndefined();
      const cut = at % (json.length + 1);
      const changed = `${json.slice(0, cut)}${inserted}${json.slice(cut + 1)}`;
      let parses = true;
      try {
        JSON.parse(changed);
      } catch {
        parses = false;
      }
      const offset = jsonErrorOffset(changed);
      if (parses) expect(offset).toBeUndefined();
      else expect(offset).toBeGreaterThanOrEqual(0);
      if (offset !== undefined) expect(offset).toBeLessThanOrEqual(changed.length);
    }),
    { seed, numRuns: 2_000 },
  );
});

test("the engine's words are cut to their first clause, on one line", () => {
  expect(jsonErrorReason('Unexpected token \'}\', ..."x",\n "a": }" is not valid JSON')).toBe(
    "Unexpected token '}'",
  );
  expect(jsonErrorReason("Unexpected end of JSON input")).toBe("Unexpected end of JSON input");
  // The offset counts from 0 beside a line and column that count from 1: it is left out.
  expect(jsonErrorReason("Expected property name or '}' in JSON at position 1")).toBe(
    "Expected property name or '}'",
  );
  expect(
    jsonErrorReason("Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)"),
  ).toBe("Expected ',' or '}' after property value");
});
