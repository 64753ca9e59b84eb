/**
 * A small schema.org 30.0 checker for the JSON-LD tests, reading only the facts in
 * tests/fixtures/schemaorg-facts.json (types → direct superclasses, properties → domainIncludes and
 * rangeIncludes, enumeration members). It reports, as plain sentences:
 * - names: a `@type` or property the fixture lacks (the fix is `npm run fixtures`, or a typo);
 * - domain: a property on a node whose type (through its superclasses) is not in the domain;
 * - range: a value the property's rangeIncludes does not accept.
 */
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { isObject, isReference, type JsonObject, nodesIn } from "./helpers.js";

export interface SchemaOrgFacts {
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly properties: Readonly<
    Record<string, { readonly domain: readonly string[]; readonly range: readonly string[] }>
  >;
  readonly enumerations: Readonly<Record<string, readonly string[]>>;
}

export const facts: SchemaOrgFacts = JSON.parse(
  readFileSync(new URL("../fixtures/schemaorg-facts.json", import.meta.url), "utf8"),
) as SchemaOrgFacts;

export const RUN_FIXTURES = "add it to scripts/schemaorg-fixture.ts and run `npm run fixtures`";

/** A type and all its superclasses; `undefined` when the fixture does not know the type. */
export function superclassClosure(type: string): Set<string> | undefined {
  if (!Object.hasOwn(facts.types, type)) return undefined;
  const closure = new Set<string>();
  const pending = [type];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (closure.has(next)) continue;
    closure.add(next);
    pending.push(...(facts.types[next] ?? []));
  }
  return closure;
}

/** Whether a type is, or is a subclass of, one of the given types. */
export function isA(type: string, anyOf: readonly string[]): boolean {
  const closure = superclassClosure(type);
  return closure !== undefined && anyOf.some((candidate) => closure.has(candidate));
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 calendar date at year, month or day precision (`1823`, `2025-08`, `2025-07-09`). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

/** An ISO 8601 date-time with an offset (`2025-07-09T14:05:00+04:00`, `…Z`). */
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

/** An absolute http(s) URL. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && value === value.trim();
  } catch {
    return false;
  }
}

/** Which of the range's datatypes accept a string, if any. */
function stringFits(value: string, range: readonly string[]): boolean {
  if (range.includes("Text")) return true;
  if (range.includes("CssSelectorType") && value.trim() !== "") return true;
  if (range.includes("URL") && isAbsoluteUrl(value)) return true;
  if (range.includes("Date") && isIsoDate(value)) return true;
  if (range.includes("DateTime") && isIsoDateTime(value)) return true;
  for (const type of range) {
    const members = facts.enumerations[type];
    if (members?.some((member) => value === `https://schema.org/${member}`)) return true;
  }
  return false;
}

export interface VocabularyProblems {
  readonly names: string[];
  readonly domain: string[];
  readonly range: string[];
}

/** The `@type` of a node as a string (a list of types is a problem of its own). */
function typeOf(node: JsonObject): string | undefined {
  const type = node["@type"];
  return typeof type === "string" ? type : undefined;
}

/** Checks every node of a JSON-LD document (graph or nested form) against the fixture. */
export function checkVocabulary(document: unknown): VocabularyProblems {
  const problems: VocabularyProblems = { names: [], domain: [], range: [] };
  const nodes = nodesIn(document);
  const typeById = new Map<string, string>();
  for (const node of nodes) {
    const id = node["@id"];
    const type = typeOf(node);
    if (typeof id === "string" && type !== undefined) typeById.set(id, type);
  }

  const checkValue = (where: string, property: string, range: readonly string[], value: unknown) => {
    if (Array.isArray(value)) {
      problems.range.push(`${where}.${property}: a list inside a list`);
      return;
    }
    if (isReference(value)) {
      const target = typeById.get(value["@id"]);
      if (target === undefined)
        problems.range.push(`${where}.${property}: ${value["@id"]} is not a node of the document`);
      else if (!isA(target, range)) {
        problems.range.push(`${where}.${property}: points at a ${target}, not a ${range.join(" or ")}`);
      }
      return;
    }
    if (isObject(value)) {
      const type = typeOf(value);
      if (type === undefined) problems.range.push(`${where}.${property}: a node without a single @type`);
      else if (!isA(type, range)) {
        problems.range.push(`${where}.${property}: holds a ${type}, not a ${range.join(" or ")}`);
      }
      return;
    }
    if (typeof value === "string") {
      if (!stringFits(value, range)) {
        problems.range.push(`${where}.${property}: "${value}" is not a ${range.join(" or ")}`);
      }
      return;
    }
    if (typeof value === "number") {
      const fits =
        Number.isFinite(value) &&
        (range.includes("Number") || (range.includes("Integer") && Number.isInteger(value)));
      if (!fits) problems.range.push(`${where}.${property}: ${value} is not a ${range.join(" or ")}`);
      return;
    }
    if (typeof value === "boolean") {
      if (!range.includes("Boolean"))
        problems.range.push(`${where}.${property}: ${value} is not a ${range.join(" or ")}`);
      return;
    }
    problems.range.push(`${where}.${property}: ${JSON.stringify(value)} is no JSON-LD value`);
  };

  for (const node of nodes) {
    const type = typeOf(node);
    const where = `${type ?? "?"} ${typeof node["@id"] === "string" ? node["@id"] : "(no @id)"}`;
    if (type === undefined) {
      problems.names.push(`${where}: @type is not one string`);
      continue;
    }
    const closure = superclassClosure(type);
    if (closure === undefined) {
      problems.names.push(`type ${type} is not in tests/fixtures/schemaorg-facts.json: ${RUN_FIXTURES}`);
      continue;
    }
    const id = node["@id"];
    if (id !== undefined && (typeof id !== "string" || !(isAbsoluteUrl(id) || id.startsWith("_:")))) {
      problems.range.push(`${where}: @id ${JSON.stringify(id)} is neither an absolute URL nor a blank node`);
    }
    for (const [property, value] of Object.entries(node)) {
      if (property === "@type" || property === "@id" || property === "@context") continue;
      if (property.startsWith("@")) {
        problems.names.push(`${where}: unexpected keyword ${property}`);
        continue;
      }
      const fact = Object.hasOwn(facts.properties, property) ? facts.properties[property] : undefined;
      if (fact === undefined) {
        problems.names.push(
          `property ${property} is not in tests/fixtures/schemaorg-facts.json: ${RUN_FIXTURES}`,
        );
        continue;
      }
      if (!fact.domain.some((domainType) => closure.has(domainType))) {
        problems.domain.push(`${where}: ${property} belongs to ${fact.domain.join(", ")}, not to ${type}`);
      }
      for (const item of Array.isArray(value) ? value : [value])
        checkValue(where, property, fact.range, item);
    }
  }
  return { names: [...new Set(problems.names)], domain: problems.domain, range: problems.range };
}
