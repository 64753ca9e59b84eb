import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  dateValueCodec,
  formatDateValue,
  formatDisplay,
  formatPartialDate,
  isInstant,
  isPartialDate,
  type PartialDate,
  parseDateValue,
  parsePartialDate,
} from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

describe("parsePartialDate", () => {
  test("a year: 1823", () => {
    expect(unwrap(parsePartialDate("1823"))).toEqual({ precision: "year", year: 1823 });
  });

  test("a month: 1923-05", () => {
    expect(unwrap(parsePartialDate("1923-05"))).toEqual({ precision: "month", year: 1923, month: 5 });
  });

  test("a day: 2025-07-09", () => {
    expect(unwrap(parsePartialDate("2025-07-09"))).toEqual({
      precision: "day",
      year: 2025,
      month: 7,
      day: 9,
    });
  });

  test("29 February in leap years (2024, 2000), not in 2025, 1900 or 1800", () => {
    expect(unwrap(parsePartialDate("2024-02-29"))).toEqual({
      precision: "day",
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(unwrap(parsePartialDate("2000-02-29"))).toEqual({
      precision: "day",
      year: 2000,
      month: 2,
      day: 29,
    });
    for (const text of ["2025-02-29", "1900-02-29", "1800-02-29"]) {
      expectIssue(parsePartialDate(text), "invalid_date", text);
    }
  });

  test("2025-02-30 is refused with the reason", () => {
    const issue = expectIssue(parsePartialDate("2025-02-30"), "invalid_date", "2025-02-30");
    expect(issue.message).toBe(
      'Expected a real calendar date, but found "2025-02-30" (February 2025 has 28 days).',
    );
  });

  test("month 13, month 00 and day 00 are invalid_date", () => {
    for (const text of ["2025-13", "2025-00", "2025-07-00", "2025-13-01", "2025-04-31"]) {
      expectIssue(parsePartialDate(text), "invalid_date", text);
    }
  });

  test("year 0000 is refused; years 0001 and 9999 are fine", () => {
    expectIssue(parsePartialDate("0000"), "year_out_of_range", "0000");
    expectIssue(parsePartialDate("0000-01"), "year_out_of_range", "0000-01");
    expect(unwrap(parsePartialDate("0001"))).toEqual({ precision: "year", year: 1 });
    expect(unwrap(parsePartialDate("9999"))).toEqual({ precision: "year", year: 9999 });
  });

  test.each([
    "25",
    "823",
    "12345",
    "2025-7",
    "2025-07-9",
    "1823-",
    "+1823",
    "-0500",
    "2025/07",
    "2025-W28",
    "2025-190",
    "2025-07-09T00:00Z",
    "July 2025",
    "20250709",
  ])("%j has the wrong shape: unrecognized_format", (text) => {
    const issue = expectIssue(parsePartialDate(text), "unrecognized_format", text);
    expect(issue.message).toContain('"1823", "1923-05" or "2025-07-09"');
  });

  test("white space around is ignored", () => {
    expect(unwrap(parsePartialDate("  1823 "))).toEqual({ precision: "year", year: 1823 });
  });

  test("the precision is kept when written back", () => {
    for (const text of ["1823", "1923-05", "2025-07-09", "0001"]) {
      const value = unwrap(parsePartialDate(text));
      expect(formatPartialDate(value)).toBe(text);
      expect(formatDateValue(value)).toBe(text);
    }
  });

  test("isPartialDate tells partial dates from other values", () => {
    expect(isPartialDate({ precision: "year", year: 1823 })).toBe(true);
    expect(isPartialDate({ precision: "week", year: 1823 })).toBe(false);
    expect(isPartialDate("1823")).toBe(false);
    expect(isPartialDate(null)).toBe(false);
  });
});

describe("parseDateValue mixes instants and partial dates", () => {
  test("year, month and day texts become partial dates", () => {
    expect(unwrap(parseDateValue("1823"))).toEqual({ precision: "year", year: 1823 });
    expect(unwrap(parseDateValue("1923-05"))).toEqual({ precision: "month", year: 1923, month: 5 });
    expect(unwrap(parseDateValue("2025-07-09"))).toEqual({ precision: "day", year: 2025, month: 7, day: 9 });
  });

  test("a text with a time of day becomes an instant", () => {
    const value = unwrap(parseDateValue("2025-07-09T14:05:00+04:00"));
    expect(isInstant(value)).toBe(true);
    if (!isInstant(value)) throw new Error("unreachable");
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
  });

  test("a local time is read in options.zone", () => {
    const value = unwrap(parseDateValue("2025-07-09 14:05", { zone: "Asia/Baku" }));
    if (!isInstant(value)) throw new Error("expected an instant");
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("issues of either reader come through with their own code", () => {
    expectIssue(parseDateValue("2025-02-30"), "invalid_date", "2025-02-30");
    expectIssue(parseDateValue("0000"), "year_out_of_range", "0000");
    expectIssue(parseDateValue("2025-07-09 14:05"), "missing_zone", "2025-07-09 14:05");
    expectIssue(parseDateValue("2025-02-30T10:00Z"), "invalid_date", "2025-02-30T10:00Z");
    const issue = expectIssue(parseDateValue("hello"), "unrecognized_format", "hello");
    expect(issue.message).toContain("or a date such as");
  });

  test("partial dates are not limited to 1000–9999 like instants", () => {
    expect(unwrap(parseDateValue("0476"))).toEqual({ precision: "year", year: 476 });
  });
});

describe("a partial date never moves a day because of a zone", () => {
  const zones = [
    "Pacific/Kiritimati",
    "Etc/GMT+12",
    "Asia/Baku",
    "America/St_Johns",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
  ];

  test("read with any options.zone, 2025-07-09 stays the 9th", () => {
    for (const zone of zones) {
      const value = unwrap(parseDateValue("2025-07-09", { zone }));
      expect(value).toEqual({ precision: "day", year: 2025, month: 7, day: 9 });
      expect(formatDateValue(value)).toBe("2025-07-09");
    }
  });

  test("decode then encode with any zone in the codec gives the same day", () => {
    for (const zone of zones) {
      const codec = dateValueCodec({ zone });
      expect(z.encode(codec, z.decode(codec, "2025-01-01"))).toBe("2025-01-01");
      expect(z.encode(codec, z.decode(codec, "1823"))).toBe("1823");
    }
  });

  test("shown to people, 1 January stays 1 January and a year stays that year", () => {
    const day: PartialDate = { precision: "day", year: 2025, month: 1, day: 1 };
    const year: PartialDate = { precision: "year", year: 1823 };
    expect(formatDisplay(day, { locale: "en-GB" })).toBe("1 January 2025");
    expect(formatDisplay(day, { locale: "en-GB", zone: "Etc/GMT+12" })).toBe("1 January 2025");
    expect(formatDisplay(day, { locale: "en-GB", zone: "Pacific/Kiritimati" })).toBe("1 January 2025");
    expect(formatDisplay(year, { locale: "en-GB", zone: "Etc/GMT+12" })).toBe("1823");
  });

  test("whatever the process's TZ says", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns"]) {
        process.env.TZ = tz;
        const value = unwrap(parsePartialDate("2025-01-01"));
        expect(formatDateValue(value)).toBe("2025-01-01");
        expect(formatDisplay(value, { locale: "en-GB" })).toBe("1 January 2025");
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
