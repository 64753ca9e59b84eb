/**
 * The daylight-saving and history matrix: local times in gaps and overlaps, read with every
 * disambiguation. In an overlap `earlier` is the first instant (the larger offset) and `later` the
 * second; in a gap `earlier` reads the time with the offset after the change (landing before the gap)
 * and `later` with the offset before it (landing after the gap); `compatible` is `later` in a gap and
 * `earlier` in an overlap.
 */
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { type Disambiguation, parseDateTime } from "../../src/index.js";
import { expectInstant, expectIssue, unwrap } from "./helpers.js";

type Row = readonly [zone: string, local: string, disambiguation: Disambiguation, expected: string];

const resolved: readonly Row[] = [
  // Asia/Baku: clocks went 04:00 +04:00 → 05:00 +05:00 on 2015-03-29, back 05:00 → 04:00 on 2015-10-25.
  ["Asia/Baku", "2015-03-29 04:30", "earlier", "2015-03-29T03:30:00+04:00"],
  ["Asia/Baku", "2015-03-29 04:30", "later", "2015-03-29T05:30:00+05:00"],
  ["Asia/Baku", "2015-03-29 04:30", "compatible", "2015-03-29T05:30:00+05:00"],
  ["Asia/Baku", "2015-10-25 04:30", "earlier", "2015-10-25T04:30:00+05:00"],
  ["Asia/Baku", "2015-10-25 04:30", "later", "2015-10-25T04:30:00+04:00"],
  ["Asia/Baku", "2015-10-25 04:30", "compatible", "2015-10-25T04:30:00+05:00"],
  // Europe/London: 01:00 GMT → 02:00 BST on 2025-03-30, 02:00 BST → 01:00 GMT on 2025-10-26.
  ["Europe/London", "2025-03-30 01:30", "earlier", "2025-03-30T00:30:00+00:00"],
  ["Europe/London", "2025-03-30 01:30", "later", "2025-03-30T02:30:00+01:00"],
  ["Europe/London", "2025-03-30 01:30", "compatible", "2025-03-30T02:30:00+01:00"],
  ["Europe/London", "2025-10-26 01:30", "earlier", "2025-10-26T01:30:00+01:00"],
  ["Europe/London", "2025-10-26 01:30", "later", "2025-10-26T01:30:00+00:00"],
  ["Europe/London", "2025-10-26 01:30", "compatible", "2025-10-26T01:30:00+01:00"],
  // America/New_York: 02:00 EST → 03:00 EDT on 2025-03-09, 02:00 EDT → 01:00 EST on 2025-11-02.
  ["America/New_York", "2025-03-09 02:30", "earlier", "2025-03-09T01:30:00-05:00"],
  ["America/New_York", "2025-03-09 02:30", "later", "2025-03-09T03:30:00-04:00"],
  ["America/New_York", "2025-03-09 02:30", "compatible", "2025-03-09T03:30:00-04:00"],
  ["America/New_York", "2025-11-02 01:30", "earlier", "2025-11-02T01:30:00-04:00"],
  ["America/New_York", "2025-11-02 01:30", "later", "2025-11-02T01:30:00-05:00"],
  ["America/New_York", "2025-11-02 01:30", "compatible", "2025-11-02T01:30:00-04:00"],
  // Australia/Lord_Howe moves by 30 minutes: 02:00 +10:30 → 02:30 +11:00 on 2025-10-05,
  // 02:00 +11:00 → 01:30 +10:30 on 2025-04-06.
  ["Australia/Lord_Howe", "2025-10-05 02:15", "earlier", "2025-10-05T01:45:00+10:30"],
  ["Australia/Lord_Howe", "2025-10-05 02:15", "later", "2025-10-05T02:45:00+11:00"],
  ["Australia/Lord_Howe", "2025-10-05 02:15", "compatible", "2025-10-05T02:45:00+11:00"],
  ["Australia/Lord_Howe", "2025-04-06 01:45", "earlier", "2025-04-06T01:45:00+11:00"],
  ["Australia/Lord_Howe", "2025-04-06 01:45", "later", "2025-04-06T01:45:00+10:30"],
  ["Australia/Lord_Howe", "2025-04-06 01:45", "compatible", "2025-04-06T01:45:00+11:00"],
  // Asia/Kathmandu: 00:00 +05:30 → 00:15 +05:45 on 1986-01-01.
  ["Asia/Kathmandu", "1986-01-01 00:10", "earlier", "1985-12-31T23:55:00+05:30"],
  ["Asia/Kathmandu", "1986-01-01 00:10", "later", "1986-01-01T00:25:00+05:45"],
  ["Asia/Kathmandu", "1986-01-01 00:10", "compatible", "1986-01-01T00:25:00+05:45"],
];

describe("gaps and overlaps resolved by options.disambiguation", () => {
  test.each(resolved)("%s %s with %s is %s", (zone, local, disambiguation, expected) => {
    const value = unwrap(parseDateTime(local, { zone, disambiguation }));
    expectInstant(value, expected, zone);
  });
});

type Refused = readonly [
  zone: string,
  local: string,
  code: "nonexistent_local_time" | "ambiguous_local_time",
  details: Record<string, string>,
];

const refused: readonly Refused[] = [
  ["Asia/Baku", "2015-03-29 04:30", "nonexistent_local_time", { before: "+04:00", after: "+05:00" }],
  ["Asia/Baku", "2015-10-25 04:30", "ambiguous_local_time", { earlier: "+05:00", later: "+04:00" }],
  ["Europe/London", "2025-03-30 01:30", "nonexistent_local_time", { before: "+00:00", after: "+01:00" }],
  ["Europe/London", "2025-10-26 01:30", "ambiguous_local_time", { earlier: "+01:00", later: "+00:00" }],
  ["America/New_York", "2025-03-09 02:30", "nonexistent_local_time", { before: "-05:00", after: "-04:00" }],
  ["America/New_York", "2025-11-02 01:30", "ambiguous_local_time", { earlier: "-04:00", later: "-05:00" }],
  [
    "Australia/Lord_Howe",
    "2025-10-05 02:15",
    "nonexistent_local_time",
    { before: "+10:30", after: "+11:00" },
  ],
  ["Australia/Lord_Howe", "2025-04-06 01:45", "ambiguous_local_time", { earlier: "+11:00", later: "+10:30" }],
  ["Asia/Kathmandu", "1986-01-01 00:10", "nonexistent_local_time", { before: "+05:30", after: "+05:45" }],
];

describe("gaps and overlaps refused by default and with reject", () => {
  test.each(refused)("%s %s is %s", (zone, local, code, details) => {
    for (const options of [{ zone }, { zone, disambiguation: "reject" as const }]) {
      const issue = expectIssue(parseDateTime(local, options), code, local);
      expect(issue.details).toEqual({ zone, ...details });
      expect(issue.message).toContain(zone);
      for (const offset of Object.values(details)) expect(issue.message).toContain(offset);
    }
  });
});

describe("times next to the changes", () => {
  test("Asia/Baku has had no daylight saving since 2016: 2016-03-27 04:30 is +04:00 with any option", () => {
    for (const disambiguation of ["reject", "earlier", "later", "compatible"] as const) {
      const value = unwrap(parseDateTime("2016-03-27 04:30", { zone: "Asia/Baku", disambiguation }));
      expectInstant(value, "2016-03-27T04:30:00+04:00", "Asia/Baku");
    }
  });

  test("Asia/Baku 2016-10-30 04:30 happened once, at +04:00", () => {
    const value = unwrap(parseDateTime("2016-10-30 04:30", { zone: "Asia/Baku" }));
    expectInstant(value, "2016-10-30T04:30:00+04:00", "Asia/Baku");
  });

  test("New York: the last minute before the gap and the first after it exist", () => {
    expectInstant(
      unwrap(parseDateTime("2025-03-09 01:59:59", { zone: "America/New_York" })),
      "2025-03-09T01:59:59-05:00",
      "America/New_York",
    );
    expectIssue(
      parseDateTime("2025-03-09 02:00", { zone: "America/New_York" }),
      "nonexistent_local_time",
      "2025-03-09 02:00",
    );
    expectInstant(
      unwrap(parseDateTime("2025-03-09 03:00", { zone: "America/New_York" })),
      "2025-03-09T03:00:00-04:00",
      "America/New_York",
    );
  });

  test("New York: the overlap is 01:00 to 01:59:59; 02:00 happened once", () => {
    expectIssue(
      parseDateTime("2025-11-02 01:00", { zone: "America/New_York" }),
      "ambiguous_local_time",
      "2025-11-02 01:00",
    );
    expectInstant(
      unwrap(parseDateTime("2025-11-02 00:59:59", { zone: "America/New_York" })),
      "2025-11-02T00:59:59-04:00",
      "America/New_York",
    );
    expectInstant(
      unwrap(parseDateTime("2025-11-02 02:00", { zone: "America/New_York" })),
      "2025-11-02T02:00:00-05:00",
      "America/New_York",
    );
  });

  test("Lord Howe: 02:30 on the spring day exists, 01:29 on the autumn day happened once", () => {
    expectInstant(
      unwrap(parseDateTime("2025-10-05 02:30", { zone: "Australia/Lord_Howe" })),
      "2025-10-05T02:30:00+11:00",
      "Australia/Lord_Howe",
    );
    expectInstant(
      unwrap(parseDateTime("2025-04-06 01:29", { zone: "Australia/Lord_Howe" })),
      "2025-04-06T01:29:00+11:00",
      "Australia/Lord_Howe",
    );
  });

  test("Kathmandu: 00:15 on 1986-01-01 exists at +05:45, 23:59 the day before at +05:30", () => {
    expectInstant(
      unwrap(parseDateTime("1986-01-01 00:15", { zone: "Asia/Kathmandu" })),
      "1986-01-01T00:15:00+05:45",
      "Asia/Kathmandu",
    );
    expectInstant(
      unwrap(parseDateTime("1985-12-31 23:59", { zone: "Asia/Kathmandu" })),
      "1985-12-31T23:59:00+05:30",
      "Asia/Kathmandu",
    );
  });

  test("a whole skipped day (Pacific/Apia, 2011-12-30) is nonexistent_local_time", () => {
    const issue = expectIssue(
      parseDateTime("2011-12-30 12:00", { zone: "Pacific/Apia" }),
      "nonexistent_local_time",
      "2011-12-30 12:00",
    );
    expect(issue.details).toEqual({ zone: "Pacific/Apia", before: "-10:00", after: "+14:00" });
  });

  test("an offset in the text needs no disambiguation: 01:30-04:00 and 01:30-05:00 in New York", () => {
    const first = unwrap(parseDateTime("2025-11-02T01:30:00-04:00"));
    const second = unwrap(parseDateTime("2025-11-02T01:30:00-05:00"));
    expect(second.toMillis() - first.toMillis()).toBe(3_600_000);
  });
});

describe("what luxon alone would do (why the library checks itself)", () => {
  test("luxon silently shifts a time in the New York gap to 03:30-04:00", () => {
    const shifted = DateTime.fromObject(
      { year: 2025, month: 3, day: 9, hour: 2, minute: 30 },
      { zone: "America/New_York" },
    );
    expect(shifted.isValid).toBe(true);
    expect(shifted.toISO()).toBe("2025-03-09T03:30:00.000-04:00");
    expectIssue(
      parseDateTime("2025-03-09 02:30", { zone: "America/New_York" }),
      "nonexistent_local_time",
      "2025-03-09 02:30",
    );
  });

  test("luxon picks the later reading of an overlap in New York but the earlier one in Lord Howe", () => {
    const newYork = DateTime.fromObject(
      { year: 2025, month: 11, day: 2, hour: 1, minute: 30 },
      { zone: "America/New_York" },
    );
    const lordHowe = DateTime.fromObject(
      { year: 2025, month: 4, day: 6, hour: 1, minute: 45 },
      { zone: "Australia/Lord_Howe" },
    );
    expect(newYork.offset).toBe(-300);
    expect(lordHowe.offset).toBe(660);
    // The library answers both the same way: `earlier` is the first instant in both zones.
    const ny = unwrap(
      parseDateTime("2025-11-02 01:30", { zone: "America/New_York", disambiguation: "earlier" }),
    );
    const lh = unwrap(
      parseDateTime("2025-04-06 01:45", { zone: "Australia/Lord_Howe", disambiguation: "earlier" }),
    );
    expect(ny.offset).toBe(-240);
    expect(lh.offset).toBe(660);
  });
});

describe("a disambiguation the parser does not know", () => {
  test.each(["sideways", "Earlier", ""])("%j rejects, as reject does: nothing is moved", (disambiguation) => {
    const options = { zone: "Europe/Berlin", disambiguation: disambiguation as Disambiguation };
    expectIssue(parseDateTime("2025-03-30 02:30", options), "nonexistent_local_time", "2025-03-30 02:30");
    expectIssue(parseDateTime("2025-10-26 02:30", options), "ambiguous_local_time", "2025-10-26 02:30");
    // A time far from any change is read as ever.
    expect(unwrap(parseDateTime("2025-07-09 14:05", options)).toISO()).toBe("2025-07-09T14:05:00.000+02:00");
  });
});
