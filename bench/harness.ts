/**
 * A small harness over tinybench: each case runs next to its baseline in the same process, in
 * alternating rounds, and is reported as the median of the per-round ratios of median latencies.
 * The rounds are many and short (the first one warms up), so that a burst of other work on a shared
 * machine falls on both sides of a ratio, or on few rounds; five rounds of 200 ms each, as before,
 * moved a ratio by up to a fifth between runs.
 */
import { Bench } from "tinybench";

/** One comparison: a baseline and the code measured against it. */
export interface Comparison {
  readonly name: string;
  readonly baselineName: string;
  readonly baseline: () => unknown;
  readonly candidate: () => unknown;
  /** The ratio the case should stay under; reported, never asserted. */
  readonly target?: number;
}

/** A measured comparison. */
export interface ComparisonResult {
  readonly name: string;
  readonly baselineName: string;
  readonly baselineMedianNs: number;
  readonly candidateMedianNs: number;
  readonly ratio: number;
  readonly target?: number;
}

/** Rounds of each comparison: baseline and case, in alternating order. */
const ROUNDS = 25;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs a comparison in alternating rounds and returns medians in nanoseconds. */
export async function compare(comparison: Comparison, time = 40): Promise<ComparisonResult> {
  const baselineMedians: number[] = [];
  const candidateMedians: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time, warmup: round === 0 });
    const order = round % 2 === 0 ? ["baseline", "candidate"] : ["candidate", "baseline"];
    for (const which of order)
      bench.add(which, which === "baseline" ? comparison.baseline : comparison.candidate);
    await bench.run();
    const baseline = bench.getTask("baseline")?.result?.latency.p50 ?? Number.NaN;
    const candidate = bench.getTask("candidate")?.result?.latency.p50 ?? Number.NaN;
    baselineMedians.push(baseline * 1e6);
    candidateMedians.push(candidate * 1e6);
    ratios.push(candidate / baseline);
  }
  const result = {
    name: comparison.name,
    baselineName: comparison.baselineName,
    baselineMedianNs: median(baselineMedians),
    candidateMedianNs: median(candidateMedians),
    ratio: median(ratios),
  };
  return comparison.target === undefined ? result : { ...result, target: comparison.target };
}

/** Prints results as a Markdown table. */
export function printTable(results: readonly ComparisonResult[]): void {
  console.log("| case | baseline | case median | baseline median | ratio | target |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const target = r.target === undefined ? "" : `≤ ${r.target}×`;
    const ok = r.target === undefined ? "" : r.ratio <= r.target ? " ✓" : " ✗";
    console.log(
      `| ${r.name} | ${r.baselineName} | ${(r.candidateMedianNs / 1000).toFixed(2)} µs | ${(r.baselineMedianNs / 1000).toFixed(2)} µs | ${r.ratio.toFixed(2)}×${ok} | ${target} |`,
    );
  }
}
