/**
 * NDJSON: `newsmodel validate --ndjson` on 100,000 generated articles, against a plain line-by-line
 * `JSON.parse` of the same file in the same run; and the command's peak memory, also with the V8 heap
 * held to 32 MB. `npm run bench` (it builds first: the command is measured as users run it, from
 * dist/); writes its file to the system's temporary folder.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const COUNT = Number(process.env.NDJSON_COUNT ?? 100_000);
const folder = mkdtempSync(join(tmpdir(), "newsmodel-bench-"));
const file = join(folder, "articles.ndjson");

function article(index: number): string {
  return JSON.stringify({
    url: `https://news.example.org/articles/${index}`,
    headline: `Ferry service number ${index} returns to the harbour`,
    language: "en",
    datePublished: `2025-07-${String(1 + (index % 28)).padStart(2, "0")}T14:05:00+04:00`,
    authors: [{ name: `Reporter ${index % 97}` }],
    publisher: { name: "News Example", kind: "news-media" },
    body: [
      `The ferry number ${index} left the pier at dawn.`,
      `“We are glad to sail again,” said the captain.`,
    ],
    quotes: [{ text: "We are glad to sail again", speaker: { name: `Captain ${index % 13}` }, paragraph: 1 }],
  });
}

const chunks: string[] = [];
for (let index = 0; index < COUNT; index++) chunks.push(article(index));
writeFileSync(file, `${chunks.join("\n")}\n`);
const megabytes = statSync(file).size / 1e6;

async function parseLines(): Promise<number> {
  const started = performance.now();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const line of lines) if (line !== "") count += JSON.parse(line) === null ? 0 : 1;
  if (count !== COUNT) throw new Error(`read ${count} lines`);
  return (performance.now() - started) / 1000;
}

function validate(heapLimit?: number): { seconds: number; maxRssMb: number; status: number } {
  const args = heapLimit === undefined ? [] : [`--max-old-space-size=${heapLimit}`];
  const child = spawnSync(
    process.execPath,
    [...args, "bench/ndjson-child.mjs", "validate", "--ndjson", file],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = child.stderr.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as { seconds: number; maxRssMb: number; status: number };
}

const baseline = await parseLines();
const single = validate();
const baselineAgain = await parseLines();
const small = validate(32);
const parseSeconds = (baseline + baselineAgain) / 2;
rmSync(folder, { recursive: true, force: true });

console.log(`NDJSON: ${COUNT} articles, ${megabytes.toFixed(1)} MB, Node ${process.version}`);
console.log("| run | seconds | articles/s | throughput vs JSON.parse | peak RSS |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(
  `| line-by-line JSON.parse | ${parseSeconds.toFixed(2)} | ${Math.round(COUNT / parseSeconds)} | 1.00× | |`,
);
for (const [name, run] of [
  ["newsmodel validate --ndjson", single],
  ["same, --max-old-space-size=32", small],
] as const) {
  const ratio = parseSeconds / run.seconds;
  console.log(
    `| ${name} (exit ${run.status}) | ${run.seconds.toFixed(2)} | ${Math.round(COUNT / run.seconds)} | ${ratio.toFixed(2)}× (target ≥ 0.6×) | ${run.maxRssMb.toFixed(0)} MB (budget < 150 MB) |`,
  );
}
