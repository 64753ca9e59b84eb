import { DateTime, FixedOffsetZone } from "luxon";
import { describe, expect, test } from "vitest";
import {
  formatDateTime,
  formatDateValue,
  formatPartialDate,
  isValidDateTime,
  parseDateTime,
} from "../../src/index.js";
import { expectInstant, unwrap } from "./helpers.js";

const instant = (iso: string, zone: string): DateTime => DateTime.fromISO(iso, { zone });

describe("formatDateTime: the schema.org form", () => {
  test("seconds are always written", () => {
    expect(formatDateTime(instant("2025-07-09T14:05:00+04:00", "UTC+4"))).toBe("2025-07-09T14:05:00+04:00");
  });

  test("milliseconds only when not zero, always three digits", () => {
    expect(formatDateTime(instant("2025-07-09T14:05:00.000+04:00", "UTC+4"))).toBe(
      "2025-07-09T14:05:00+04:00",
    );
    expect(formatDateTime(instant("2025-07-09T14:05:00.010+04:00", "UTC+4"))).toBe(
      "2025-07-09T14:05:00.010+04:00",
    );
    expect(formatDateTime(instant("2025-07-09T14:05:00.5+04:00", "UTC+4"))).toBe(
      "2025-07-09T14:05:00.500+04:00",
    );
  });

  test("UTC is written Z", () => {
    expect(formatDateTime(DateTime.fromMillis(Date.UTC(2025, 6, 9, 14, 5), { zone: "UTC" }))).toBe(
      "2025-07-09T14:05:00Z",
    );
    expect(formatDateTime(DateTime.fromMillis(0, { zone: FixedOffsetZone.utcInstance }))).toBe(
      "1970-01-01T00:00:00Z",
    );
  });

  test("in its own zone: an instant in Asia/Baku is written at +04:00, in London at +01:00 in summer", () => {
    const millis = Date.UTC(2025, 6, 9, 10, 5);
    expect(formatDateTime(DateTime.fromMillis(millis, { zone: "Asia/Baku" }))).toBe(
      "2025-07-09T14:05:00+04:00",
    );
    expect(formatDateTime(DateTime.fromMillis(millis, { zone: "Europe/London" }))).toBe(
      "2025-07-09T11:05:00+01:00",
    );
  });

  test("a zone at +00:00 that is not UTC (London in winter) is written +00:00", () => {
    expect(formatDateTime(DateTime.fromMillis(Date.UTC(2025, 0, 1), { zone: "Europe/London" }))).toBe(
      "2025-01-01T00:00:00+00:00",
    );
  });

  test("a 45-minute offset and a negative half-hour offset", () => {
    const millis = Date.UTC(2025, 6, 9, 10, 5);
    expect(formatDateTime(DateTime.fromMillis(millis, { zone: "Asia/Kathmandu" }))).toBe(
      "2025-07-09T15:50:00+05:45",
    );
    expect(formatDateTime(DateTime.fromMillis(millis, { zone: "America/St_Johns" }))).toBe(
      "2025-07-09T07:35:00-02:30",
    );
  });

  test("the machine's zone is never used: a DateTime's own zone decides", () => {
    const value = DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true });
    expect(formatDateTime(value)).toBe("2025-07-09T14:05:00+04:00");
  });

  test("an invalid DateTime is a programming error: RangeError", () => {
    expect(() => formatDateTime(DateTime.invalid("made up"))).toThrow(RangeError);
  });
});

describe("before 1900: local mean time, written at the offset rounded to the minute", () => {
  // IANA zones carry local-mean-time offsets with seconds before standard time (Baku: +03:19:24 until
  // 1924). ISO 8601 cannot write seconds in an offset, so the instant is written at the rounded offset:
  // the instant stays exact and the wall clock moves by the dropped seconds.

  test("Asia/Baku 1900-05-01 12:00 local (+03:19:24) is written 1900-05-01T11:59:36+03:19", () => {
    const value = unwrap(parseDateTime("1900-05-01 12:00", { zone: "Asia/Baku" }));
    expect(value.offset * 60).toBeCloseTo(3 * 3600 + 19 * 60 + 24, 6);
    expect([value.hour, value.minute, value.second]).toEqual([12, 0, 0]);
    expect(value.zoneName).toBe("Asia/Baku");
    expect(value.toMillis()).toBe(Date.parse("1900-05-01T08:40:36Z"));
    expect(formatDateTime(value)).toBe("1900-05-01T11:59:36+03:19");
  });

  test("…and 1900-05-01T11:59:36+03:19 parses back to the exact same instant", () => {
    const original = unwrap(parseDateTime("1900-05-01 12:00", { zone: "Asia/Baku" }));
    const back = unwrap(parseDateTime(formatDateTime(original)));
    expect(back.toMillis()).toBe(original.toMillis());
    expect(back.offset).toBe(199);
    expect(formatDateTime(back)).toBe("1900-05-01T11:59:36+03:19");
  });

  test("America/New_York 1850-06-01 12:00 local (-04:56:02) is written 1850-06-01T12:00:02-04:56", () => {
    const value = unwrap(parseDateTime("1850-06-01 12:00", { zone: "America/New_York" }));
    expect(value.offset * 60).toBeCloseTo(-(4 * 3600 + 56 * 60 + 2), 6);
    expect(value.toMillis()).toBe(Date.parse("1850-06-01T16:56:02Z"));
    expect(formatDateTime(value)).toBe("1850-06-01T12:00:02-04:56");
    const back = unwrap(parseDateTime(formatDateTime(value)));
    expect(back.toMillis()).toBe(value.toMillis());
    expect(back.offset).toBe(-296);
  });

  test("Africa/Monrovia kept a -00:44:30 offset until 1972: written at whole minutes, instant exact", () => {
    const value = DateTime.fromMillis(Date.parse("1960-06-01T12:44:30Z"), { zone: "Africa/Monrovia" });
    expect(value.offset).toBe(-44.5);
    const text = formatDateTime(value);
    expect(text).toMatch(/^1960-06-01T(12:00:30-00:44|11:59:30-00:45)$/);
    expect(unwrap(parseDateTime(text)).toMillis()).toBe(value.toMillis());
  });
});

describe("formatDateValue: date-only stays date-only", () => {
  test("partial dates at their precision", () => {
    expect(formatDateValue({ precision: "year", year: 1823 })).toBe("1823");
    expect(formatDateValue({ precision: "month", year: 1923, month: 5 })).toBe("1923-05");
    expect(formatDateValue({ precision: "day", year: 2025, month: 7, day: 9 })).toBe("2025-07-09");
  });

  test("years before 1000 are padded to four digits", () => {
    expect(formatPartialDate({ precision: "year", year: 33 })).toBe("0033");
    expect(formatPartialDate({ precision: "day", year: 476, month: 9, day: 4 })).toBe("0476-09-04");
  });

  test("an instant as formatDateTime writes it", () => {
    const value = unwrap(parseDateTime("9 July 2025 14:05 (UTC+04:00)"));
    expect(formatDateValue(value)).toBe("2025-07-09T14:05:00+04:00");
  });
});

describe("isValidDateTime", () => {
  test("true only for a valid luxon DateTime", () => {
    expect(isValidDateTime(DateTime.fromISO("2025-07-09T14:05:00Z"))).toBe(true);
    expect(isValidDateTime(DateTime.invalid("made up"))).toBe(false);
    expect(isValidDateTime("2025-07-09T14:05:00Z")).toBe(false);
    expect(isValidDateTime(new Date(0))).toBe(false);
    expect(isValidDateTime(null)).toBe(false);
  });
});

test("parse then format is the normal form for every accepted kind of text", () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ["Wed, 09 Jul 2025 14:05:00 +0400", "2025-07-09T14:05:00+04:00", "UTC+4"],
    ["Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z", "UTC"],
    ["July 9, 2025 2:05 PM GMT+4", "2025-07-09T14:05:00+04:00", "UTC+4"],
    ["2025-07-09T14:05:00.5Z", "2025-07-09T14:05:00.500Z", "UTC"],
  ];
  for (const [text, written, zone] of cases) expectInstant(unwrap(parseDateTime(text)), written, zone);
});
