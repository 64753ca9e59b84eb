/**
 * The fast path in front of luxon: zones from parseZone remember offsets hour by hour. Property:
 * every offset they give is exactly luxon's own, for any instant from 1850 to 2100 in zones with
 * daylight saving, half-hour and quarter-hour shifts, and local mean time.
 */
import fc from "fast-check";
import { IANAZone } from "luxon";
import { expect, test } from "vitest";
import { candidateInstants } from "../../src/dates/local.js";
import { parseZone } from "../../src/index.js";
import { seed } from "../seed.js";

const ZONES = [
  "Asia/Baku",
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "America/St_Johns",
  "Africa/Monrovia",
  "Europe/Dublin",
];

const FROM = Date.UTC(1850, 0, 1);
const TO = Date.UTC(2100, 0, 1);

test("a remembered offset is luxon's offset, for any instant and zone (1,000 runs, and near every change)", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: FROM, max: TO }),
      fc.integer({ min: -3_600_000, max: 3_600_000 }),
      (name, instant, nearby) => {
        const result = parseZone(name);
        if (!result.ok) throw new Error(result.issue.message);
        const luxon = IANAZone.create(name);
        // Ask twice, and a nearby instant in between, so that remembered hours are used.
        expect(result.value.offset(instant)).toBe(luxon.offset(instant));
        expect(result.value.offset(instant + nearby)).toBe(luxon.offset(instant + nearby));
        expect(result.value.offset(instant)).toBe(luxon.offset(instant));
      },
    ),
    { seed, numRuns: 1000 },
  );
});

test("every minute around Baku's 2015 changes gives luxon's offset", () => {
  const result = parseZone("Asia/Baku");
  if (!result.ok) throw new Error(result.issue.message);
  const luxon = IANAZone.create("Asia/Baku");
  for (const change of [Date.UTC(2015, 2, 29, 0, 0), Date.UTC(2015, 9, 25, 1, 0)]) {
    for (let minute = -120; minute <= 120; minute++) {
      const instant = change + minute * 60_000;
      expect(result.value.offset(instant)).toBe(luxon.offset(instant));
    }
  }
});

/** The instants a wall clock had in a zone, found the long way: every offset a day around it, tried. */
function instantsTheLongWay(local: number, zone: IANAZone): number[] {
  const offsets = new Set<number>([zone.offset(local - 86_400_000), zone.offset(local + 86_400_000)]);
  for (const offset of [...offsets]) offsets.add(zone.offset(local - offset * 60_000));
  return [...offsets]
    .map((offset) => local - offset * 60_000)
    .filter(
      (instant, index, all) =>
        zone.offset(instant) === (local - instant) / 60_000 && all.indexOf(instant) === index,
    )
    .sort((a, b) => a - b);
}

test("the instants of a wall clock (the shortcut far from a change included) are those found the long way (1,000 runs)", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.date({ min: new Date(FROM), max: new Date(TO), noInvalidDate: true }),
      (name, date) => {
        const zone = IANAZone.create(name);
        const clock = {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: date.getUTCHours(),
          minute: date.getUTCMinutes(),
          second: date.getUTCSeconds(),
          millisecond: date.getUTCMilliseconds(),
        };
        expect(candidateInstants(clock, zone)).toEqual(instantsTheLongWay(date.getTime(), zone));
      },
    ),
    { seed, numRuns: 1000 },
  );
});

test("a wall clock in Baku's 2015 gap has no instant, one in its overlap two, one beside them one", () => {
  const baku = IANAZone.create("Asia/Baku");
  const clock = (day: number, month: number, hour: number, minute: number) => ({
    year: 2015,
    month,
    day,
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
  expect(candidateInstants(clock(29, 3, 4, 30), baku)).toEqual([]);
  expect(candidateInstants(clock(25, 10, 4, 30), baku)).toEqual([
    Date.UTC(2015, 9, 24, 23, 30),
    Date.UTC(2015, 9, 25, 0, 30),
  ]);
  expect(candidateInstants(clock(9, 7, 14, 5), baku)).toEqual([Date.UTC(2015, 6, 9, 9, 5)]);
});

test("near the changes of late March and late October, the instants of a wall clock are those found the long way (1,000 runs)", () => {
  fc.assert(
    fc.property(
      fc.constantFrom("Europe/London", "Europe/Dublin", "Asia/Baku"),
      fc.integer({ min: 1996, max: 2015 }),
      fc.constantFrom(3, 10),
      fc.integer({ min: 24, max: 31 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 59 }),
      (name, year, month, day, hour, minute) => {
        const zone = IANAZone.create(name);
        const clock = { year, month, day, hour, minute, second: 0, millisecond: 0 };
        const local = Date.UTC(year, month - 1, day, hour, minute);
        expect(candidateInstants(clock, zone)).toEqual(instantsTheLongWay(local, zone));
      },
    ),
    { seed, numRuns: 1000 },
  );
});
