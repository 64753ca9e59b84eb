/**
 * NDJSON: `newsmodel validate --ndjson` on 100,000 generated articles, against a plain line-by-line
 * `JSON.parse` of the same file in the same run; and the command's peak memory, also with the V8 heap
 * held to 32 MB. Two files: articles in the normal form (entities in registries, referred to by id),
 * and the same articles with their entities given inline (which the library first moves into
 * registries). Each is checked in one thread (`--jobs 1`) and in a thread a core (the default:
 * this thread and a worker thread for each other core). Each run is timed NDJSON_ROUNDS times (3), each
 * time right after a baseline run, and the fastest of each is compared (the machine may be shared);
 * peak memory is the largest of the rounds. `npm run bench` (it builds first: the command is measured
 * as users run it, from dist/); writes its files to the system's temporary folder.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const COUNT = Number(process.env.NDJSON_COUNT ?? 100_000);
const folder = mkdtempSync(join(tmpdir(), "newsmodel-bench-"));

/** One article in the normal form: every entity in its registry. */
function normalArticle(index: number): string {
  const reporter = `person:reporter-${index % 97}`;
  const captain = `person:captain-${index % 13}`;
  return JSON.stringify({
    url: `https://news.example.org/articles/${index}`,
    headline: `Ferry service number ${index} returns to the harbour`,
    language: "en",
    datePublished: `2025-07-${String(1 + (index % 28)).padStart(2, "0")}T14:05:00+04:00`,
    authors: [reporter],
    publisher: "org:news-example",
    body: [
      `The ferry number ${index} left the pier at dawn.`,
      `“We are glad to sail again,” said the captain.`,
    ],
    people: [
      { id: reporter, name: `Reporter ${index % 97}` },
      { id: captain, name: `Captain ${index % 13}` },
    ],
    organizations: [{ id: "org:news-example", name: "News Example", kind: "news-media" }],
    quotes: [{ id: "quote:1", text: "We are glad to sail again", speaker: captain, paragraph: 1 }],
  });
}

/** The same article with its entities given inline, where they are referred to. */
function inlineArticle(index: number): string {
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

/** Writes a file of COUNT articles; returns its path and size in MB. */
function writeArticles(
  name: string,
  article: (index: number) => string,
): { file: string; megabytes: number } {
  const file = join(folder, name);
  const chunks: string[] = [];
  for (let index = 0; index < COUNT; index++) chunks.push(article(index));
  writeFileSync(file, `${chunks.join("\n")}\n`);
  return { file, megabytes: statSync(file).size / 1e6 };
}

/** The baseline: a plain line-by-line `JSON.parse` of the file; seconds. */
async function parseLines(file: string): Promise<number> {
  const started = performance.now();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const line of lines) if (line !== "") count += JSON.parse(line) === null ? 0 : 1;
  if (count !== COUNT) throw new Error(`read ${count} lines`);
  return (performance.now() - started) / 1000;
}

interface Run {
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly status: number;
}

/** `newsmodel validate --ndjson FILE` in a process of its own (see ndjson-child.mjs). */
function validate(file: string, args: readonly string[], heapLimit?: number): Run {
  const node = heapLimit === undefined ? [] : [`--max-old-space-size=${heapLimit}`];
  const child = spawnSync(
    process.execPath,
    [...node, "bench/ndjson-child.mjs", "validate", "--ndjson", ...args, file],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const last = child.stderr.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as Run;
}

const cores = availableParallelism();
console.log(`NDJSON: ${COUNT} articles a file, Node ${process.version}, ${cores} cores`);
console.log("| file | run | seconds | articles/s | throughput vs JSON.parse | peak RSS |");
console.log("| --- | --- | ---: | ---: | ---: | ---: |");
/** Rounds of each timed run, each next to a baseline run; the fastest of each is kept (the machine may be shared). */
const ROUNDS = Number(process.env.NDJSON_ROUNDS ?? 3);

/** The fastest of some rounds of a run, each round after a baseline round; and the fastest baseline. */
async function fastestNextToBaseline(
  file: string,
  run: () => Run,
): Promise<{ result: Run; baseline: number }> {
  let best: Run | undefined;
  let baseline = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    baseline = Math.min(baseline, await parseLines(file));
    const result = run();
    if (best === undefined || result.seconds < best.seconds)
      best = { ...result, maxRssMb: Math.max(result.maxRssMb, best?.maxRssMb ?? 0) };
    else best = { ...best, maxRssMb: Math.max(result.maxRssMb, best.maxRssMb) };
  }
  return { result: best as Run, baseline };
}

for (const [name, article] of [
  ["normal form", normalArticle],
  ["entities inline", inlineArticle],
] as const) {
  const { file, megabytes } = writeArticles(`${name.replace(" ", "-")}.ndjson`, article);
  const label = `${name} (${megabytes.toFixed(0)} MB)`;
  const runs: [string, { result: Run; baseline: number }][] = [
    ["`--jobs 1` (one thread)", await fastestNextToBaseline(file, () => validate(file, ["--jobs", "1"]))],
    [
      `\`--jobs ${cores}\` (a thread a core)`,
      await fastestNextToBaseline(file, () => validate(file, ["--jobs", String(cores)])),
    ],
    [
      "`--jobs 1`, heap held to 32 MB",
      await fastestNextToBaseline(file, () => validate(file, ["--jobs", "1"], 32)),
    ],
    [
      `\`--jobs ${cores}\`, heap held to 32 MB`,
      await fastestNextToBaseline(file, () => validate(file, ["--jobs", String(cores)], 32)),
    ],
  ];
  const parseSeconds = Math.min(...runs.map(([, { baseline }]) => baseline));
  console.log(
    `| ${label} | line-by-line \`JSON.parse\` | ${parseSeconds.toFixed(2)} | ${Math.round(COUNT / parseSeconds)} | 1.00× | |`,
  );
  for (const [run, { result, baseline }] of runs) {
    const ratio = baseline / result.seconds;
    console.log(
      `| ${label} | ${run} (exit ${result.status}) | ${result.seconds.toFixed(2)} | ${Math.round(COUNT / result.seconds)} | ${ratio.toFixed(2)}× | ${result.maxRssMb.toFixed(0)} MB |`,
    );
  }
  rmSync(file);
}
rmSync(folder, { recursive: true, force: true });
console.log("Targets: ≥ 0.6× with one thread, ≥ 1× with threads; peak RSS < 150 MB.");
