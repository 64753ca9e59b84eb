// Runs the built `newsmodel validate` in a process of its own (for ndjson.bench.ts) and reports the
// time it took and the process's peak memory on its last line of standard error.
import { run } from "../dist/cli.js";

const started = performance.now();
let lines = 0;
const status = await run(
  process.argv.slice(2),
  { out: () => lines++, err: () => {}, color: false, errIsTerminal: false },
  process.stdin,
);
const seconds = (performance.now() - started) / 1000;
process.stderr.write(
  `${JSON.stringify({ status, seconds, lines, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
