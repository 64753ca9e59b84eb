import { describe, expect, test } from "vitest";
import { parseDateTime, parseZone, zoneName } from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

/** The canonical name parseZone gives a zone text, or the issue code. */
function canonical(text: string): string {
  const result = parseZone(text);
  return result.ok ? zoneName(result.value) : result.issue.code;
}

const JULY_2025 = Date.UTC(2025, 6, 9, 10, 5);
const JANUARY_2025 = Date.UTC(2025, 0, 9, 10, 5);

describe("zone names are checked and spelled canonically", () => {
  test("corrects the case of an IANA name: asia/baku → Asia/Baku", () => {
    expect(canonical("asia/baku")).toBe("Asia/Baku");
    expect(canonical("ASIA/BAKU")).toBe("Asia/Baku");
    expect(canonical("pacific/chatham")).toBe("Pacific/Chatham");
  });

  test("keeps Asia/Kolkata as written, even where the runtime's list says Asia/Calcutta", () => {
    expect(canonical("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonical("Asia/Calcutta")).toBe("Asia/Calcutta");
  });

  test("writes aliases in one case as tz writes them: capitals kept, US/, names without an area", () => {
    // The runtime resolves these to other zones (America/New_York…), so it cannot tell their case.
    for (const [text, name] of [
      ["EST5EDT", "EST5EDT"],
      ["est5edt", "EST5EDT"],
      ["NZ-CHAT", "NZ-CHAT"],
      ["gb", "GB"],
      ["us/pacific", "US/Pacific"],
      ["US/PACIFIC", "US/Pacific"],
      ["navajo", "Navajo"],
    ] as const)
      expect(canonical(text), text).toBe(name);
  });

  test("corrects the case of names the runtime lists only as aliases", () => {
    // Intl.supportedValuesOf("timeZone") lists neither Asia/Kolkata nor the Etc/ zones on every
    // runtime; their case must be corrected all the same.
    expect(canonical("asia/kolkata")).toBe("Asia/Kolkata");
    expect(canonical("etc/gmt-4")).toBe("Etc/GMT-4");
    expect(canonical("america/argentina/buenos_aires")).toBe("America/Argentina/Buenos_Aires");
  });

  test("UTC, GMT, Z and Etc/UTC are all UTC", () => {
    for (const name of ["UTC", "utc", "GMT", "Z", "Etc/UTC", "Etc/GMT"]) {
      expect(canonical(name)).toBe("UTC");
    }
  });

  test("white space around is ignored", () => {
    expect(canonical("  Asia/Baku  ")).toBe("Asia/Baku");
  });

  test("unknown and over-long names are invalid_zone", () => {
    expect(canonical("Mars/Olympus")).toBe("invalid_zone");
    expect(canonical("")).toBe("invalid_zone");
    expect(canonical(`Asia/${"x".repeat(100)}`)).toBe("invalid_zone");
  });
});

describe("parseZone and zoneName", () => {
  test.each([
    [undefined, "nothing"],
    [null, "null"],
    [5, "the number 5"],
  ])("%j, from JavaScript, is invalid_type, not a TypeError", (value, found) => {
    expect(parseZone(value as never)).toEqual({
      ok: false,
      issue: {
        code: "invalid_type",
        input: found,
        message: `Expected an IANA time zone such as "Asia/Baku" or an offset such as "+04:00" as text, but found ${found}.`,
        details: { expected: "time zone" },
      },
    });
  });

  test("asia/baku is Asia/Baku, at +04:00", () => {
    const zone = unwrap(parseZone("asia/baku"));
    expect(zoneName(zone)).toBe("Asia/Baku");
    expect(zone.offset(JULY_2025)).toBe(240);
  });

  test("Asia/Kolkata is kept, at +05:30", () => {
    const zone = unwrap(parseZone("Asia/Kolkata"));
    expect(zoneName(zone)).toBe("Asia/Kolkata");
    expect(zone.offset(JULY_2025)).toBe(330);
  });

  test("Etc/GMT-4 is +04:00 (POSIX sign: four hours ahead of UTC), Etc/GMT+5 is -05:00", () => {
    const ahead = unwrap(parseZone("Etc/GMT-4"));
    expect(zoneName(ahead)).toBe("Etc/GMT-4");
    expect(ahead.offset(JULY_2025)).toBe(240);
    const behind = unwrap(parseZone("Etc/GMT+5"));
    expect(behind.offset(JULY_2025)).toBe(-300);
  });

  test("a zone with daylight saving gives each instant its own offset", () => {
    const london = unwrap(parseZone("Europe/London"));
    expect(london.offset(JULY_2025)).toBe(60);
    expect(london.offset(JANUARY_2025)).toBe(0);
  });

  test("UTC names give the fixed UTC zone, written UTC", () => {
    for (const text of ["UTC", "GMT", "Z", "utc", "Etc/UTC", "+00:00", "-00:00", "UTC+0"]) {
      const zone = unwrap(parseZone(text));
      expect(zone.isUniversal).toBe(true);
      expect(zone.offset(JULY_2025)).toBe(0);
      expect(zoneName(zone)).toBe("UTC");
    }
  });

  test.each([
    ["+04:00", 240, "+04:00"],
    ["+0400", 240, "+04:00"],
    ["+04", 240, "+04:00"],
    ["+4", 240, "+04:00"],
    ["UTC+4", 240, "+04:00"],
    ["utc+04:00", 240, "+04:00"],
    ["GMT-03:30", -210, "-03:30"],
    ["+05:45", 345, "+05:45"],
    ["\u221203:30", -210, "-03:30"],
    ["+14:00", 840, "+14:00"],
    ["-12:00", -720, "-12:00"],
  ] as const)("the offset %s is %i minutes, written %s", (text, minutes, written) => {
    const zone = unwrap(parseZone(text));
    expect(zone.isUniversal).toBe(true);
    expect(zone.offset(JULY_2025)).toBe(minutes);
    expect(zoneName(zone)).toBe(written);
  });

  test.each(["UTC+99", "+14:01", "-12:01", "+15:00", "-13:00", "GMT+15"])(
    "%s is offset_out_of_range",
    (text) => {
      const issue = expectIssue(parseZone(text), "offset_out_of_range", text);
      expect(issue.message).toContain("-12:00 to +14:00");
    },
  );

  test.each(["Mars/Olympus", "", "4", "Asia/Bakuu", "+04:60", "Europe"])("%j is invalid_zone", (text) => {
    const issue = expectIssue(parseZone(text), "invalid_zone", text);
    expect(issue.message).toContain("IANA time zone");
  });

  test("luxon alone would accept UTC+99; this library does not, in parseDateTime either", () => {
    expectIssue(
      parseDateTime("2025-07-09T14:05:00", { zone: "UTC+99" }),
      "offset_out_of_range",
      "2025-07-09T14:05:00",
    );
  });
});

describe("zones as options.zone keep their canonical spelling", () => {
  test("etc/gmt-4 reads as Etc/GMT-4", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05", { zone: "etc/gmt-4" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Etc/GMT-4");
  });

  test("asia/kolkata reads as Asia/Kolkata", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05", { zone: "asia/kolkata" }));
    expectInstant(value, "2025-07-09T14:05:00+05:30", "Asia/Kolkata");
  });

  test("Pacific/Chatham (+12:45 in winter, +13:45 in summer)", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09 14:05", { zone: "Pacific/Chatham" })),
      "2025-07-09T14:05:00+12:45",
      "Pacific/Chatham",
    );
    expectInstant(
      unwrap(parseDateTime("2025-01-09 14:05", { zone: "Pacific/Chatham" })),
      "2025-01-09T14:05:00+13:45",
      "Pacific/Chatham",
    );
  });

  test("America/St_Johns (-02:30 in summer)", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09 14:05", { zone: "America/St_Johns" })),
      "2025-07-09T14:05:00-02:30",
      "America/St_Johns",
    );
  });
});
