/**
 * Pieces of normalising a payload that the validators rely on: the key-by-key copy of a payload
 * object (its keys, their order, `__proto__` kept as data), and the ASCII folding ids are made from
 * (ASCII text is only lower-cased; a property holds it to decomposing and lower-casing).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { copyOf } from "../../src/models/references.js";
import { slugify, toAscii } from "../../src/models/transliterate.js";
import { seed } from "../seed.js";

describe("copyOf", () => {
  test("copies every own key in its order, leaving out the one asked for", () => {
    const original = { headline: "H", type: "person", body: ["a"], authors: ["person:a"] };
    const copy = copyOf(original, "type");
    expect(Object.keys(copy)).toEqual(["headline", "body", "authors"]);
    expect(copy.body).toBe(original.body);
    expect(copy).not.toBe(original);
    expect(Object.keys(copyOf(original))).toEqual(["headline", "type", "body", "authors"]);
  });

  test("keeps __proto__ as an own key holding data, and changes no prototype", () => {
    const original = JSON.parse('{"__proto__": {"polluted": true}, "name": "A"}') as Record<string, unknown>;
    const copy = copyOf(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "name"]);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("toAscii and slugify", () => {
  test("ASCII text is lower-cased, as decomposing it would leave it (2,000 texts)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (text) => {
        expect(toAscii(text)).toBe(text.normalize("NFKD").toLowerCase());
      }),
      { seed, numRuns: 2_000 },
    );
  });

  test("other text is folded letter by letter", () => {
    expect(toAscii("Xankəndi")).toBe("xankendi");
    expect(toAscii("Ağdərə")).toBe("agdere");
    expect(slugify("Elnur Mammadov")).toBe("elnur-mammadov");
    expect(slugify("  Reporter 42!  ")).toBe("reporter-42");
    expect(slugify("Сабухи Гахраманов")).toBe("sabukhi-gakhramanov");
  });
});
