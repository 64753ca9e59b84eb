/**
 * What the JSON-LD tests share: the founding article, the kitchen-sink article, and small readers
 * for JSON-LD documents (the nodes of a `@graph`, every node of a nested tree, references).
 */
import { readFileSync } from "node:fs";
import { type Article, type JsonLdDocument, type JsonLdNode, parseArticle } from "../../src/index.js";
import { kitchenSinkPayload } from "./kitchen-sink.js";

export const FOUNDING_URL = "https://news.example.org/politics/diplomats-visit-khankendi";

export const examplePath = new URL("../../examples/khankendi-visit.json", import.meta.url);
export const exampleJsonLdPath = new URL("../../examples/khankendi-visit.jsonld", import.meta.url);

/** The founding article's payload, as `examples/khankendi-visit.json` holds it. */
export function foundingPayload(): Record<string, unknown> {
  return JSON.parse(readFileSync(examplePath, "utf8")) as Record<string, unknown>;
}

/** The founding article as the model. */
export const founding: Article = parseArticle(foundingPayload());

/** The kitchen-sink article (every field, every kind) as the model. */
export const kitchenSink: Article = parseArticle(kitchenSinkPayload());

/** A plain JSON object. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A value as plain JSON (what a page would read back). */
export function plain(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `@graph` of a document in the graph form; throws for the nested form. */
export function graphOf(document: JsonLdDocument): readonly JsonLdNode[] {
  if (!("@graph" in document) || !Array.isArray(document["@graph"])) {
    throw new Error("expected the @graph form");
  }
  return document["@graph"] as readonly JsonLdNode[];
}

/** A value as a list. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a value is a reference: an object whose only key is `@id`. */
export function isReference(value: unknown): value is { "@id": string } {
  return isObject(value) && Object.keys(value).length === 1 && typeof value["@id"] === "string";
}

/** Every node object of a JSON-LD tree (the document itself aside), depth first, references excluded. */
export function nodesIn(value: unknown, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) {
    for (const item of value) nodesIn(item, found);
  } else if (isObject(value)) {
    if (!isReference(value) && value["@type"] !== undefined) found.push(value);
    for (const [key, item] of Object.entries(value)) if (key !== "@context") nodesIn(item, found);
  }
  return found;
}

/** Every reference (`{ "@id" }`) in a JSON-LD tree. */
export function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
  } else if (isObject(value)) {
    if (isReference(value)) found.push(value["@id"]);
    else for (const item of Object.values(value)) referencesIn(item, found);
  }
  return found;
}

/** The node with this `@id` in a list of nodes; throws if there is none. */
export function nodeById(nodes: readonly JsonLdNode[] | readonly JsonObject[], id: string): JsonObject {
  const found = (nodes as readonly JsonObject[]).find((node) => node["@id"] === id);
  if (found === undefined) throw new Error(`no node with @id ${id}`);
  return found;
}

/** The `@id` a value points at: a reference or a node with an `@id`; throws otherwise. */
export function idOf(value: unknown): string {
  if (isObject(value) && typeof value["@id"] === "string") return value["@id"];
  throw new Error(`expected a reference, found ${JSON.stringify(value)}`);
}

/** Freezes an object and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
