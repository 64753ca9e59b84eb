import { describe, expect, test } from "vitest";
import { parseDateTime } from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

describe("parseDateTime: the founding article's date line", () => {
  test("9 July 2025 14:05 (UTC+04:00)", () => {
    const value = unwrap(parseDateTime("9 July 2025 14:05 (UTC+04:00)"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
    expect(value.offset).toBe(240);
    expect(value.toMillis()).toBe(1_752_055_500_000);
  });

  test("as the page prints it, after the ISO date: 2025-07-09 9 July 2025 14:05 (UTC+04:00)", () => {
    const value = unwrap(parseDateTime("2025-07-09 9 July 2025 14:05 (UTC+04:00)"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
  });

  test("the two dates must agree, else conflicting_dates naming both", () => {
    const text = "2025-07-09 10 July 2025 14:05 (UTC+04:00)";
    const issue = expectIssue(parseDateTime(text), "conflicting_dates", text);
    expect(issue.details).toEqual({ first: "2025-07-09", second: "2025-07-10" });
  });

  test("(UTC+4), (GMT+4) and (UTC) in the brackets", () => {
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05 (UTC+4)")), "2025-07-09T14:05:00+04:00", "UTC+4");
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05 (GMT+4)")), "2025-07-09T14:05:00+04:00", "UTC+4");
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05 (UTC)")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("an IANA zone in the brackets keeps that zone", () => {
    const value = unwrap(parseDateTime("Wednesday, 9 July 2025 at 14:05 (Asia/Baku)"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("a comma after the year, a weekday and 'at'", () => {
    expectInstant(
      unwrap(parseDateTime("9 July 2025, 14:05 (UTC+04:00)")),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
    expectInstant(
      unwrap(parseDateTime("Wednesday 9 July 2025 at 14:05 (UTC+04:00)")),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
  });

  test("a bare offset or abbreviation after the time", () => {
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05 +04:00")), "2025-07-09T14:05:00+04:00", "UTC+4");
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05 +0400")), "2025-07-09T14:05:00+04:00", "UTC+4");
    expectInstant(unwrap(parseDateTime("9 July 2025 14:05:30 CET")), "2025-07-09T14:05:30+01:00", "UTC+1");
  });

  test("abbreviated and capitalised month names, ordinals, a dot in the time", () => {
    expectInstant(unwrap(parseDateTime("9 Jul. 2025 14:05 UTC")), "2025-07-09T14:05:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("9 JULY 2025 14:05 UTC")), "2025-07-09T14:05:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("9th July 2025 14:05 UTC")), "2025-07-09T14:05:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("9 July 2025 14.05 UTC")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("without a zone, read in options.zone", () => {
    expectIssue(parseDateTime("9 July 2025 14:05"), "missing_zone", "9 July 2025 14:05");
    const value = unwrap(parseDateTime("9 July 2025 14:05", { zone: "Asia/Baku" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("month names are English whatever the machine's locale: German 'Juli' is not read", () => {
    expectIssue(parseDateTime("9 Juli 2025 14:05 UTC"), "unrecognized_format", "9 Juli 2025 14:05 UTC");
  });

  test("a weekday that does not match is weekday_mismatch", () => {
    const text = "Monday, 9 July 2025 14:05 (UTC+04:00)";
    const issue = expectIssue(parseDateTime(text), "weekday_mismatch", text);
    expect(issue.details).toEqual({ actual: "Wednesday" });
  });

  test("an out-of-range offset in the brackets is offset_out_of_range", () => {
    const text = "9 July 2025 14:05 (UTC+99)";
    const issue = expectIssue(parseDateTime(text), "offset_out_of_range", text);
    expect(issue.message).toContain('"UTC+99"');
  });
});

describe("parseDateTime: month first, 12-hour clock", () => {
  test("July 9, 2025 2:05 PM GMT+4", () => {
    const value = unwrap(parseDateTime("July 9, 2025 2:05 PM GMT+4"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
    expect(value.toMillis()).toBe(1_752_055_500_000);
  });

  test("with a weekday", () => {
    expectInstant(
      unwrap(parseDateTime("Wednesday, July 9, 2025 2:05 PM GMT+4")),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
  });

  test("12:05 AM is five past midnight, 12:05 PM five past noon", () => {
    expectInstant(unwrap(parseDateTime("July 9, 2025 12:05 AM GMT+4")), "2025-07-09T00:05:00+04:00", "UTC+4");
    expectInstant(unwrap(parseDateTime("July 9, 2025 12:05 PM GMT+4")), "2025-07-09T12:05:00+04:00", "UTC+4");
  });

  test("ordinals, 'at' and p.m.", () => {
    expectInstant(unwrap(parseDateTime("July 9th, 2025 at 2:05 p.m. UTC")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("13 PM and 0 AM are not 12-hour readings", () => {
    expectIssue(
      parseDateTime("July 9, 2025 13:05 PM UTC"),
      "unrecognized_format",
      "July 9, 2025 13:05 PM UTC",
    );
    expectIssue(parseDateTime("July 9, 2025 0:05 AM UTC"), "unrecognized_format", "July 9, 2025 0:05 AM UTC");
  });

  test("a day the month does not have is invalid_date", () => {
    expectIssue(parseDateTime("July 32, 2025 2:05 PM UTC"), "invalid_date", "July 32, 2025 2:05 PM UTC");
  });
});
