import { describe, expect, test } from "vitest";
import { formatDateTime, parseDateTime } from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

describe("parseDateTime: ISO 8601 / RFC 3339 extended form", () => {
  test("an offset date-time stays at its offset, not converted to UTC or the machine's zone", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00+04:00"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
    expect(value.offset).toBe(240);
    expect(value.zone.isUniversal).toBe(true);
    expect(value.toMillis()).toBe(1_752_055_500_000);
    expect([value.year, value.month, value.day, value.hour, value.minute]).toEqual([2025, 7, 9, 14, 5]);
  });

  test("seconds may be left out", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05+04:00")), "2025-07-09T14:05:00+04:00", "UTC+4");
  });

  test("Z is UTC, written back as Z", () => {
    const value = unwrap(parseDateTime("2025-07-09T10:05:00Z"));
    expectInstant(value, "2025-07-09T10:05:00Z", "UTC");
    expect(value.offset).toBe(0);
    expect(value.toMillis()).toBe(1_752_055_500_000);
  });

  test("±HH:MM, ±HHMM and ±HH all name the same offset", () => {
    for (const text of ["2025-07-09T14:05:00+04:00", "2025-07-09T14:05:00+0400", "2025-07-09T14:05:00+04"]) {
      expectInstant(unwrap(parseDateTime(text)), "2025-07-09T14:05:00+04:00", "UTC+4");
    }
  });

  test("negative and half-hour offsets", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09T14:05:00-03:30")),
      "2025-07-09T14:05:00-03:30",
      "UTC-3:30",
    );
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00+0545")), "2025-07-09T14:05:00+05:45", "UTC+5:45");
  });

  test("a Unicode minus sign (U+2212) is read as minus", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09T14:05:00\u221204:00")),
      "2025-07-09T14:05:00-04:00",
      "UTC-4",
    );
  });

  test("+00:00 and -00:00 are UTC", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00+00:00")), "2025-07-09T14:05:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00-00:00")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("the offset limits -12:00 and +14:00 are accepted", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00+14:00")), "2025-07-09T14:05:00+14:00", "UTC+14");
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00-12:00")), "2025-07-09T14:05:00-12:00", "UTC-12");
  });

  test("a fraction .5 is 500 milliseconds", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00.5Z"));
    expect(value.millisecond).toBe(500);
    expectInstant(value, "2025-07-09T14:05:00.500Z", "UTC");
  });

  test("a fraction .123456 keeps the millisecond, 123", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00.123456Z"));
    expect(value.millisecond).toBe(123);
    expectInstant(value, "2025-07-09T14:05:00.123Z", "UTC");
  });

  test("nine fraction digits are cut to the millisecond, not rounded up", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00.999999999Z"));
    expect(value.millisecond).toBe(999);
    expectInstant(value, "2025-07-09T14:05:00.999Z", "UTC");
  });

  test("a comma is a decimal sign too", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09T14:05:00,25+04:00")),
      "2025-07-09T14:05:00.250+04:00",
      "UTC+4",
    );
  });

  test("a space may stand for T", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09 14:05:00+04:00")), "2025-07-09T14:05:00+04:00", "UTC+4");
  });

  test("lowercase t and z are read", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09t14:05:00z")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("white space around the text is ignored", () => {
    expectInstant(unwrap(parseDateTime("  2025-07-09T14:05:00Z\n")), "2025-07-09T14:05:00Z", "UTC");
  });

  test("UTC, GMT and Z after a space are UTC", () => {
    for (const text of ["2025-07-09T14:05:00 UTC", "2025-07-09T14:05:00 GMT", "2025-07-09 14:05 Z"]) {
      expectInstant(unwrap(parseDateTime(text)), "2025-07-09T14:05:00Z", "UTC");
    }
  });

  test("the first and last years accepted for instants, 1000 and 9999", () => {
    expectInstant(unwrap(parseDateTime("1000-01-01T00:00:00Z")), "1000-01-01T00:00:00Z", "UTC");
    expectInstant(unwrap(parseDateTime("9999-12-31T23:59:59.999Z")), "9999-12-31T23:59:59.999Z", "UTC");
  });

  test("29 February in a leap year", () => {
    expectInstant(unwrap(parseDateTime("2024-02-29T10:00:00Z")), "2024-02-29T10:00:00Z", "UTC");
  });

  test("an offset in the text wins over options.zone", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00+04:00", { zone: "America/New_York" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "UTC+4");
  });
});

describe("parseDateTime: ISO 8601 basic form", () => {
  test("20180619T055000+0900", () => {
    const value = unwrap(parseDateTime("20180619T055000+0900"));
    expectInstant(value, "2018-06-19T05:50:00+09:00", "UTC+9");
    expect(value.toMillis()).toBe(1_529_355_000_000);
  });

  test("basic form with Z", () => {
    expectInstant(unwrap(parseDateTime("20180619T055000Z")), "2018-06-19T05:50:00Z", "UTC");
  });

  test("basic form without seconds and with ±HH", () => {
    expectInstant(unwrap(parseDateTime("20180619T0550+09")), "2018-06-19T05:50:00+09:00", "UTC+9");
  });

  test("basic form with a fraction", () => {
    expectInstant(unwrap(parseDateTime("20180619T055000.5+0900")), "2018-06-19T05:50:00.500+09:00", "UTC+9");
  });
});

describe("parseDateTime: local date-times read in options.zone", () => {
  test("an IANA zone: the value keeps Asia/Baku", () => {
    const value = unwrap(parseDateTime("2025-07-09 14:05", { zone: "Asia/Baku" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
    expect(value.zone.isUniversal).toBe(false);
  });

  test("the zone name is spelled canonically whatever its case", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00", { zone: "asia/baku" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("an offset zone: +04:00 and UTC+4", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09T14:05:00", { zone: "+04:00" })),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
    expectInstant(
      unwrap(parseDateTime("2025-07-09T14:05:00", { zone: "UTC+4" })),
      "2025-07-09T14:05:00+04:00",
      "UTC+4",
    );
  });

  test("UTC, GMT, Z and Etc/UTC as options.zone are UTC", () => {
    for (const zone of ["UTC", "GMT", "Z", "Etc/UTC"]) {
      expectInstant(unwrap(parseDateTime("2025-07-09 14:05", { zone })), "2025-07-09T14:05:00Z", "UTC");
    }
  });

  test("Etc/GMT-4 is four hours ahead of UTC (the POSIX sign)", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05", { zone: "Etc/GMT-4" }));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Etc/GMT-4");
  });

  test("a half-hour and a 45-minute zone", () => {
    expectInstant(
      unwrap(parseDateTime("2025-07-09 14:05", { zone: "Asia/Kolkata" })),
      "2025-07-09T14:05:00+05:30",
      "Asia/Kolkata",
    );
    expectInstant(
      unwrap(parseDateTime("2025-07-09 14:05", { zone: "Asia/Kathmandu" })),
      "2025-07-09T14:05:00+05:45",
      "Asia/Kathmandu",
    );
  });

  test("without options.zone a local time is missing_zone, never the machine's zone", () => {
    expectIssue(parseDateTime("2025-07-09 14:05"), "missing_zone", "2025-07-09 14:05");
    expectIssue(parseDateTime("2025-07-09T14:05:00"), "missing_zone", "2025-07-09T14:05:00");
  });
});

describe("parseDateTime: RFC 9557 zone suffix", () => {
  test("…+04:00[Asia/Baku] keeps the zone Asia/Baku", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00+04:00[Asia/Baku]"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("the critical flag ! is accepted", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00+04:00[!Asia/Baku]"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("a suffix in lower case is spelled canonically", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00+04:00[asia/baku]"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("a local time with only the suffix is read in that zone", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00[Asia/Baku]"));
    expectInstant(value, "2025-07-09T14:05:00+04:00", "Asia/Baku");
  });

  test("the offset picks one of the two readings in an overlap", () => {
    const first = unwrap(parseDateTime("2015-10-25T04:30:00+05:00[Asia/Baku]"));
    const second = unwrap(parseDateTime("2015-10-25T04:30:00+04:00[Asia/Baku]"));
    expectInstant(first, "2015-10-25T04:30:00+05:00", "Asia/Baku");
    expectInstant(second, "2015-10-25T04:30:00+04:00", "Asia/Baku");
    expect(second.toMillis() - first.toMillis()).toBe(3_600_000);
  });

  test("a suffix alone does not resolve an overlap: ambiguous_local_time unless disambiguated", () => {
    expectIssue(
      parseDateTime("2015-10-25T04:30[Asia/Baku]"),
      "ambiguous_local_time",
      "2015-10-25T04:30[Asia/Baku]",
    );
    const later = unwrap(parseDateTime("2015-10-25T04:30[Asia/Baku]", { disambiguation: "later" }));
    expectInstant(later, "2015-10-25T04:30:00+04:00", "Asia/Baku");
  });

  test("an offset that disagrees with the zone is zone_offset_mismatch", () => {
    const text = "2025-07-09T14:05:00+05:00[Asia/Baku]";
    const issue = expectIssue(parseDateTime(text), "zone_offset_mismatch", text);
    expect(issue.details).toEqual({ zone: "Asia/Baku", actual: "+04:00", offset: "+05:00" });
    expect(issue.message).toContain("Asia/Baku was at +04:00 then, not +05:00");
  });

  // RFC 9557 (section 2.2) made `Z` mean what `-00:00` meant: the instant in UTC, the local offset unknown.
  test("Z or -00:00 with a zone gives the instant in UTC, read in that zone; +00:00 must agree", () => {
    for (const text of ["2025-07-09T10:05:00Z[Asia/Baku]", "2025-07-09T10:05:00-00:00[Asia/Baku]"]) {
      const value = unwrap(parseDateTime(text));
      expect(formatDateTime(value)).toBe("2025-07-09T14:05:00+04:00");
      expect(value.zoneName).toBe("Asia/Baku");
    }
    const text = "2025-07-09T10:05:00+00:00[Asia/Baku]";
    expectIssue(parseDateTime(text), "zone_offset_mismatch", text);
  });

  // Offsets with seconds (local mean time) are written to the minute, as formatDateTime writes them.
  test("a zone whose offset then had seconds agrees with that offset written to the minute", () => {
    const value = unwrap(parseDateTime("1970-06-01T12:00:30-00:44[Africa/Monrovia]"));
    expect(value.offset).toBe(-44.5);
    expect(value.toUTC().toISO()).toBe("1970-06-01T12:44:30.000Z");
    expect(formatDateTime(value)).toBe("1970-06-01T12:00:30-00:44");
    const text = "1970-06-01T12:00:30-00:45[Africa/Monrovia]";
    expectIssue(parseDateTime(text), "zone_offset_mismatch", text);
  });

  test("an unknown zone in the suffix is invalid_zone, naming it", () => {
    const text = "2025-07-09T14:05:00+04:00[Mars/Olympus]";
    const issue = expectIssue(parseDateTime(text), "invalid_zone", text);
    expect(issue.message).toContain('"Mars/Olympus"');
  });
});

describe("parseDateTime: zone abbreviations", () => {
  test("CET, which has one meaning, is +01:00", () => {
    expectInstant(unwrap(parseDateTime("2025-07-09T14:05:00 CET")), "2025-07-09T14:05:00+01:00", "UTC+1");
  });

  test.each(["CST", "IST", "EET"])("%s names several zones: ambiguous_zone_abbreviation", (abbreviation) => {
    const text = `2025-07-09T14:05:00 ${abbreviation}`;
    const issue = expectIssue(parseDateTime(text), "ambiguous_zone_abbreviation", text);
    expect(issue.details?.abbreviation).toBe(abbreviation);
    expect(issue.message).toContain("options.abbreviations");
  });

  test("IST mapped to Asia/Kolkata is read in that zone", () => {
    const value = unwrap(
      parseDateTime("2025-07-09T14:05:00 IST", { abbreviations: { IST: "Asia/Kolkata" } }),
    );
    expectInstant(value, "2025-07-09T14:05:00+05:30", "Asia/Kolkata");
  });

  test("CST mapped to -06:00 is that offset", () => {
    const value = unwrap(parseDateTime("2025-07-09T14:05:00 CST", { abbreviations: { CST: "-06:00" } }));
    expectInstant(value, "2025-07-09T14:05:00-06:00", "UTC-6");
  });

  test("the mapping is matched whatever the case of either side", () => {
    const value = unwrap(
      parseDateTime("2025-07-09T14:05:00 cst", { abbreviations: { CST: "America/Chicago" } }),
    );
    expectInstant(value, "2025-07-09T14:05:00-05:00", "America/Chicago");
  });

  test("a caller's mapping takes precedence over the built-in table", () => {
    const value = unwrap(
      parseDateTime("2025-07-09T14:05:00 CET", { abbreviations: { CET: "Europe/Paris" } }),
    );
    expectInstant(value, "2025-07-09T14:05:00+02:00", "Europe/Paris");
  });

  test("a mapping to an unknown zone is invalid_zone; to a far offset, offset_out_of_range", () => {
    const text = "2025-07-09T14:05:00 CST";
    expectIssue(parseDateTime(text, { abbreviations: { CST: "Mars/Olympus" } }), "invalid_zone", text);
    expectIssue(parseDateTime(text, { abbreviations: { CST: "+15:00" } }), "offset_out_of_range", text);
  });

  test("an abbreviation the library does not know is unknown_zone_abbreviation", () => {
    const text = "2025-07-09T14:05:00 XYZ";
    const issue = expectIssue(parseDateTime(text), "unknown_zone_abbreviation", text);
    expect(issue.details?.abbreviation).toBe("XYZ");
  });
});

test("formatting the value gives the normal form whatever ISO variant was read", () => {
  const variants = [
    "2025-07-09T14:05:00+04:00",
    "2025-07-09T14:05+04:00",
    "2025-07-09 14:05:00+0400",
    "2025-07-09t14:05:00+04",
    "20250709T140500+0400",
    "2025-07-09T14:05:00.000+04:00",
  ];
  for (const text of variants) {
    expect(formatDateTime(unwrap(parseDateTime(text)))).toBe("2025-07-09T14:05:00+04:00");
  }
});
