import { describe, expect, test } from "vitest";
import {
  type DateIssueCode,
  formatDateTime,
  type ParseDateTimeOptions,
  parseDateTime,
  parseDateValue,
  parsePartialDate,
  parseZone,
} from "../../src/index.js";
import { expectInstant, expectIssue, issueOf, unwrap } from "./helpers.js";

const malformed: ReadonlyArray<
  readonly [input: string, code: DateIssueCode, options?: ParseDateTimeOptions]
> = [
  // Calendar dates that do not exist.
  ["2025-02-29T10:00:00Z", "invalid_date"],
  ["2024-02-30T10:00:00Z", "invalid_date"],
  ["2025-13-01T10:00:00Z", "invalid_date"],
  ["2025-00-10T10:00:00Z", "invalid_date"],
  ["2025-07-00T10:00:00Z", "invalid_date"],
  ["2025-04-31T10:00:00Z", "invalid_date"],
  ["1900-02-29T10:00:00Z", "invalid_date"],
  ["30 February 2025 14:05 UTC", "invalid_date"],
  // Times of day that do not exist.
  ["2025-07-09T24:00:00Z", "invalid_time"],
  ["2025-07-09T25:00:00Z", "invalid_time"],
  ["2025-07-09T14:60:00Z", "invalid_time"],
  ["2025-07-09T14:05:60Z", "invalid_time"],
  ["9 July 2025 24:30 UTC", "invalid_time"],
  // Offsets and zones.
  ["2025-07-09T14:05:00+15:00", "offset_out_of_range"],
  ["2025-07-09T14:05:00-13:00", "offset_out_of_range"],
  ["2025-07-09T14:05:00+14:01", "offset_out_of_range"],
  ["2025-07-09T14:05:00", "offset_out_of_range", { zone: "UTC+99" }],
  ["2025-07-09T14:05:00", "offset_out_of_range", { zone: "-12:30" }],
  ["2025-07-09T14:05:00+04:60", "invalid_zone"],
  ["2025-07-09T14:05:00", "invalid_zone", { zone: "Mars/Olympus" }],
  ["2025-07-09T14:05:00", "invalid_zone", { zone: "" }],
  ["9 July 2025 14:05 (Mars/Olympus)", "invalid_zone"],
  ["2025-07-09T14:05:00 CST", "ambiguous_zone_abbreviation"],
  ["2025-07-09T14:05:00 XYZ", "unknown_zone_abbreviation"],
  ["2025-07-09T14:05:00+05:00[Asia/Baku]", "zone_offset_mismatch"],
  // Weekdays and second dates that disagree.
  ["Thu, 09 Jul 2025 14:05:00 GMT", "weekday_mismatch"],
  ["Monday, 9 July 2025 14:05 (UTC+04:00)", "weekday_mismatch"],
  ["2025-07-09 10 July 2025 14:05 (UTC+04:00)", "conflicting_dates"],
  // Years.
  ["0999-12-31T23:59:59Z", "year_out_of_range"],
  ["0000-01-01T00:00Z", "year_out_of_range"],
  ["9 July 0999 14:05 UTC", "year_out_of_range"],
  ["10000-01-01T00:00:00Z", "unrecognized_format"],
  ["99999-99-99T99:99Z", "unrecognized_format"],
  // Missing parts.
  ["2025-07-09T14:05:00", "missing_zone"],
  ["2025-07-09 14:05", "missing_zone"],
  ["2025-07-09", "missing_time"],
  ["2025-07", "missing_time"],
  ["20250709", "missing_time"],
  // Not a date at all, or not a form this library reads.
  ["hello world", "unrecognized_format"],
  ["yesterday", "unrecognized_format"],
  ["now", "unrecognized_format"],
  ["2025", "unrecognized_format"],
  ["14:05", "unrecognized_format"],
  ["T14:05Z", "unrecognized_format"],
  ["2025/07/09 14:05 UTC", "unrecognized_format"],
  ["09/07/2025 14:05 UTC", "unrecognized_format"],
  ["2025-7-9T14:05Z", "unrecognized_format"],
  ["2025-07-09T1405Z", "unrecognized_format"],
  ["2025-07-09T14Z", "unrecognized_format"],
  ["2025-07-09T14:05:00+4:00", "unrecognized_format"],
  ["2025-07-09T14:05:00ZZ", "unrecognized_format"],
  ["2025-07-09T14:05:00+04:00 extra", "unrecognized_format"],
  ["2025-07-09T14:05:00.1234567890Z", "unrecognized_format"],
  ["20180619T055000+09:00", "unrecognized_format"],
  ["\uFF12\uFF10\uFF12\uFF15-07-09T14:05Z", "unrecognized_format"],
  ["Funday, 9 July 2025 14:05 (UTC+04:00)", "unrecognized_format"],
  ["9 Foo 2025 14:05 UTC", "unrecognized_format"],
  ["NaN", "unrecognized_format"],
  ["-1", "unrecognized_format"],
  ["1e10", "unrecognized_format"],
  ["a".repeat(100), "unrecognized_format"],
];

describe("malformed date-times: the code, and a message that quotes the input", () => {
  const rows = malformed.map(([input, code, options]) => ({ input, code, options }));
  test.each(rows)("$input is $code", ({ input, code, options }) => {
    expectIssue(parseDateTime(input, options), code, input);
  });

  test("the table holds at least 30 inputs", () => {
    expect(malformed.length).toBeGreaterThanOrEqual(30);
  });
});

describe("quoting in messages", () => {
  test("a long input is quoted as its first 80 characters and an ellipsis", () => {
    const input = `2025-07-09T14:05:00+04:00 ${"x".repeat(100)}`;
    const issue = issueOf(parseDateTime(input));
    expect(issue.code).toBe("unrecognized_format");
    expect(issue.input).toBe(`${input.slice(0, 80)}…`);
    expect(issue.input).toHaveLength(81);
    expect(issue.message).toContain(`"${input.slice(0, 80)}…"`);
    expect(issue.message).not.toContain(input);
  });

  test("an input of exactly 80 characters is quoted whole, without an ellipsis", () => {
    const input = "b".repeat(80);
    const issue = issueOf(parseDateTime(input));
    expect(issue.input).toBe(input);
    expect(issue.message).toContain(`"${input}"`);
  });

  test("white space around the input is not quoted", () => {
    const issue = issueOf(parseDateTime("  2025-02-30T10:00:00Z  "));
    expect(issue.code).toBe("invalid_date");
    expect(issue.input).toBe("2025-02-30T10:00:00Z");
    expect(issue.message).toBe(
      'Expected a real calendar date, but found "2025-02-30T10:00:00Z" (February 2025 has 28 days).',
    );
  });

  test("the cut at 80 characters never splits a character in two (no lone surrogate)", () => {
    const input = `${"x".repeat(79)}\u{1F600}yyy`;
    const issue = issueOf(parseDateTime(input));
    expect(issue.code).toBe("unrecognized_format");
    expect(issue.input.endsWith("…")).toBe(true);
    expect(issue.input).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(input.startsWith(issue.input.slice(0, -1))).toBe(true);
  });

  test("the zone named in options is quoted alongside the input", () => {
    const issue = expectIssue(
      parseDateTime("2025-07-09T14:05:00", { zone: "Mars/Olympus" }),
      "invalid_zone",
      "2025-07-09T14:05:00",
    );
    expect(issue.message).toContain('"Mars/Olympus"');
  });
});

describe("too long: refused before any reading", () => {
  test("257 characters of anything are too_long, with the length in the message", () => {
    const input = "x".repeat(257);
    const issue = expectIssue(parseDateTime(input), "too_long", input);
    expect(issue.input).toBe(`${"x".repeat(80)}…`);
    expect(issue.message).toContain("257 characters");
  });

  test("a valid date padded past 256 characters is too_long, even though it would trim to a date", () => {
    const input = `2025-07-09T14:05:00Z${" ".repeat(237)}`;
    expect(input).toHaveLength(257);
    expectIssue(parseDateTime(input), "too_long", input);
  });

  test("a valid date padded to exactly 256 characters is read", () => {
    const input = `${" ".repeat(236)}2025-07-09T14:05:00Z`;
    expect(input).toHaveLength(256);
    expectInstant(unwrap(parseDateTime(input)), "2025-07-09T14:05:00Z", "UTC");
  });

  test("parsePartialDate and parseDateValue refuse long inputs too", () => {
    const input = "1".repeat(300);
    expectIssue(parsePartialDate(input), "too_long", input);
    expectIssue(parseDateValue(input), "too_long", input);
  });
});

describe("non-strings and empty texts never become 1970", () => {
  const notText: ReadonlyArray<readonly [label: string, value: unknown, described: string]> = [
    ["null", null, "null"],
    ["undefined", undefined, "nothing"],
    ["0", 0, "the number 0"],
    ["an epoch number", 1_752_055_500_000, "the number 1752055500000"],
    ["true", true, "the boolean true"],
    ["an object", {}, "an object"],
    ["a Date", new Date(0), "an object"],
    ["an array", ["2025-07-09T14:05:00Z"], "a list"],
  ];

  test.each(notText)("%s is invalid_type", (_label, value, described) => {
    for (const result of [parseDateTime(value), parsePartialDate(value), parseDateValue(value)]) {
      const issue = issueOf(result);
      expect(issue.code).toBe("invalid_type");
      expect(issue.input).toBe(described);
      expect(issue.message).toContain(`but found ${described}.`);
      expect(issue.message).toContain("as text");
    }
  });

  test.each(["", "   ", "\t\n"])("%j is empty", (value) => {
    for (const result of [parseDateTime(value), parsePartialDate(value), parseDateValue(value)]) {
      const issue = issueOf(result);
      expect(issue.code).toBe("empty");
      expect(issue.input).toBe("");
      expect(issue.message).toContain("an empty text");
    }
  });
});

// Array.isArray throws for a revoked proxy; the readers promise an issue whatever they are given.
test("a revoked proxy is invalid_type for every date reader, never a TypeError", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const message = "found an object.";
  expect(parseDateTime(proxy as never)).toMatchObject({ ok: false, issue: { code: "invalid_type" } });
  expect(issueOf(parseDateTime(proxy as never)).message.endsWith(message)).toBe(true);
  expect(issueOf(parseDateValue(proxy as never)).code).toBe("invalid_type");
  expect(issueOf(parsePartialDate(proxy as never)).code).toBe("invalid_type");
  expect(issueOf(parseZone(proxy as never)).code).toBe("invalid_type");
});

test("options given as null from JavaScript are no options; a null abbreviations table is none", () => {
  const noOptions = null as unknown as ParseDateTimeOptions;
  expect(formatDateTime(unwrap(parseDateTime("2025-07-09T14:05Z", noOptions)))).toBe("2025-07-09T14:05:00Z");
  expect(issueOf(parseDateValue("2025-07-09 14:05", noOptions)).code).toBe("missing_zone");
  const noTable = { abbreviations: null } as unknown as ParseDateTimeOptions;
  expect(issueOf(parseDateTime("2025-07-09T14:05 XYZT", noTable)).code).toBe("unknown_zone_abbreviation");
});
