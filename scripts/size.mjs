// `npm run size` (part of .ci/run): bundles `import { parseArticle, toJsonLdScript } from "newsmodel"`
// for the browser, minified, and fails when the HTML reader, the command, the fast path (package.json's
// `browser` field leaves it out) or anything from `node:` gets into the bundle, or when the library's
// own code (zod and luxon external) grows past CEILING. The same bundle made without the `browser`
// field (as for Node) is reported too. The
// target of issue 7 is TARGET; it is not met (see docs/performance.md), so the check fails on growth
// past what the code weighs now, and reports the distance to the target. Needs a build first.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const TARGET = 15 * 1024;
// Raised from 23 KB (23,552 bytes, reached) to 23.6 KB for the fixes of one release's reviews
// (536 bytes: toJsonLd's check of baseUrl, messages, the zone suffix, zone names, the bound of a
// zone's text, the JSON Schema's patterns with white space written out, quotes cut before n't,
// inline entities given twice with their id).
const CEILING = 23.6 * 1024;
const entry = 'export { parseArticle, toJsonLdScript } from "./dist/index.js";';

async function bundle(external, platform = "browser") {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    // Without the `browser` field: the modules a bundler for Node would take.
    ...(platform === "neutral" ? { mainFields: ["module", "main"] } : {}),
    write: false,
    metafile: true,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([input]) => input);
  return { bytes: code.length, gzip: gzipSync(code).length, inputs };
}

const ours = await bundle(["zod", "luxon"]);
const whole = await bundle([]);
const forNode = await bundle(["zod", "luxon"], "neutral");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log("| bundle | minified | gzip |\n| --- | ---: | ---: |");
console.log(
  `| newsmodel's own code (zod and luxon external) | ${kb(ours.bytes)} | ${kb(ours.gzip)} (ceiling ${kb(CEILING)}, target ${kb(TARGET)}) |`,
);
console.log(`| with zod and luxon | ${kb(whole.bytes)} | ${kb(whole.gzip)} |`);
console.log(
  `| newsmodel's own code, without the \`browser\` field (with the fast path) | ${kb(forNode.bytes)} | ${kb(forNode.gzip)} |`,
);

const forbidden = whole.inputs.filter((input) =>
  /htmlparser2|entities|domhandler|\/cli|node:|zod\/v4\/locales\/(?!en)|compiled-reader|fast-path\.js/.test(
    input,
  ),
);
let failed = false;
if (forbidden.length > 0) {
  console.error(`These must not be in the browser bundle: ${forbidden.join(", ")}`);
  failed = true;
}
if (ours.gzip > CEILING) {
  console.error(`The library's own code is ${kb(ours.gzip)} gzip, over the ceiling of ${kb(CEILING)}.`);
  failed = true;
} else if (ours.gzip > TARGET) {
  console.log(
    `Over the target of ${kb(TARGET)} by ${kb(ours.gzip - TARGET)} (not met; see docs/performance.md).`,
  );
}
process.exitCode = failed ? 1 : 0;
