import { describe, expect, test } from "vitest";
import { parseDateTime } from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

describe("parseDateTime: RFC 2822", () => {
  test("Wed, 09 Jul 2025 14:05:00 +0400", () => {
    const value = unwrap(parseDateTime("Wed, 09 Jul 2025 14:05:00 +0400"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
    expect(value.toMillis()).toBe(1_752_055_500_000);
  });

  test("GMT and UT are UTC", () => {
    expectInstant(unwrap(parseDateTime("Wed, 09 Jul 2025 14:05:00 GMT")), "2025-07-09T14:05:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("Wed, 09 Jul 2025 14:05:00 UT")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("-0000 is UTC", () => {
    expectInstant(unwrap(parseDateTime("Wed, 09 Jul 2025 14:05:00 -0000")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("without weekday and seconds", () => {
    expectInstant(unwrap(parseDateTime("09 Jul 2025 14:05 +0400")), "2025-07-09T14:05:00+04:00", "UTC+4");
  });

  test("a one-digit day and a two-digit year (obsolete syntax: 25 is 2025)", () => {
    expectInstant(
      unwrap(parseDateTime("Wed, 9 Jul 25 14:05:00 +0400")),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
  });

  test("month and weekday names in any case", () => {
    expectInstant(unwrap(parseDateTime("wed, 09 jul 2025 14:05:00 gmt")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("an unambiguous abbreviation such as MSK", () => {
    expectInstant(
      unwrap(parseDateTime("Tue, 28 Jan 2020 15:28:56 MSK")),
      "2020-01-28T15:28:56+03:00",
      "UTC+3",
    );
  });

  test("a trailing comment, as mail headers write it, is ignored (RFC 2822 CFWS)", () => {
    // "Wed, 09 Jul 2025 14:05:00 +0400 (AZT)" is how many mail servers write Date: headers.
    expectInstant(
      unwrap(parseDateTime("Wed, 09 Jul 2025 14:05:00 +0400 (AZT)")),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
  });

  test("a weekday that does not match the date is weekday_mismatch", () => {
    const text = "Mon, 09 Jul 2025 14:05:00 +0400";
    const issue = expectIssue(parseDateTime(text), "weekday_mismatch", text);
    expect(issue.details).toEqual({ actual: "Wednesday" });
    expect(issue.message).toContain("that date is a Wednesday");
  });

  test("without a zone it is missing_zone", () => {
    expectIssue(parseDateTime("Sun, 06 Nov 1994 08:49:37"), "missing_zone", "Sun, 06 Nov 1994 08:49:37");
  });
});

describe("parseDateTime: HTTP dates (RFC 9110)", () => {
  test("IMF-fixdate", () => {
    const value = unwrap(parseDateTime("Sun, 06 Nov 1994 08:49:37 GMT"));
    expectInstant(value, "1994-11-06T08:49:37Z", "UTC");
    expect(value.toMillis()).toBe(784_111_777_000);
  });

  test("RFC 850: Sunday, 06-Nov-94 08:49:37 GMT", () => {
    const value = unwrap(parseDateTime("Sunday, 06-Nov-94 08:49:37 GMT"));
    expectInstant(value, "1994-11-06T08:49:37Z", "UTC");
    expect(value.toMillis()).toBe(784_111_777_000);
  });

  test("asctime (Sun Nov  6 08:49:37 1994) is read as UTC", () => {
    const value = unwrap(parseDateTime("Sun Nov  6 08:49:37 1994"));
    expectInstant(value, "1994-11-06T08:49:37Z", "UTC");
    expect(value.toMillis()).toBe(784_111_777_000);
  });

  test("asctime with a day that November does not have is invalid_date", () => {
    expectIssue(parseDateTime("Sun Nov 31 08:49:37 1994"), "invalid_date", "Sun Nov 31 08:49:37 1994");
  });

  test("RFC 850 with an ambiguous abbreviation is refused", () => {
    const text = "Sunday, 06-Nov-94 08:49:37 CST";
    expectIssue(parseDateTime(text), "ambiguous_zone_abbreviation", text);
  });
});

describe("parseDateTime: Unix date output", () => {
  test("Tue Jan 28 15:28:56 CET 2020", () => {
    const value = unwrap(parseDateTime("Tue Jan 28 15:28:56 CET 2020"));
    expectInstant(value, "2020-01-28T15:28:56+01:00", "UTC+1");
    expect(value.toMillis()).toBe(1_580_221_736_000);
  });

  test("with a numeric offset before the year", () => {
    expectInstant(
      unwrap(parseDateTime("Tue Jan 28 15:28:56 +0100 2020")),
      "2020-01-28T15:28:56+01:00",
      "UTC+1",
    );
  });

  test("an ambiguous abbreviation mapped by the caller", () => {
    const value = unwrap(
      parseDateTime("Tue Jan 28 15:28:56 CST 2020", { abbreviations: { CST: "America/Chicago" } }),
    );
    expectInstant(value, "2020-01-28T15:28:56-06:00", "America/Chicago");
  });

  test("an ambiguous abbreviation not mapped is refused", () => {
    const text = "Tue Jan 28 15:28:56 CST 2020";
    expectIssue(parseDateTime(text), "ambiguous_zone_abbreviation", text);
  });
});
