/**
 * The compiled reader against zod on schemas beyond the article's own: it must give what zod gives
 * for a valid value and SLOW for any other, and refuse to compile what it does not know.
 */
import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  compileReader,
  ReadState,
  SLOW,
  UnsupportedSchemaError,
} from "../../src/validate/compiled-reader.js";

/** What the reader gives, next to what zod gives (its data, or SLOW when zod refuses). */
function bothAnswers(schema: z.ZodType, value: unknown): { reader: unknown; zod: unknown } {
  const parsed = schema.safeParse(value);
  return { reader: compileReader(schema)(value, new ReadState()), zod: parsed.success ? parsed.data : SLOW };
}

enum Numeric {
  A = 0,
  B = 1,
}

describe("the reader gives zod's answer", () => {
  test.each([
    ["z.number().int() on 1.5", z.number().int(), 1.5],
    ["z.number().int() on 2", z.number().int(), 2],
    ["z.number().int() on 2**60", z.number().int(), 2 ** 60],
    ["z.int() on 2**53", z.int(), 2 ** 53],
    ["z.int32() on 2**31", z.int32(), 2 ** 31],
    ["z.number().min(1).max(3) on 3", z.number().min(1).max(3), 3],
    ["z.number().gt(1) on 1", z.number().gt(1), 1],
    ["z.number() on Infinity", z.number(), Number.POSITIVE_INFINITY],
    ["z.enum(Numeric) on 'A'", z.enum(Numeric), "A"],
    ["z.enum(Numeric) on 0", z.enum(Numeric), 0],
    ["z.enum(['a', 'b']) on 'b'", z.enum(["a", "b"]), "b"],
    ["z.array().min(2).min(1) on one item", z.array(z.string()).min(2).min(1), ["x"]],
    ["z.array().max(1).max(3) on two items", z.array(z.string()).max(1).max(3), ["x", "y"]],
    ["z.string().min(2) on one astral character", z.string().min(2), "😀"],
    ["z.string().max(1) on one astral character", z.string().max(1), "😀"],
    ["z.string().max(2) on three astral characters", z.string().max(2), "😀😀😀"],
    ["z.string().trim().min(1) on spaces", z.string().trim().min(1), "   "],
    ["z.string().trim() on padded text", z.string().trim(), "  a  "],
    ["z.string().refine(truthy number) on 'a'", z.string().refine(() => 1), "a"],
    ["z.object() with an optional key absent", z.object({ a: z.string().optional() }), {}],
    ["z.object() with a default", z.object({ a: z.array(z.string()).default([]) }), {}],
    ["z.object() with a key zod does not know", z.object({ a: z.string() }), { a: "x", b: 1 }],
    ["z.boolean() on 'true'", z.boolean(), "true"],
  ] as const)("%s", (_name, schema, value) => {
    const { reader, zod } = bothAnswers(schema as unknown as z.ZodType, value);
    // The reader may leave a value zod accepts to zod (SLOW), but never accept what zod refuses,
    // and never give other data.
    if (reader !== SLOW) expect(reader).toStrictEqual(zod);
    else if (zod !== SLOW) expect(_name).toMatch(/key zod does not know/);
  });

  test("the answers, exactly, for the cases the article's schema depends on", () => {
    expect(bothAnswers(z.string().max(1), "😀")).toEqual({ reader: "😀", zod: "😀" });
    expect(bothAnswers(z.string().min(2), "😀").reader).toBe(SLOW);
    expect(bothAnswers(z.number().int(), 1.5).reader).toBe(SLOW);
    expect(bothAnswers(z.enum(Numeric), "A").reader).toBe(SLOW);
    expect(bothAnswers(z.array(z.string()).min(2).min(1), ["x"]).reader).toBe(SLOW);
    expect(bothAnswers(z.object({ a: z.array(z.string()).default([]) }), {})).toEqual({
      reader: { a: [] },
      zod: { a: [] },
    });
  });
});

describe("what the compiler does not know, it refuses to compile", () => {
  test.each([
    ["superRefine", z.string().superRefine(() => {})],
    ["a union", z.union([z.string(), z.number()])],
    ["nullable", z.string().nullable()],
    ["catch", z.string().catch("x")],
    ["coercion", z.coerce.number()],
    ["a string format", z.email()],
    ["a catch-all object", z.object({}).catchall(z.string())],
  ] as const)("%s", (_name, schema) => {
    expect(() => compileReader(schema as unknown as z.core.$ZodType)).toThrow(UnsupportedSchemaError);
  });
});

describe("objects: the reader written out as code answers as the loop over keys does", () => {
  const schema = z.object({
    id: z.string(),
    'say "hi"\u2028': z.string().optional(),
    tags: z.array(z.string()).default([]),
    count: z.number().optional(),
  });

  /** The reader as code, and the loop (used where zod is told `jitless`, or code is refused). */
  function readers(): {
    generated: ReturnType<typeof compileReader>;
    loop: ReturnType<typeof compileReader>;
  } {
    const generated = compileReader(schema);
    z.config({ jitless: true });
    try {
      const loop = compileReader(schema);
      // Both forms are there to compare: the code is named readObject, the loop is not.
      expect([generated.name, loop.name]).toEqual(["readObject", "loop"]);
      return { generated, loop };
    } finally {
      z.config({ jitless: false });
    }
  }

  function withGetter(): object {
    let ran = false;
    const value = {
      get id() {
        ran = true;
        return "x";
      },
    };
    return Object.assign(value, { ran: () => ran });
  }

  const hidden = Object.defineProperty({ id: "a" }, "count", { value: 1, enumerable: false });
  const hiddenUnknown = Object.defineProperty({ id: "a" }, "other", { value: 1, enumerable: false });
  const inheriting = Object.create({ count: 1 }, { id: { value: "a", enumerable: true } }) as object;
  const cases: readonly (readonly [string, unknown, unknown, string | undefined])[] = [
    [
      "every key",
      { count: 2, tags: ["t"], 'say "hi"\u2028': "s", id: "a" },
      { id: "a", 'say "hi"\u2028': "s", tags: ["t"], count: 2 },
      undefined,
    ],
    ["an optional key absent, a default", { id: "a" }, { id: "a", tags: [] }, undefined],
    ["a required key absent", { count: 1 }, SLOW, "missing"],
    ["a key the schema does not know", { id: "a", other: 1 }, SLOW, undefined],
    ["a value of the wrong type", { id: 1 }, SLOW, undefined],
    ["an object where text belongs", { id: { name: "A" } }, SLOW, "object"],
    ["a list", [], SLOW, undefined],
    ["null", null, SLOW, undefined],
  ];

  test.each(cases)("%s", (_name, value, expected, gaveUp) => {
    const { generated, loop } = readers();
    for (const plainData of [false, true]) {
      for (const read of [generated, loop]) {
        const state = new ReadState(plainData);
        const answer = read(value, state);
        expect(answer).toStrictEqual(expected);
        if (answer !== SLOW) expect(Object.keys(answer as object)).toEqual(Object.keys(expected as object));
        expect(state.gaveUp).toBe(gaveUp);
      }
    }
  });

  test("data that is not plain is left to the slow path, and a getter never runs", () => {
    const { generated, loop } = readers();
    for (const read of [generated, loop]) {
      const getter = withGetter() as { ran: () => boolean };
      expect(read(getter, new ReadState())).toBe(SLOW);
      expect(getter.ran()).toBe(false);
      expect(read(hidden, new ReadState())).toBe(SLOW);
      expect(read(hiddenUnknown, new ReadState())).toBe(SLOW);
      expect(read(inheriting, new ReadState())).toBe(SLOW);
      expect(read(Object.assign(Object.create(null), { id: "a" }), new ReadState())).toStrictEqual({
        id: "a",
        tags: [],
      });
    }
  });

  test("a proxy that lists other keys than it answers for is left to the slow path", () => {
    const { generated, loop } = readers();
    // The keys it lists leave out `id` (which it still answers for) and add one the schema does not know.
    const proxy = new Proxy(
      { id: "a", other: 1 },
      { ownKeys: (target) => Reflect.ownKeys(target).filter((key) => key !== "id") },
    );
    const swapped = new Proxy({ id: "a", count: 1 } as Record<string, unknown>, {
      ownKeys: () => ["id", "tags"],
      getOwnPropertyDescriptor: (target, key) =>
        key === "tags"
          ? { value: undefined, enumerable: true, configurable: true, writable: true }
          : Reflect.getOwnPropertyDescriptor(target, key),
    });
    for (const read of [generated, loop]) {
      expect(read(proxy, new ReadState())).toBe(SLOW);
      expect(read(swapped, new ReadState())).toBe(SLOW);
    }
  });

  test("an object with no fields is written out as code too, and takes only an empty object", () => {
    const read = compileReader(z.object({}));
    expect(read.name).toBe("readObject");
    expect(read({}, new ReadState(true))).toStrictEqual({});
    expect(read({}, new ReadState())).toStrictEqual({});
    expect(read({ a: 1 }, new ReadState(true))).toBe(SLOW);
  });

  test("the same counts of text read", () => {
    const { generated, loop } = readers();
    const value = { id: "abc", tags: ["de"], count: 1 };
    const counts = [generated, loop].map((read) => {
      const state = new ReadState(true);
      read(value, state);
      return state.size;
    });
    expect(counts).toEqual([3 + 2 + 2 + 4 + 5, 3 + 2 + 2 + 4 + 5]);
  });
});

describe("lists that are not plain data are left to the slow path", () => {
  const read = compileReader(z.array(z.string()));

  test("a getter item is never run, a hole is not an item", () => {
    let ran = false;
    const withGetter = ["a", "b"];
    Object.defineProperty(withGetter, 1, {
      get() {
        ran = true;
        return "b";
      },
      enumerable: true,
    });
    expect(read(withGetter, new ReadState())).toBe(SLOW);
    expect(ran).toBe(false);
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    expect(read(["a", , "c"], new ReadState())).toBe(SLOW);
    const setterOnly = ["a"];
    Object.defineProperty(setterOnly, 0, { set() {}, enumerable: true });
    expect(read(setterOnly, new ReadState())).toBe(SLOW);
    expect(read(["a", "b"], new ReadState())).toStrictEqual(["a", "b"]);
  });
});
