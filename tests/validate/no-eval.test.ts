/**
 * Where a page's Content-Security-Policy refuses to make code at run time (no `unsafe-eval`), the
 * compiled reader falls back to its loop over keys, asks only once (browsers report each refusal),
 * and validation gives the same answers.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

test("validation without code made at run time", async () => {
  const original = globalThis.Function;
  const asked: unknown[] = [];
  globalThis.Function = function refused(...parameters: unknown[]) {
    asked.push(parameters[0]);
    throw new EvalError("Refused to evaluate a string as JavaScript (Content-Security-Policy)");
  } as unknown as FunctionConstructor;
  try {
    const { validateArticle } = await import("../../src/index.js");
    const { compiledArticleReader } = await import("../../src/validate/fast-path.js");
    const payload: unknown = JSON.parse(
      readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8"),
    );
    const result = validateArticle(payload);
    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.people.map((person) => person.name) : []).toEqual([
      "Qabil Ashirov",
      "Elnur Mammadov",
      "Sabuhi Gahramanov",
    ]);
    expect(compiledArticleReader()?.name).toBe("loop");
    expect(validateArticle({ headline: "" }).ok).toBe(false);
    // Asked once by the reader (whose code takes `fields` first); zod asks once for itself.
    expect(asked.filter((first) => first === "fields")).toHaveLength(1);
  } finally {
    globalThis.Function = original;
  }
});
