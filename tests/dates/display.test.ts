import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { formatDisplay, formatRelative, parseDateTime } from "../../src/index.js";
import { unwrap } from "./helpers.js";

const published = (): DateTime => unwrap(parseDateTime("2025-07-09T14:05:00+04:00"));

describe("formatDisplay: for people, in the caller's locale", () => {
  test("en-GB: 9 July 2025, 14:05 (UTC+4)", () => {
    expect(formatDisplay(published(), { locale: "en-GB" })).toBe("9 July 2025, 14:05 (UTC+4)");
  });

  test("az-Latn-AZ: 9 iyul 2025, 14:05 (UTC+4)", () => {
    expect(formatDisplay(published(), { locale: "az-Latn-AZ" })).toBe("9 iyul 2025, 14:05 (UTC+4)");
  });

  test("en-US uses its own order and a 12-hour clock", () => {
    expect(formatDisplay(published(), { locale: "en-US" })).toBe("July 9, 2025, 2:05 PM (UTC+4)");
  });

  test("the locale is the caller's, never the machine's (de-DE asked for, de-DE given)", () => {
    expect(formatDisplay(published(), { locale: "de-DE" })).toBe("9. Juli 2025, 14:05 (UTC+4)");
  });

  test("a value read in Asia/Baku is shown in Asia/Baku", () => {
    const value = unwrap(parseDateTime("2025-07-09 14:05", { zone: "Asia/Baku" }));
    expect(formatDisplay(value, { locale: "en-GB" })).toBe("9 July 2025, 14:05 (UTC+4)");
  });

  test("the zone option converts: UTC, a 45-minute zone, a negative half-hour offset", () => {
    const value = published();
    expect(formatDisplay(value, { locale: "en-GB", zone: "UTC" })).toBe("9 July 2025, 10:05 (UTC)");
    expect(formatDisplay(value, { locale: "en-GB", zone: "Asia/Kathmandu" })).toBe(
      "9 July 2025, 15:50 (UTC+5:45)",
    );
    const evening = unwrap(parseDateTime("2025-07-09T18:05:00+04:00"));
    expect(formatDisplay(evening, { locale: "en-GB", zone: "America/St_Johns" })).toBe(
      "9 July 2025, 11:35 (UTC-2:30)",
    );
    expect(formatDisplay(evening, { locale: "en-GB", zone: "-03:30" })).toBe("9 July 2025, 10:35 (UTC-3:30)");
  });

  test("the zone option can move the date", () => {
    const value = unwrap(parseDateTime("2025-07-09T21:30:00Z"));
    expect(formatDisplay(value, { locale: "en-GB", zone: "Pacific/Kiritimati" })).toBe(
      "10 July 2025, 11:30 (UTC+14)",
    );
  });

  test("en-GB writes hours with two digits, as the locale does: 00:05 and 06:05", () => {
    const midnight = unwrap(parseDateTime("2025-07-09T00:05:00Z"));
    expect(formatDisplay(midnight, { locale: "en-GB" })).toBe("9 July 2025, 00:05 (UTC)");
    expect(formatDisplay(midnight, { locale: "en-US" })).toBe("July 9, 2025, 12:05 AM (UTC)");
    expect(formatDisplay(published(), { locale: "en-GB", zone: "America/New_York" })).toBe(
      "9 July 2025, 06:05 (UTC-4)",
    );
  });

  test("an unknown zone option is a RangeError naming it", () => {
    expect(() => formatDisplay(published(), { locale: "en-GB", zone: "Mars/Olympus" })).toThrow(
      /Mars\/Olympus/,
    );
  });

  test("partial dates at their own precision: 1823, May 1923, 9 July 2025", () => {
    expect(formatDisplay({ precision: "year", year: 1823 }, { locale: "en-GB" })).toBe("1823");
    expect(formatDisplay({ precision: "month", year: 1923, month: 5 }, { locale: "en-GB" })).toBe("May 1923");
    expect(formatDisplay({ precision: "day", year: 2025, month: 7, day: 9 }, { locale: "en-GB" })).toBe(
      "9 July 2025",
    );
    expect(formatDisplay({ precision: "day", year: 2025, month: 7, day: 9 }, { locale: "az-Latn-AZ" })).toBe(
      "9 iyul 2025",
    );
    expect(formatDisplay({ precision: "month", year: 1923, month: 5 }, { locale: "en-US" })).toBe("May 1923");
  });

  test("a year or a month is shown in the Gregorian calendar it is a span of, whatever the locale's calendar", () => {
    // In the Persian calendar 2023 would be 1401 (which ends in March) and May would be Ordibehesht.
    expect(formatDisplay({ precision: "year", year: 2023 }, { locale: "fa-IR" })).toBe("۲۰۲۳");
    expect(formatDisplay({ precision: "month", year: 2023, month: 5 }, { locale: "fa-IR" })).toBe("مهٔ ۲۰۲۳");
    expect(formatDisplay({ precision: "year", year: 2019 }, { locale: "ja-JP-u-ca-japanese" })).toBe(
      "2019年",
    );
    // A day is one day in any calendar: shown in the locale's.
    expect(formatDisplay({ precision: "day", year: 2023, month: 5, day: 9 }, { locale: "fa-IR" })).toBe(
      "۱۹ اردیبهشت ۱۴۰۲",
    );
  });

  test("a partial date with a year below 100 is that year, not 19xx", () => {
    expect(formatDisplay({ precision: "year", year: 33 }, { locale: "en-GB" })).toBe("33");
  });
});

describe("the offset as people write it", () => {
  test.each([
    ["+04:00", "UTC+4"],
    ["+05:45", "UTC+5:45"],
    ["-03:30", "UTC-3:30"],
    ["Z", "UTC"],
    ["-12:00", "UTC-12"],
    ["+14:00", "UTC+14"],
  ] as const)("an instant at %s is shown with (%s)", (offset, shown) => {
    const value = unwrap(parseDateTime(`2025-07-09T14:05:00${offset}`));
    expect(formatDisplay(value, { locale: "en-GB" })).toBe(`9 July 2025, 14:05 (${shown})`);
  });
});

describe("formatRelative: with an injected now", () => {
  const now = DateTime.fromISO("2025-07-09T17:05:00+04:00", { setZone: true });

  test("3 hours ago", () => {
    expect(formatRelative(published(), { now, locale: "en" })).toBe("3 hours ago");
  });

  test("in 2 days", () => {
    expect(formatRelative(now.plus({ days: 2 }), { now, locale: "en" })).toBe("in 2 days");
  });

  test.each([
    [{ seconds: -30 }, "30 seconds ago"],
    [{ minutes: -5 }, "5 minutes ago"],
    [{ minutes: 45 }, "in 45 minutes"],
    [{ days: -1 }, "1 day ago"],
    [{ days: -45 }, "1 month ago"],
    [{ days: 200 }, "in 7 months"],
    [{ days: -400 }, "1 year ago"],
    [{ years: 3 }, "in 3 years"],
  ] as const)("%o from now is %s", (shift, text) => {
    expect(formatRelative(now.plus(shift), { now, locale: "en" })).toBe(text);
  });

  test("the zones of the value and of now do not matter, only the instants", () => {
    const inNewYork = now.setZone("America/New_York");
    expect(formatRelative(published(), { now: inNewYork, locale: "en" })).toBe("3 hours ago");
    expect(formatRelative(published().setZone("Pacific/Chatham"), { now, locale: "en" })).toBe("3 hours ago");
  });

  test("in the caller's locale", () => {
    expect(formatRelative(published(), { now, locale: "de" })).toBe("vor 3 Stunden");
    expect(formatRelative(published(), { now, locale: "az" })).toBe("3 saat öncə");
  });

  test("a span that rounds up to the next unit is said in that unit", () => {
    expect(formatRelative(now.minus({ milliseconds: 59_600 }), { now, locale: "en" })).toBe("1 minute ago");
    expect(formatRelative(now.minus({ minutes: 59, seconds: 50 }), { now, locale: "en" })).toBe("1 hour ago");
  });

  test("the same instant is now, not in 0 seconds", () => {
    expect(formatRelative(now, { now, locale: "en" })).toBe("now");
  });
});

describe("a locale or a now left out (as JavaScript may) throws, rather than the machine's being used", () => {
  const instant = DateTime.fromISO("2025-07-09T14:05:00+04:00", { setZone: true });
  test.each([{}, { locale: "" }, { locale: [] }, { locale: null }])("formatDisplay with %j", (options) => {
    expect(() => formatDisplay(instant, options as never)).toThrow(
      new TypeError(
        'formatDisplay needs options.locale, such as "en-GB": the machine\'s locale is never used',
      ),
    );
    expect(() => formatDisplay({ precision: "year", year: 1823 }, options as never)).toThrow(TypeError);
  });

  test("a list of locales or an Intl.Locale, which Intl takes, is passed on", () => {
    expect(formatDisplay(instant, { locale: ["en-GB"] } as never)).toBe("9 July 2025, 14:05 (UTC+4)");
    expect(formatDisplay(instant, { locale: new Intl.Locale("en-GB") } as never)).toBe(
      "9 July 2025, 14:05 (UTC+4)",
    );
  });

  // Intl falls back to the machine's locale for these (German under LANG=de_DE, the CI's last run).
  test.each([["xx"], ["und"], ["zz-ZZ"], [5], [["xx", "yy"]]])(
    "a locale with no data, %j, throws",
    (locale) => {
      expect(() => formatDisplay(instant, { locale } as never)).toThrow(
        new RangeError(
          `formatDisplay has no locale data for ${JSON.stringify(String(locale))}, and never falls back to the machine's locale`,
        ),
      );
      expect(() => formatRelative(instant, { now: instant, locale } as never)).toThrow(RangeError);
    },
  );

  test("a list with one locale that has data, and a region Intl does not know, are read", () => {
    expect(formatDisplay(instant, { locale: ["xx", "en-GB"] } as never)).toBe("9 July 2025, 14:05 (UTC+4)");
    expect(formatDisplay(instant, { locale: "en-ZZ" })).toBe("July 9, 2025, 2:05 PM (UTC+4)");
  });

  test("formatRelative without a locale or a now", () => {
    expect(() => formatRelative(instant, { now: instant } as never)).toThrow(
      new TypeError(
        'formatRelative needs options.locale, such as "en-GB": the machine\'s locale is never used',
      ),
    );
    expect(() => formatRelative(instant, { locale: "en" } as never)).toThrow(
      new TypeError("formatRelative needs options.now, a DateTime: the system clock is never read"),
    );
  });
});
