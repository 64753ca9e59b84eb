/**
 * From a wall-clock reading to an instant: calendar checks, and the daylight-saving gaps and overlaps
 * that luxon would otherwise resolve silently (and differently from zone to zone).
 */
import { DateTime, type Zone } from "luxon";
import { type DateResult, dateFailure } from "./issues.js";
import { formatOffset } from "./zones.js";

/** A reading of a wall clock: calendar date and time of day, with no zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/**
 * What to do with a local time that a daylight-saving change skipped (a gap) or repeated (an
 * overlap):
 * - `reject` (default): an issue, `nonexistent_local_time` or `ambiguous_local_time`;
 * - `earlier`: the earlier of the two instants (in a gap: the time read with the offset after the change,
 *   which lands before the gap);
 * - `later`: the later one (in a gap: read with the offset before the change, which lands after it);
 * - `compatible`: `earlier` in an overlap and `later` in a gap, as RFC 5545 and JavaScript's Temporal do.
 *
 * @example
 * ```ts
 * const result = parseDateTime("2025-11-02 01:30", { zone: "America/New_York", disambiguation: "earlier" });
 * if (result.ok) formatDateTime(result.value); //=> "2025-11-02T01:30:00-04:00"
 * ```
 */
export type Disambiguation = "reject" | "earlier" | "later" | "compatible";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The English name of a month (1–12). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Whether a year is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Checks a calendar date; returns the reason it is not one (for the message), or `undefined`.
 */
export function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${monthName(month)} ${year} has ${days} days`;
  return undefined;
}

/** Checks the fields of a wall clock (calendar day, time of day); the text is for the issue. */
export function checkWallClock(clock: WallClock, text: string): DateResult<WallClock> {
  const problem = calendarProblem(clock.year, clock.month, clock.day);
  if (problem !== undefined) return dateFailure("invalid_date", text, { reason: problem });
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 59) return dateFailure("invalid_time", text);
  return { ok: true, value: clock };
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The wall clock's fields as if they were UTC, in milliseconds since the epoch. */
function wallClockMillis(clock: WallClock): number {
  return Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
}

/**
 * The instants at which a zone's clocks showed this wall-clock reading: none (a gap), one, or two
 * (an overlap), earliest first. Offsets are probed a day either side of the reading, which finds every
 * change as long as a zone does not change twice within one day.
 */
export function candidateInstants(clock: WallClock, zone: Zone): number[] {
  const local = wallClockMillis(clock);
  const before = zone.offset(local - DAY_MS);
  // Most readings are far from any change: the same offset a day either side, and at the reading.
  if (before === zone.offset(local + DAY_MS) && zone.offset(local - before * MINUTE_MS) === before)
    return [local - before * MINUTE_MS];
  const offsets = new Set<number>([before, zone.offset(local + DAY_MS)]);
  for (const offset of [...offsets]) offsets.add(zone.offset(local - offset * MINUTE_MS));
  const instants: number[] = [];
  for (const offset of offsets) {
    const instant = local - offset * MINUTE_MS;
    if (zone.offset(instant) === offset && !instants.includes(instant)) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}

/**
 * Reads a checked wall clock in a zone. A fixed-offset zone has one answer; an IANA zone may have none
 * (gap) or two (overlap), decided by `disambiguation` (a value it does not know rejects, as
 * `reject` does: nothing is moved silently because of a misspelt option).
 */
export function resolveWallClock(
  clock: WallClock,
  zone: Zone,
  requested: Disambiguation,
  text: string,
): DateResult<DateTime> {
  const disambiguation: Disambiguation =
    requested === "earlier" || requested === "later" || requested === "compatible" ? requested : "reject";
  if (zone.isUniversal) {
    const offset = zone.offset(0);
    return { ok: true, value: DateTime.fromMillis(wallClockMillis(clock) - offset * MINUTE_MS, { zone }) };
  }
  const instants = candidateInstants(clock, zone);
  const [first, second] = instants;
  if (first !== undefined && second === undefined) {
    return { ok: true, value: DateTime.fromMillis(first, { zone }) };
  }
  if (first !== undefined && second !== undefined) {
    if (disambiguation === "reject") {
      return dateFailure("ambiguous_local_time", text, {
        zone: zone.name,
        earlier: formatOffset(zone.offset(first)),
        later: formatOffset(zone.offset(second)),
      });
    }
    const chosen = disambiguation === "later" ? second : first;
    return { ok: true, value: DateTime.fromMillis(chosen, { zone }) };
  }
  const local = wallClockMillis(clock);
  const before = zone.offset(local - DAY_MS);
  const after = zone.offset(local + DAY_MS);
  if (disambiguation === "reject") {
    return dateFailure("nonexistent_local_time", text, {
      zone: zone.name,
      before: formatOffset(before),
      after: formatOffset(after),
    });
  }
  const offset = disambiguation === "earlier" ? after : before;
  return { ok: true, value: DateTime.fromMillis(local - offset * MINUTE_MS, { zone }) };
}
