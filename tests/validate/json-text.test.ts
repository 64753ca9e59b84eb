/**
 * Reading a payload from JSON text: the same answers as `validateArticle` on the parsed value,
 * syntax errors with their line and column, a byte order mark skipped, a text too long refused
 * before it is parsed, and `parseArticleJson` throwing every issue.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  ArticleValidationError,
  formatDateTime,
  parseArticleJson,
  validateArticle,
  validateArticleJson,
} from "../../src/index.js";

/** What `JSON.parse` says of a text that is not JSON (its words differ between Node versions). */
function parserSays(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    // Without the offset from 0 it gives beside the line and column.
    return (error as Error).message.replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, "");
  }
  throw new Error("the text is JSON");
}

const foundingText = readFileSync(new URL("../../examples/khankendi-visit.json", import.meta.url), "utf8");

describe("validateArticleJson", () => {
  test("the founding article: the answer validateArticle gives for the parsed text", () => {
    const result = validateArticleJson(foundingText);
    expect(result).toStrictEqual(validateArticle(JSON.parse(foundingText)));
    if (!result.ok) throw new Error("refused");
    expect(formatDateTime(result.value.datePublished)).toBe("2025-07-09T14:05:00+04:00");
  });

  test("issues and warnings are those of validateArticle", () => {
    const text = '{"headline":"H","datePublished":"2025-07-09T14:05:00","authors":[],"extra":1}';
    const result = validateArticleJson(text);
    expect(result).toStrictEqual(validateArticle(JSON.parse(text)));
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/datePublished", "missing_zone"],
      ["/authors", "too_few"],
    ]);
    expect(result.warnings.map((issue) => [issue.pointer, issue.code])).toEqual([["/extra", "unknown_key"]]);
  });

  test("a syntax error is invalid_json at the whole payload, with its line and column when the parser gives them", () => {
    const text = '{\n  "headline": "H"\n}\n  x';
    expect(validateArticleJson(text).issues).toEqual([
      {
        path: [],
        pointer: "",
        code: "invalid_json",
        message: `Expected JSON text, but it is not valid JSON at line 4, column 3 (${parserSays(text)}).`,
        severity: "error",
      },
    ]);
    const cut = '{"headline": "H"';
    expect(validateArticleJson(cut).issues[0]?.message).toBe(
      `Expected JSON text, but it is not valid JSON at line 1, column 17 (${parserSays(cut)}).`,
    );
  });

  test("a syntax error whose position the parser does not give is found, and the message stays on one line", () => {
    // The engine says "Unexpected token '}', ...", quoting the text, line break and all.
    const text = '{"headline": "x",\n "a": }';
    expect(parserSays(text)).toContain("\n");
    expect(validateArticleJson(text).issues[0]?.message).toBe(
      "Expected JSON text, but it is not valid JSON at line 2, column 7 (Unexpected token '}').",
    );
    expect(validateArticleJson('{"headline": }').issues[0]?.message).toBe(
      "Expected JSON text, but it is not valid JSON at line 1, column 14 (Unexpected token '}').",
    );
  });

  test("a byte order mark before the text is skipped", () => {
    expect(validateArticleJson(`\uFEFF${foundingText}`)).toStrictEqual(validateArticleJson(foundingText));
  });

  test("a text longer than twice limits.maxSize is too_large, refused before it is parsed", () => {
    const result = validateArticleJson(`"${"x".repeat(200)}"`, { limits: { maxSize: 100 } });
    expect(result.issues).toEqual([
      {
        path: [],
        pointer: "",
        code: "too_large",
        message: "Expected at most 200 characters of JSON text, but found 202.",
        severity: "error",
      },
    ]);
  });

  test("a value that is not text is invalid_type, not a thrown error", () => {
    const result = validateArticleJson(42 as unknown as string);
    expect(result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ["invalid_type", "Expected the article as JSON text, but found number."],
    ]);
  });

  test("JSON that is not an object is the issue validateArticle gives for the value", () => {
    expect(validateArticleJson("[1, 2]")).toStrictEqual(validateArticle([1, 2]));
    expect(validateArticleJson("null").issues[0]?.code).toBe("invalid_type");
  });
});

describe("parseArticleJson", () => {
  test("gives the model of a valid payload", () => {
    expect(parseArticleJson(foundingText)).toStrictEqual(validateArticle(JSON.parse(foundingText)).value);
  });

  test("throws an ArticleValidationError with every issue", () => {
    let thrown: unknown;
    try {
      parseArticleJson('{"headline": "", "authors": []}');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleValidationError);
    expect((thrown as ArticleValidationError).issues.map((issue) => [issue.pointer, issue.code])).toEqual(
      validateArticle({ headline: "", authors: [] }).issues.map((issue) => [issue.pointer, issue.code]),
    );
  });
});
