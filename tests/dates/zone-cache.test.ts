/**
 * The fast path in front of luxon: zones from parseZone remember offsets hour by hour. Property:
 * every offset they give is exactly luxon's own, for any instant from 1850 to 2100 in zones with
 * daylight saving, half-hour and quarter-hour shifts, and local mean time.
 */
import fc from "fast-check";
import { IANAZone } from "luxon";
import { expect, test } from "vitest";
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
