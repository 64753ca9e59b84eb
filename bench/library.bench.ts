/**
 * The library's hot paths against baselines run in the same process (`npm run bench`). Results are
 * ratios of medians; the targets are issue 7's, reported, never asserted. The library is measured
 * as users import it, from dist/ (`npm run bench` builds first): run from the sources, tsx keeps
 * function names by calling a helper for every function made at run time, which made the cases
 * that make closures (2b, the ten problems) about a fifth slower.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import type * as Newsmodel from "../src/index.js";
import { founding, foundingText, invalidArticle, largeArticle } from "./fixtures.js";
import { compare, printTable } from "./harness.js";

/** The built library (a path held in a constant, so that typechecking does not need a build). */
const BUILT = "../dist/index.js";
const {
  articleJsonSchema,
  fromJsonLd,
  parseArticle,
  parseArticleJson,
  stringifyForScript,
  toJsonLd,
  toJsonLdScript,
  validateArticle,
} = (await import(BUILT)) as typeof Newsmodel;

const large = largeArticle();
const invalid = invalidArticle();
const foundingModel = parseArticle(founding);
const blockText = JSON.stringify(toJsonLd(foundingModel));
const ajv = new Ajv2020({});
const ajvValidate = ajv.compile(articleJsonSchema());

if (validateArticle(invalid).issues.length !== 10)
  throw new Error("the invalid fixture must have ten problems");

const results = [
  await compare({
    name: "1. JSON text → parseArticle → toJsonLdScript",
    baselineName: "JSON.parse + JSON.stringify",
    baseline: () => JSON.stringify(JSON.parse(foundingText)),
    candidate: () => toJsonLdScript(parseArticle(JSON.parse(foundingText))),
    target: 2.5,
  }),
  await compare({
    name: "1b. JSON text → parseArticleJson → toJsonLdScript",
    baselineName: "JSON.parse + JSON.stringify",
    baseline: () => JSON.stringify(JSON.parse(foundingText)),
    candidate: () => toJsonLdScript(parseArticleJson(foundingText)),
    target: 2.5,
  }),
  await compare({
    name: "2a. validateArticle (founding article)",
    baselineName: "Ajv (articleJsonSchema)",
    baseline: () => ajvValidate(founding),
    candidate: () => validateArticle(founding),
    target: 1.5,
  }),
  await compare({
    name: "2b. validateArticle (50 entities, 30 quotes)",
    baselineName: "Ajv (articleJsonSchema)",
    baseline: () => ajvValidate(large),
    candidate: () => validateArticle(large),
    target: 1.5,
  }),
  await compare({
    name: "2c. validateArticle, ten problems",
    baselineName: "validateArticle, valid",
    baseline: () => validateArticle(founding),
    candidate: () => validateArticle(invalid),
    target: 3,
  }),
  await compare({
    name: "3. toJsonLd + script-safe string",
    baselineName: "JSON.stringify(payload)",
    baseline: () => JSON.stringify(founding),
    candidate: () => stringifyForScript(toJsonLd(foundingModel)),
    target: 2.5,
  }),
  await compare({
    name: "5. fromJsonLd (@graph block)",
    baselineName: "JSON.parse(block)",
    baseline: () => JSON.parse(blockText),
    candidate: () => fromJsonLd(JSON.parse(blockText)),
  }),
];

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printTable(results);
