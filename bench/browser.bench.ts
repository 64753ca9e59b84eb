/**
 * The library as bundled for browsers against the library as Node imports it (`npm run bench`):
 * package.json's `browser` field leaves the fast path out of a browser bundle, so every payload
 * takes the full path with zod on the whole article. esbuild bundles dist/ for the browser (zod and
 * luxon left as imports) into node_modules/.cache, where Node can run it next to dist/ itself.
 * Ratios of medians; reported, never asserted.
 */
import { mkdirSync } from "node:fs";
import { build } from "esbuild";
import type * as Newsmodel from "../src/index.js";
import { founding, invalidArticle, largeArticle } from "./fixtures.js";
import { compare, printTable } from "./harness.js";

const ROOT = new URL("../", import.meta.url);
/** The built library (a path held in a constant, so that typechecking does not need a build). */
const BUILT = "../dist/index.js";
const bundled = new URL("node_modules/.cache/newsmodel-bench/browser.mjs", ROOT);
mkdirSync(new URL(".", bundled), { recursive: true });
await build({
  entryPoints: [new URL("dist/index.js", ROOT).pathname],
  bundle: true,
  platform: "browser",
  format: "esm",
  external: ["zod", "luxon"],
  outfile: bundled.pathname,
  logLevel: "silent",
});
const forNode = (await import(BUILT)) as typeof Newsmodel;
const forBrowsers = (await import(bundled.href)) as typeof Newsmodel;

const large = largeArticle();
const invalid = invalidArticle();
const cases = [
  ["founding article", founding],
  ["50 entities, 30 quotes", large],
  ["ten problems", invalid],
] as const;
const results = [];
for (const [name, payload] of cases) {
  results.push(
    await compare({
      name: `validateArticle as bundled for browsers (${name})`,
      baselineName: "validateArticle in Node",
      baseline: () => forNode.validateArticle(payload),
      candidate: () => forBrowsers.validateArticle(payload),
    }),
  );
}

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printTable(results);
