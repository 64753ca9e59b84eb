/**
 * `npm run corpus`: fromJsonLd over every real-world block in ../shared/realworld (not part of the
 * tests; it needs ../shared). Prints a table: blocks, exceptions, articles found, articles with a
 * headline and datePublished, exact instants, models, and the issues by code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extractJsonLd, fromJsonLd, parseDateTime } from "../src/index.js";

const folder = new URL("../../shared/realworld/", import.meta.url);
const manifest = new Map(
  readFileSync(new URL("MANIFEST.tsv", folder), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"))
    .map((cells) => [cells[0] ?? "", cells] as const),
);
const header = readFileSync(new URL("MANIFEST.tsv", folder), "utf8").split("\n")[0]?.split("\t") ?? [];
const column = (cells: readonly string[], name: string) => cells[header.indexOf(name)] ?? "";

const counts = new Map<string, number>();
const count = (key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);
const codes = new Map<string, number>();
const misses: string[] = [];

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort()) {
  const cells = manifest.get(file) ?? [];
  const bytes = readFileSync(new URL(file, folder));
  const text = new TextDecoder(column(cells, "encoding") === "iso-8859-1" ? "latin1" : "utf-8").decode(bytes);
  count("blocks");
  try {
    const extracted = extractJsonLd(`<script type="application/ld+json">${text}</script>`);
    for (const issue of extracted.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    const block = extracted.blocks[0];
    if (block?.value === undefined) {
      count("unreadable JSON");
      continue;
    }
    count("JSON (after repairs)");
    const host = column(cells, "url_host");
    const result = fromJsonLd(block.value, host === "" ? {} : { url: `https://${host}/` });
    for (const issue of result.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    const payload = result.payloads[0];
    if (payload === undefined) {
      misses.push(`${file}: no article`);
      continue;
    }
    count("articles found");
    count("articles found, more than one in the block", result.payloads.length > 1 ? 1 : 0);
    if (typeof payload.headline === "string") count("with headline");
    if (typeof payload.datePublished === "string") count("with datePublished");
    if (typeof payload.headline === "string" && typeof payload.datePublished === "string")
      count("with headline and datePublished");
    const found = column(cells, "datePublished_as_found");
    const written = parseDateTime(found);
    if (written.ok && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(found.trim())) {
      count("datePublished with an offset in the block");
      const ours =
        typeof payload.datePublished === "string" ? parseDateTime(payload.datePublished) : undefined;
      if (
        ours?.ok &&
        ours.value.toMillis() === written.value.toMillis() &&
        ours.value.offset === written.value.offset
      ) {
        count("  … read to the exact instant and offset");
      } else {
        misses.push(`${file}: datePublished ${found} → ${String(payload.datePublished)}`);
      }
    }
    if (result.article !== undefined) count("valid models");
  } catch (error) {
    count("exceptions");
    misses.push(`${file}: threw ${String(error)}`);
  }
}

console.log("| measure | count |\n| --- | ---: |");
for (const key of [
  "blocks",
  "exceptions",
  "unreadable JSON",
  "JSON (after repairs)",
  "articles found",
  "articles found, more than one in the block",
  "with headline",
  "with datePublished",
  "with headline and datePublished",
  "datePublished with an offset in the block",
  "  … read to the exact instant and offset",
  "valid models",
]) {
  console.log(`| ${key} | ${counts.get(key) ?? 0} |`);
}
console.log("\n| issue code | count |\n| --- | ---: |");
for (const [code, n] of [...codes].sort((a, b) => b[1] - a[1])) console.log(`| ${code} | ${n} |`);
if (misses.length > 0) console.log(`\nMisses:\n${misses.join("\n")}`);
if ((counts.get("exceptions") ?? 0) > 0) process.exitCode = 1;
