/**
 * Dates: `parseDateTime` against `new Date(s).toISOString()` (which loses the offset; ours keeps it).
 * Run with `npm run bench` (it builds first: the library is measured from dist/, as users import
 * it). Not part of the test run; numbers go to the issue note and docs.
 */
import type * as Newsmodel from "../src/index.js";
import { compare, printTable } from "./harness.js";

/** The built library (a path held in a constant, so that typechecking does not need a build). */
const BUILT = "../dist/index.js";
const { formatDateTime, parseDateTime } = (await import(BUILT)) as typeof Newsmodel;

const iso = "2025-07-09T14:05:00+04:00";
const dateLine = "9 July 2025 14:05 (UTC+04:00)";
const local = "2025-07-09 14:05";
const baku = { zone: "Asia/Baku" } as const;

function mustParse(text: string, options = {}) {
  const result = parseDateTime(text, options);
  if (!result.ok) throw new Error(result.issue.message);
  return result.value;
}

const results = [
  await compare({
    name: "parseDateTime(ISO with offset)",
    baselineName: "new Date(s).toISOString()",
    baseline: () => new Date(iso).toISOString(),
    candidate: () => mustParse(iso),
    target: 2,
  }),
  await compare({
    name: "parseDateTime + formatDateTime (ISO)",
    baselineName: "new Date(s).toISOString()",
    baseline: () => new Date(iso).toISOString(),
    candidate: () => formatDateTime(mustParse(iso)),
  }),
  await compare({
    name: "parseDateTime(9 July 2025 14:05 (UTC+04:00))",
    baselineName: "new Date(s).toISOString()",
    baseline: () => new Date(iso).toISOString(),
    candidate: () => mustParse(dateLine),
    target: 3,
  }),
  await compare({
    name: "parseDateTime(local time in Asia/Baku)",
    baselineName: "new Date(s).toISOString()",
    baseline: () => new Date(iso).toISOString(),
    candidate: () => mustParse(local, baku),
    target: 3,
  }),
];

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printTable(results);
