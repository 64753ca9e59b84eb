/**
 * Pieces of normalising a payload that the validators rely on: the key-by-key copy of a payload
 * object (its keys, their order, `__proto__` kept as data), and the ASCII folding ids are made from
 * (ASCII text is only lower-cased; a property holds it to decomposing and lower-casing); the ids made
 * from names next to ids given, and inline entities that name a registry entity, in time linear in
 * their number.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { copyOf, IdAllocator, normaliseEntities } from "../../src/models/references.js";
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

describe("ids made from names", () => {
  test("a taken id gets the first free suffix, ids given and ids made from other names alike", () => {
    const { payload } = normaliseEntities({
      headline: "H",
      authors: [
        { name: "X" },
        { name: "Ann Lee" },
        { name: "X", url: "https://e.example/x" },
        { type: "person", name: "Ann Lee" },
      ],
      people: [
        { name: "X" },
        { id: "person:x-3", name: "Y" },
        { name: "X" },
        { name: "X 2" },
        { name: "X" },
        { id: "person:ann", name: "Ann Lee" },
        { name: "X" },
      ],
    });
    expect(payload).toEqual({
      headline: "H",
      authors: ["person:x", "person:ann", "person:x-6", "person:ann"],
      people: [
        { id: "person:x", name: "X" },
        { id: "person:x-3", name: "Y" },
        { id: "person:x-2", name: "X" },
        { id: "person:x-2-2", name: "X 2" },
        { id: "person:x-4", name: "X" },
        { id: "person:ann", name: "Ann Lee" },
        { id: "person:x-5", name: "X" },
        { id: "person:x-6", name: "X", url: "https://e.example/x" },
      ],
    });
  });

  test("numbered ids and ids from names share one set of taken ids", () => {
    const ids = new IdAllocator();
    ids.reserve("quote:2");
    ids.reserve("person:2");
    expect([
      ids.numbered("quote"),
      ids.numbered("quote"),
      ids.fromName("person", "1"),
      ids.numbered("person"),
      ids.fromName("person", "2"),
      ids.fromName("person", "2"),
      ids.numbered("person"),
      ids.fromName("person", "X"),
      ids.fromName("person", "X-2"),
      ids.fromName("person", "x"),
      ids.fromName("organization", "X"),
    ]).toEqual([
      "quote:1",
      "quote:3",
      "person:1",
      "person:3",
      "person:2-2",
      "person:2-3",
      "person:4",
      "person:x",
      "person:x-2",
      "person:x-3",
      "org:x",
    ]);
  });

  test("80,000 people of one name get person:x, person:x-2, … person:x-80000, in linear time", () => {
    const people = Array.from({ length: 80_000 }, () => ({ name: "X" }));
    const { payload } = normaliseEntities({ headline: "H", people });
    expect((payload.people as { id: string }[]).map((person) => person.id)).toEqual(
      people.map((_person, index) => (index === 0 ? "person:x" : `person:x-${index + 1}`)),
    );
  });

  test("120,000 inline authors of different names are each looked for in the registry in linear time", () => {
    const authors = Array.from({ length: 120_000 }, (_author, index) => ({ name: `A${index}` }));
    const { payload } = normaliseEntities({
      headline: "H",
      authors: [...authors, { name: "Ann Lee" }],
      people: [{ id: "person:ann", name: "Ann Lee" }],
    });
    const ids = authors.map((_author, index) => `person:a${index}`);
    expect(payload.authors).toEqual([...ids, "person:ann"]);
    expect(payload.people).toEqual([
      { id: "person:ann", name: "Ann Lee" },
      ...authors.map((author, index) => ({ id: ids[index], ...author })),
    ]);
  });
});
