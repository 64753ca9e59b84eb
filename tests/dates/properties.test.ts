/**
 * Properties, 1,000 runs each. The seed is printed; rerun a failure with FC_SEED=<seed>.
 */

import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, test } from "vitest";
import { escapeText } from "../../src/dates/issues.js";
import {
  type DateIssueCode,
  type Disambiguation,
  formatDateTime,
  type ParseDateTimeOptions,
  parseDateTime,
  parseDateValue,
  parsePartialDate,
} from "../../src/index.js";
import { seed } from "../seed.js";

const runs = { seed, numRuns: 1000 } as const;

const ZONES = [
  "UTC",
  "Asia/Baku",
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "America/St_Johns",
  "Asia/Kolkata",
  "Africa/Monrovia",
] as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every issue code, checked complete by the compiler. */
const CODES: Record<DateIssueCode, true> = {
  invalid_type: true,
  empty: true,
  too_long: true,
  unrecognized_format: true,
  missing_time: true,
  invalid_date: true,
  invalid_time: true,
  year_out_of_range: true,
  missing_zone: true,
  invalid_zone: true,
  offset_out_of_range: true,
  ambiguous_zone_abbreviation: true,
  unknown_zone_abbreviation: true,
  zone_offset_mismatch: true,
  weekday_mismatch: true,
  conflicting_dates: true,
  nonexistent_local_time: true,
  ambiguous_local_time: true,
};

describe("format then parse", () => {
  test("gives the same instant and the same written offset, 1900–9999, in every test zone", () => {
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(9999, 11, 30);
    const instants = fc.oneof(
      fc.integer({ min: from, max: to }),
      fc.integer({ min: from, max: Date.UTC(2100, 0, 1) }),
    );
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (millis, zone) => {
        const value = DateTime.fromMillis(millis, { zone });
        const text = formatDateTime(value);
        const result = parseDateTime(text);
        if (!result.ok) throw new Error(`${text} (${zone}) was refused: ${result.issue.message}`);
        const back = result.value;
        // The instant is exact.
        expect(back.toMillis()).toBe(millis);
        // The written offset is the zone's offset rounded to the whole minute (exact when whole).
        expect(Number.isInteger(back.offset)).toBe(true);
        if (Number.isInteger(value.offset)) expect(back.offset).toBe(value.offset);
        else expect(Math.abs(back.offset - value.offset)).toBeLessThanOrEqual(0.5);
        // Writing it again gives the same text (a zero offset read back is UTC, written Z).
        expect(formatDateTime(back)).toBe(text.replace(/\+00:00$/, "Z"));
      }),
      runs,
    );
  });
});

const TOKENS = [
  "2025",
  "1994",
  "0999",
  "10000",
  "-",
  "07",
  "7",
  "09",
  "9",
  "13",
  "00",
  "24",
  "60",
  "29",
  "02",
  "T",
  "t",
  " ",
  "  ",
  ":",
  "14",
  "05",
  ".5",
  ".123456",
  ",",
  "Z",
  "z",
  "+04:00",
  "+0400",
  "+04",
  "+15:00",
  "\u2212",
  "UTC",
  "GMT",
  "UT",
  "CET",
  "CST",
  "IST",
  "XYZ",
  "UTC+4",
  "UTC+99",
  "(",
  ")",
  "[",
  "]",
  "!",
  "Asia/Baku",
  "Mars/Olympus",
  "/",
  "July",
  "Jul",
  "Juli",
  "Nov",
  "06-Nov-94",
  "Wed,",
  "Wednesday",
  "Sun",
  "at",
  "th",
  "PM",
  "a.m.",
  "\u0000",
  "\u{1F600}",
  "\n",
] as const;

const dateish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((parts) => parts.join(""));

const digits = (min: number, max: number, width: number) =>
  fc.integer({ min, max }).map((value) => String(value).padStart(width, "0"));

/** Texts in the supported forms with fields in and out of range, and zones good and bad. */
const nearlyDates = fc
  .tuple(
    fc.constantFrom("iso", "basic", "rfc", "newsroom", "month-first"),
    fc.record({
      year: digits(0, 10_000, 4),
      month: digits(0, 13, 2),
      day: digits(0, 32, 2),
      hour: digits(0, 25, 2),
      minute: digits(0, 61, 2),
      second: digits(0, 61, 2),
    }),
    fc.constantFrom("", "Z", "z", "+04:00", "-0330", "+14:01", "+15", "−05:00", "+04:60"),
    fc.constantFrom("", " UTC", " GMT", " CST", " CET", " XYZ", " (UTC+04:00)", " (Mars/Olympus)"),
    fc.constantFrom("", "[Asia/Baku]", "[asia/baku]", "[Mars/Olympus]", "[Etc/GMT-4]"),
    fc.constantFrom("", "Wed, ", "Mon, ", "Sunday, ", "Funday, "),
    fc.constantFrom("Jan", "July", "nov", "Juli", "Foo"),
  )
  .map(([form, f, offset, zone, bracket, weekday, month]) => {
    switch (form) {
      case "iso":
        return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}:${f.second}${offset}${bracket}`;
      case "basic":
        return `${f.year}${f.month}${f.day}T${f.hour}${f.minute}${f.second}${offset}`;
      case "rfc":
        return `${weekday}${f.day} ${month} ${f.year} ${f.hour}:${f.minute}:${f.second}${zone}`;
      case "newsroom":
        return `${f.year}-${f.month}-${f.day} ${weekday}${Number(f.day)} ${month} ${f.year} ${f.hour}:${f.minute}${zone}`;
      default:
        return `${weekday}${month} ${Number(f.day)}, ${f.year} ${Number(f.hour)}:${f.minute} PM${zone}`;
    }
  });

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary-ascii", minLength: 250, maxLength: 270 }),
  dateish,
  { arbitrary: nearlyDates, weight: 4 },
);

const anyOptions: fc.Arbitrary<ParseDateTimeOptions> = fc
  .tuple(
    fc.option(
      fc.constantFrom("Asia/Baku", "America/New_York", "+04:00", "UTC+99", "Mars/Olympus", "", "utc"),
    ),
    fc.option(fc.constantFrom<Disambiguation>("reject", "earlier", "later", "compatible")),
    fc.option(fc.constantFrom({ CST: "America/Chicago" }, { IST: "Mars/Olympus" }, { CET: "+15:00" })),
  )
  .map(([zone, disambiguation, abbreviations]) => ({
    ...(zone === null ? {} : { zone }),
    ...(disambiguation === null ? {} : { disambiguation }),
    ...(abbreviations === null ? {} : { abbreviations }),
  }));

describe("parse never throws", () => {
  test("on any string, with any options: a valid instant or a known issue quoting the input", () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        for (const other of [parseDateValue(text, options), parsePartialDate(text)]) {
          if (!other.ok) expect(Object.hasOwn(CODES, other.issue.code)).toBe(true);
        }
        const result = parseDateTime(text, options);
        if (result.ok) {
          expect(result.value.isValid).toBe(true);
          expect(result.value.year).toBeGreaterThanOrEqual(1000);
          expect(result.value.year).toBeLessThanOrEqual(9999);
          expect(formatDateTime(result.value)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
          return;
        }
        const { issue } = result;
        expect(Object.hasOwn(CODES, issue.code)).toBe(true);
        expect(typeof issue.message).toBe("string");
        expect(issue.message.length).toBeGreaterThan(0);
        const read = text.length > 256 ? text : text.trim();
        if (text.length > 256) expect(issue.code).toBe("too_long");
        if (read === "") {
          expect(issue.code).toBe("empty");
          return;
        }
        // The input is quoted whole up to 80 characters, else cut near 80 with an ellipsis.
        if (read.length <= 80) expect(issue.input).toBe(escapeText(read));
        else
          expect([`${escapeText(read.slice(0, 80))}…`, `${escapeText(read.slice(0, 79))}…`]).toContain(
            issue.input,
          );
        expect(issue.message).toContain(`"${issue.input}"`);
      }),
      runs,
    );
  });

  test("on values that are not strings", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== "string");
        const result = parseDateTime(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issue.code).toBe("invalid_type");
      }),
      runs,
    );
  });
});

/** A zone's offset changes between 1900 and 2100, found by scanning every 3 days and bisecting. */
interface Change {
  readonly zone: string;
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

function changes(zone: string): Change[] {
  const rules = IANAZone.create(zone);
  const found: Change[] = [];
  const step = 3 * DAY;
  let previous = Date.UTC(1900, 0, 1);
  let previousOffset = rules.offset(previous);
  for (let next = previous + step; next <= Date.UTC(2100, 0, 1); next += step) {
    const offset = rules.offset(next);
    if (offset !== previousOffset) {
      let low = previous;
      let high = next;
      while (high - low > SECOND) {
        const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
        if (rules.offset(middle) === previousOffset) low = middle;
        else high = middle;
      }
      found.push({ zone, at: high, before: rules.offset(high - 1), after: rules.offset(high) });
    }
    previous = next;
    previousOffset = offset;
  }
  return found;
}

const CHANGES = ZONES.filter((zone) => zone !== "UTC").flatMap(changes);

/** A wall-clock reading, held as milliseconds whose UTC fields are the reading. */
interface Wall {
  readonly zone: string;
  readonly local: number;
}

const nearChange: fc.Arbitrary<Wall> = fc
  .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 3600, max: 3 * 3600 }))
  .map(([change, seconds]) => ({
    zone: change.zone,
    local: Math.round((change.at + change.before * MINUTE) / SECOND) * SECOND + seconds * SECOND,
  }));

const anywhere: fc.Arbitrary<Wall> = fc
  .tuple(
    fc.constantFrom(...ZONES),
    fc.integer({ min: Date.UTC(1900, 0, 2) / SECOND, max: Date.UTC(2200, 0, 1) / SECOND }),
  )
  .map(([zone, seconds]) => ({ zone, local: seconds * SECOND }));

/** The instants at which the zone's clocks showed this reading, found by brute force. */
function readings(wall: Wall): { instants: number[]; before: number; after: number } {
  const rules = wall.zone === "UTC" ? undefined : IANAZone.create(wall.zone);
  const offsetAt = (instant: number): number => (rules === undefined ? 0 : rules.offset(instant));
  const offsets = new Set<number>();
  for (let probe = wall.local - 36 * HOUR; probe <= wall.local + 36 * HOUR; probe += 30 * MINUTE) {
    offsets.add(offsetAt(probe));
  }
  const instants = [...offsets]
    .map((offset) => ({ offset, instant: wall.local - Math.round(offset * MINUTE) }))
    .filter(({ offset, instant }) => offsetAt(instant) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a - b);
  return {
    instants: [...new Set(instants)],
    before: offsetAt(wall.local - 36 * HOUR),
    after: offsetAt(wall.local + 36 * HOUR),
  };
}

function shows(value: DateTime, local: number): void {
  const wall = new Date(local);
  expect([value.year, value.month, value.day, value.hour, value.minute, value.second]).toEqual([
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  ]);
}

describe("local times", () => {
  test("resolve to exactly the instants the zone showed them at, or to a gap or overlap issue", () => {
    expect(CHANGES.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.oneof(nearChange, anywhere), (wall) => {
        const text = new Date(wall.local).toISOString().slice(0, 19);
        const { instants, before, after } = readings(wall);
        const read = (disambiguation: Disambiguation) =>
          parseDateTime(text, { zone: wall.zone, disambiguation });
        const rejected = read("reject");
        const [first, second] = instants;

        if (first !== undefined && second === undefined) {
          for (const disambiguation of ["reject", "earlier", "later", "compatible"] as const) {
            const result = read(disambiguation);
            if (!result.ok) throw new Error(`${text} in ${wall.zone}: ${result.issue.message}`);
            expect(result.value.toMillis()).toBe(first);
            expect(result.value.zoneName).toBe(wall.zone);
            shows(result.value, wall.local);
          }
          return;
        }

        if (first !== undefined && second !== undefined) {
          expect(instants).toHaveLength(2);
          expect(rejected.ok ? "resolved" : rejected.issue.code).toBe("ambiguous_local_time");
          const picks = { earlier: first, later: second, compatible: first } as const;
          for (const [disambiguation, instant] of Object.entries(picks)) {
            const result = read(disambiguation as Disambiguation);
            if (!result.ok) throw new Error(`${text} in ${wall.zone}: ${result.issue.message}`);
            expect(result.value.toMillis()).toBe(instant);
            shows(result.value, wall.local);
          }
          return;
        }

        // A gap: no instant showed this reading.
        expect(rejected.ok ? "resolved" : rejected.issue.code).toBe("nonexistent_local_time");
        fc.pre(after > before);
        const earlier = read("earlier");
        const later = read("later");
        const compatible = read("compatible");
        if (!earlier.ok || !later.ok || !compatible.ok) throw new Error(`${text} in ${wall.zone} refused`);
        expect(earlier.value.toMillis()).toBe(wall.local - Math.round(after * MINUTE));
        expect(later.value.toMillis()).toBe(wall.local - Math.round(before * MINUTE));
        expect(compatible.value.toMillis()).toBe(later.value.toMillis());
        expect(earlier.value.toMillis()).toBeLessThan(later.value.toMillis());
      }),
      runs,
    );
  });
});
