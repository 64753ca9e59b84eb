import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  dateTimeCodec,
  dateValueCodec,
  formatDateTime,
  isInstant,
  partialDateCodec,
  timeZoneCodec,
} from "../../src/index.js";

/** The one issue of a failed decode. */
function onlyIssue(result: { success: boolean; error?: z.ZodError | undefined }): z.core.$ZodIssue {
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  if (issue === undefined) throw new Error("no issue");
  return issue;
}

/** The `params` of a custom zod issue. */
function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> {
  if (issue.code !== "custom") throw new Error(`Expected a custom issue, got ${issue.code}`);
  return issue.params ?? {};
}

describe("dateTimeCodec", () => {
  test("decodes to a DateTime in the zone it was written in", () => {
    const value = z.decode(dateTimeCodec(), "9 July 2025 14:05 (UTC+04:00)");
    expect(DateTime.isDateTime(value)).toBe(true);
    expect(value.offset).toBe(240);
    expect(value.toMillis()).toBe(Date.parse("2025-07-09T14:05:00+04:00"));
  });

  test.each([
    ["2025-07-09T14:05:00+04:00", "2025-07-09T14:05:00+04:00"],
    ["9 July 2025 14:05 (UTC+04:00)", "2025-07-09T14:05:00+04:00"],
    ["2025-07-09 9 July 2025 14:05 (UTC+04:00)", "2025-07-09T14:05:00+04:00"],
    ["Wed, 09 Jul 2025 14:05:00 +0400", "2025-07-09T14:05:00+04:00"],
    ["20180619T055000+0900", "2018-06-19T05:50:00+09:00"],
    ["2025-07-09t14:05z", "2025-07-09T14:05:00Z"],
    ["2025-07-09T14:05:00.5+04:00", "2025-07-09T14:05:00.500+04:00"],
    ["Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z"],
  ])("decode then encode %j gives %j", (text, normal) => {
    const codec = dateTimeCodec();
    expect(z.encode(codec, z.decode(codec, text))).toBe(normal);
  });

  test("the normal form is a fixed point: decode then encode gives it back unchanged", () => {
    const codec = dateTimeCodec();
    for (const text of [
      "2025-07-09T14:05:00+04:00",
      "2025-07-09T14:05:00.500Z",
      "1900-05-01T11:59:36+03:19",
    ]) {
      expect(z.encode(codec, z.decode(codec, text))).toBe(text);
    }
  });

  test("options reach the parser: zone and disambiguation", () => {
    const codec = dateTimeCodec({ zone: "Asia/Baku", disambiguation: "later" });
    const value = z.decode(codec, "2015-03-29 04:30");
    expect(value.zoneName).toBe("Asia/Baku");
    expect(z.encode(codec, value)).toBe("2015-03-29T05:30:00+05:00");
  });

  test("encode writes a DateTime in its own zone", () => {
    const value = DateTime.fromMillis(Date.UTC(2025, 6, 9, 10, 5), { zone: "Asia/Baku" });
    expect(z.encode(dateTimeCodec(), value)).toBe("2025-07-09T14:05:00+04:00");
  });

  test("a bad date is a custom zod issue carrying the date code and the message", () => {
    const issue = onlyIssue(z.safeDecode(dateTimeCodec(), "2025-13-01T00:00Z"));
    expect(issue.code).toBe("custom");
    expect(paramsOf(issue).dateIssue).toBe("invalid_date");
    expect(issue.message).toBe(
      'Expected a real calendar date, but found "2025-13-01T00:00Z" (there is no month 13).',
    );
    expect(issue.path).toEqual([]);
  });

  test("a non-string is zod's invalid_type, with a sentence saying what was expected", () => {
    for (const input of [null, 0, undefined, {}]) {
      const issue = onlyIssue(z.safeDecode(dateTimeCodec(), input as unknown as string));
      expect(issue.code).toBe("invalid_type");
      expect(issue.message).toContain("date-time");
    }
  });

  test("a gap is refused by default with nonexistent_local_time", () => {
    const issue = onlyIssue(z.safeDecode(dateTimeCodec({ zone: "America/New_York" }), "2025-03-09 02:30"));
    expect(paramsOf(issue).dateIssue).toBe("nonexistent_local_time");
    expect(issue.message).toContain('"2025-03-09 02:30"');
  });

  test("encoding something that is not a valid DateTime fails", () => {
    expect(z.safeEncode(dateTimeCodec(), DateTime.invalid("made up")).success).toBe(false);
  });
});

describe("partialDateCodec", () => {
  test.each(["1823", "1923-05", "2025-07-09", "2024-02-29"])("decode then encode %j is unchanged", (text) => {
    const codec = partialDateCodec();
    expect(z.encode(codec, z.decode(codec, text))).toBe(text);
  });

  test("decodes to the partial date", () => {
    expect(z.decode(partialDateCodec(), "1923-05")).toEqual({ precision: "month", year: 1923, month: 5 });
  });

  test("2025-02-30 is a custom issue with dateIssue invalid_date", () => {
    const issue = onlyIssue(z.safeDecode(partialDateCodec(), "2025-02-30"));
    expect(paramsOf(issue).dateIssue).toBe("invalid_date");
    expect(issue.message).toContain('"2025-02-30"');
  });

  test("a date-time is not a partial date", () => {
    const issue = onlyIssue(z.safeDecode(partialDateCodec(), "2025-07-09T14:05:00Z"));
    expect(paramsOf(issue).dateIssue).toBe("unrecognized_format");
  });
});

describe("dateValueCodec", () => {
  test.each([
    ["1823", "1823"],
    ["1923-05", "1923-05"],
    ["2025-07-09", "2025-07-09"],
    ["2025-07-09T14:05:00.5+04:00", "2025-07-09T14:05:00.500+04:00"],
    ["2025-07-09 14:05", "2025-07-09T14:05:00+04:00"],
  ])("decode then encode %j gives %j", (text, normal) => {
    const codec = dateValueCodec({ zone: "Asia/Baku" });
    expect(z.encode(codec, z.decode(codec, text))).toBe(normal);
  });

  test("a year stays a partial date, a date-time becomes an instant", () => {
    const codec = dateValueCodec();
    const year = z.decode(codec, "1823");
    const instant = z.decode(codec, "2025-07-09T14:05:00+04:00");
    expect(isInstant(year)).toBe(false);
    expect(isInstant(instant)).toBe(true);
    if (isInstant(instant)) expect(formatDateTime(instant)).toBe("2025-07-09T14:05:00+04:00");
  });

  test("an empty text is a custom issue with dateIssue empty", () => {
    const issue = onlyIssue(z.safeDecode(dateValueCodec(), ""));
    expect(paramsOf(issue).dateIssue).toBe("empty");
  });
});

describe("timeZoneCodec", () => {
  test.each([
    ["asia/baku", "Asia/Baku"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Etc/GMT-4", "Etc/GMT-4"],
    ["UTC+4", "+04:00"],
    ["+05:45", "+05:45"],
    ["utc", "UTC"],
    ["GMT", "UTC"],
  ])("decodes %j to %j and encodes it back unchanged", (text, normal) => {
    const codec = timeZoneCodec();
    const decoded = z.decode(codec, text);
    expect(decoded).toBe(normal);
    expect(z.encode(codec, decoded)).toBe(normal);
    expect(z.encode(codec, z.decode(codec, normal))).toBe(normal);
  });

  test("UTC+99 is a custom issue with dateIssue offset_out_of_range", () => {
    const issue = onlyIssue(z.safeDecode(timeZoneCodec(), "UTC+99"));
    expect(paramsOf(issue).dateIssue).toBe("offset_out_of_range");
  });

  test("Mars/Olympus is a custom issue with dateIssue invalid_zone", () => {
    const issue = onlyIssue(z.safeDecode(timeZoneCodec(), "Mars/Olympus"));
    expect(paramsOf(issue).dateIssue).toBe("invalid_zone");
    expect(issue.message).toContain('"Mars/Olympus"');
  });

  test("encoding checks and spells the zone too: a model built in code is written canonically", () => {
    expect(z.encode(timeZoneCodec(), "asia/kolkata")).toBe("Asia/Kolkata");
    const issue = onlyIssue(z.safeEncode(timeZoneCodec(), "Mars/Olympus"));
    expect(paramsOf(issue).dateIssue).toBe("invalid_zone");
  });
});

describe("inside a z.object: every failure at its field's path", () => {
  const Payload = z.object({
    published: dateTimeCodec(),
    founded: partialDateCodec(),
    start: dateValueCodec({ zone: "Asia/Baku" }),
    zone: timeZoneCodec(),
    nested: z.object({ at: dateTimeCodec() }),
  });

  test("a good payload decodes and encodes to the normal forms", () => {
    const decoded = z.decode(Payload, {
      published: "Wed, 09 Jul 2025 14:05:00 +0400",
      founded: "1823",
      start: "2025-07-09 14:05",
      zone: "asia/baku",
      nested: { at: "2025-07-09T10:05:00Z" },
    });
    expect(decoded.founded).toEqual({ precision: "year", year: 1823 });
    expect(decoded.zone).toBe("Asia/Baku");
    expect(z.encode(Payload, decoded)).toEqual({
      published: "2025-07-09T14:05:00+04:00",
      founded: "1823",
      start: "2025-07-09T14:05:00+04:00",
      zone: "Asia/Baku",
      nested: { at: "2025-07-09T10:05:00Z" },
    });
  });

  test("each bad field gives one issue with its path and its date code", () => {
    const result = z.safeDecode(Payload, {
      published: "2025-02-30T10:00Z",
      founded: "0000",
      start: "2015-03-29 04:30",
      zone: "UTC+99",
      nested: { at: "x" },
    });
    expect(result.success).toBe(false);
    const found = (result.error?.issues ?? []).map((issue) => [
      issue.path,
      issue.code === "custom" ? issue.params?.dateIssue : issue.code,
    ]);
    expect(found).toEqual([
      [["published"], "invalid_date"],
      [["founded"], "year_out_of_range"],
      [["start"], "nonexistent_local_time"],
      [["zone"], "offset_out_of_range"],
      [["nested", "at"], "unrecognized_format"],
    ]);
  });

  test("the details of a date issue travel in params too", () => {
    const result = z.safeDecode(Payload.shape.start, "2015-03-29 04:30");
    const issue = onlyIssue(result);
    expect(paramsOf(issue)).toEqual({
      dateIssue: "nonexistent_local_time",
      zone: "Asia/Baku",
      before: "+04:00",
      after: "+05:00",
    });
  });
});
