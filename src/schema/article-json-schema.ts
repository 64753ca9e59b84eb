/**
 * The article payload as a JSON Schema (draft 2020-12), for users outside TypeScript: generated from
 * the zod schemas on the input side of their codecs, with the payload's freedoms added (entities
 * given inline wherever a reference is allowed, ids that may be left out).
 */
import * as z from "zod";
import { Article } from "../models/article.js";
import { ENTITY_SCHEMAS } from "../models/entity-schemas.js";
import { AROUND } from "../models/fields.js";
import { Person } from "../models/person.js";
import {
  type EntityKind,
  KIND_NAMES,
  REFERENCE_FIELDS,
  REGISTRY_OF,
  type ReferenceField,
} from "../models/references.js";

/**
 * A JSON Schema document, as plain JSON.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = articleJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

type MutableSchema = { [keyword: string]: unknown };

const DEFINITION_OF: Readonly<Record<EntityKind, string>> = {
  person: "Person",
  organization: "Organization",
  location: "Location",
  event: "Event",
  quote: "Quote",
  image: "Image",
};

/** The input-side JSON Schema of one zod schema, without its `$schema` line. */
function inputSchema(schema: z.ZodType): MutableSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as MutableSchema;
  return rest;
}

/** A pattern that matches a word in any case (`[Pp][Ee][Rr][Ss][Oo][Nn]`): JSON Schema has no flags. */
function anyCase(word: string): string {
  return [...word].map((letter) => `[${letter.toUpperCase()}${letter}]`).join("");
}

/** The `type` an entity of a kind may be given inline with: any of its names, in any case, trimmed. */
function kindTypeSchema(kind: EntityKind): MutableSchema {
  const names = [...KIND_NAMES].filter(([, named]) => named === kind).map(([name]) => anyCase(name));
  return {
    description:
      "Which kind of entity it is: needed in about and mentions, and elsewhere for any kind but the field's first (an organization in authors, a person as publisher).",
    type: "string",
    pattern: `^${AROUND}(?:${names.join("|")})${AROUND}$`,
  };
}

/**
 * An entity of a kind given inline in a reference field: the entity's schema and its `type`, which
 * may be left out for the first kind of a field that allows one or two, as `validateArticle` reads
 * it.
 */
function inlineSchema(kind: EntityKind, spec: ReferenceField): MutableSchema {
  const schema: MutableSchema = {
    $ref: `#/$defs/${DEFINITION_OF[kind]}`,
    type: "object",
    properties: { type: kindTypeSchema(kind) },
  };
  if (spec.kinds.length > 2 || kind !== spec.kinds[0]) schema.required = ["type"];
  return schema;
}

/** What a reference field accepts: an id, or the entity itself given inline. */
function referenceSchema(spec: ReferenceField, description: unknown): MutableSchema {
  const one = {
    anyOf: [{ $ref: "#/$defs/Id" }, ...spec.kinds.map((kind) => inlineSchema(kind, spec))],
  };
  const schema: MutableSchema = spec.many ? { type: "array", items: one } : one;
  if (description !== undefined) schema.description = description;
  return schema;
}

/** Replaces the reference fields of an object schema with id-or-inline schemas, keeping bounds. */
function withReferences(schema: MutableSchema, fields: readonly ReferenceField[]): MutableSchema {
  const properties = { ...(schema.properties as Record<string, MutableSchema>) };
  for (const spec of fields) {
    const current = properties[spec.field];
    if (current === undefined) continue;
    const replacement = referenceSchema(spec, current.description);
    for (const keyword of ["minItems", "maxItems"])
      if (current[keyword] !== undefined) replacement[keyword] = current[keyword];
    properties[spec.field] = replacement;
  }
  return { ...schema, properties };
}

let cached: string | undefined;

/** Builds the schema's JSON text once, on first use. */
function build(): string {
  const $defs: Record<string, MutableSchema> = {};
  const article = withReferences(inputSchema(Article), REFERENCE_FIELDS.article);
  const idSchema = (inputSchema(Person).properties as Record<string, MutableSchema>).id ?? { type: "string" };
  const { description: _idDescription, ...id } = idSchema;
  $defs.Id = { ...id, description: "The id of an entity in one of the article's registries." };
  for (const [kind, name] of Object.entries(DEFINITION_OF) as [EntityKind, string][]) {
    const entity = withReferences(inputSchema(ENTITY_SCHEMAS[kind]), REFERENCE_FIELDS[kind]);
    const required = (entity.required as string[] | undefined)?.filter((field) => field !== "id");
    if (required === undefined || required.length === 0) delete entity.required;
    else entity.required = required;
    $defs[name] = entity;
    const registry = (article.properties as Record<string, MutableSchema>)[REGISTRY_OF[kind]];
    if (registry !== undefined) {
      registry.items = { $ref: `#/$defs/${name}` };
      // Every registry defaults to an empty list; zod leaves the default out of the input side of
      // the registries whose entities hold codecs (places, events, quotes).
      registry.default = [];
    }
  }
  return JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "urn:newsmodel:article-payload",
    title: "newsmodel article payload",
    description:
      "A news article as newsmodel reads it: entities live once in registries and are referred to by id (or given inline); dates are ISO 8601 texts or the other forms the library reads. Cross-references, date order and quotes are checked by the library, not by this schema.",
    ...article,
    $defs,
  });
}

/**
 * The JSON Schema (draft 2020-12) of an article payload, generated from the zod schemas on the input
 * side of their codecs, with the same descriptions. It checks shapes: types, required fields,
 * lengths, URL, id, language and country forms, enumerations; it accepts entities given inline and
 * registry entities without ids, as {@link validateArticle} does. What needs the whole article
 * (references resolve, no cycles, dates in order, quotes in the body) and what needs the date rules
 * (calendar days, zones, daylight-saving gaps) is left to the library. The same schema ships as
 * `newsmodel/schema.json`. Each call returns a fresh copy.
 *
 * @returns A fresh copy of the article payload's JSON Schema, as plain JSON data.
 *
 * @example
 * ```ts
 * const schema = articleJsonSchema();
 * schema.required; //=> ["headline", "datePublished", "authors"]
 * ```
 */
export function articleJsonSchema(): JsonSchema {
  cached ??= build();
  return JSON.parse(cached) as JsonSchema;
}
