/**
 * Regenerates examples/khankendi-visit.jsonld from examples/khankendi-visit.json. A test compares
 * the file with what toJsonLd gives now, so run `npm run examples` after changing the mapping.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArticle, toJsonLd } from "../src/index.js";

const examples = new URL("../examples/", import.meta.url);
const payload: unknown = JSON.parse(readFileSync(new URL("khankendi-visit.json", examples), "utf8"));
writeFileSync(
  new URL("khankendi-visit.jsonld", examples),
  `${JSON.stringify(toJsonLd(parseArticle(payload)), null, 2)}\n`,
);
console.log("examples/khankendi-visit.jsonld written");
