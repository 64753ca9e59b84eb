/**
 * Ids, references and the entity registries: which fields refer to which kinds of entity, how ids
 * are made from names, and how entities given inline in a payload move into their registries.
 */
import { describeValue } from "../dates/issues.js";
import { slugify } from "./transliterate.js";

/**
 * The kinds of entity an article keeps in its registries.
 *
 * @example
 * ```ts
 * const kind: EntityKind = "location"; // kept in `article.locations`, ids made as `place:…`
 * const result = validateEntity(kind, { name: "Khankendi" });
 * if (result.ok) result.value.id; //=> "place:khankendi"
 * ```
 */
export type EntityKind = "person" | "organization" | "location" | "event" | "quote" | "image";

/** The names of the article's registries. */
export type RegistryName = "people" | "organizations" | "locations" | "events" | "quotes" | "images";

/** The registry each kind of entity lives in. */
export const REGISTRY_OF: Readonly<Record<EntityKind, RegistryName>> = {
  person: "people",
  organization: "organizations",
  location: "locations",
  event: "events",
  quote: "quotes",
  image: "images",
};

/** Every kind, in registry order. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  "person",
  "organization",
  "location",
  "event",
  "quote",
  "image",
];

/** The prefix of ids made for each kind (`person:elnur-mammadov`, `place:khankendi`). */
export const ID_PREFIX: Readonly<Record<EntityKind, string>> = {
  person: "person",
  organization: "org",
  location: "place",
  event: "event",
  quote: "quote",
  image: "image",
};

/** A field that holds references: its name, the kinds it may point to, and whether it holds a list. */
export interface ReferenceField {
  readonly field: string;
  readonly kinds: readonly EntityKind[];
  readonly many: boolean;
}

const AGENTS: readonly EntityKind[] = ["person", "organization"];
const ANYTHING: readonly EntityKind[] = ["person", "organization", "location", "event", "image"];

/** Every field of the article and its entities that holds references, and what it may point to. */
export const REFERENCE_FIELDS: Readonly<Record<"article" | EntityKind, readonly ReferenceField[]>> = {
  article: [
    { field: "authors", kinds: AGENTS, many: true },
    { field: "publisher", kinds: ["organization", "person"], many: false },
    { field: "image", kinds: ["image"], many: true },
    { field: "about", kinds: ANYTHING, many: true },
    { field: "mentions", kinds: ANYTHING, many: true },
    { field: "contentLocation", kinds: ["location"], many: true },
    { field: "locationCreated", kinds: ["location"], many: false },
  ],
  person: [
    { field: "affiliation", kinds: ["organization"], many: false },
    { field: "image", kinds: ["image"], many: false },
  ],
  organization: [
    { field: "logo", kinds: ["image"], many: false },
    { field: "parentOrganization", kinds: ["organization"], many: false },
  ],
  location: [{ field: "containedIn", kinds: ["location"], many: false }],
  event: [
    { field: "location", kinds: ["location"], many: false },
    { field: "organizer", kinds: AGENTS, many: false },
    { field: "participants", kinds: AGENTS, many: true },
    { field: "partOf", kinds: ["event"], many: false },
    { field: "about", kinds: ANYTHING, many: true },
  ],
  quote: [
    { field: "speaker", kinds: AGENTS, many: false },
    { field: "event", kinds: ["event"], many: false },
  ],
  image: [],
};

/**
 * A path into a payload, as zod writes it: keys and list indexes.
 *
 * @example
 * ```ts
 * const path: PayloadPath = ["people", 0, "name"];
 * const result = validateArticle({
 *   headline: "H",
 *   datePublished: "2025-07-09T14:05:00+04:00",
 *   authors: ["person:a"],
 *   people: [{ id: "person:a" }],
 * });
 * result.issues[0]?.path; //=> ["people", 0, "name"]
 * ```
 */
export type PayloadPath = readonly (string | number)[];

/** A plain JSON object: created by `{}` or `JSON.parse`, or with no prototype. */
export type PlainObject = Record<string, unknown>;

/** Whether a value is a plain object (not an array, a class instance, a date). */
export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a plain object, its own keys in their order, leaving out the key `without` when one is
 * given. It is made key by key: V8 reads such a copy, with keys added later, twice as fast as a
 * `{ ...object }` clone with keys added later. A key that `Object.prototype` has (`__proto__`,
 * `toString`, `constructor`…) is defined rather than assigned, so that it stays an own key holding
 * data, even where `Object.prototype` is frozen.
 */
export function copyOf(object: PlainObject, without?: string): PlainObject {
  const copy: PlainObject = {};
  for (const key of Object.keys(object)) {
    if (key === without) continue;
    if (key in Object.prototype)
      Object.defineProperty(copy, key, {
        value: object[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = object[key];
  }
  return copy;
}

/** Reads an own property; never one from a prototype (so `__proto__` and `constructor` are data). */
export function own(object: PlainObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The names an entity given inline may say its kind by (in any case, trimmed), and the kind each names. */
export const KIND_NAMES: ReadonlyMap<string, EntityKind> = new Map([
  ["person", "person"],
  ["organization", "organization"],
  ["organisation", "organization"],
  ["location", "location"],
  ["place", "location"],
  ["event", "event"],
  ["quote", "quote"],
  ["image", "image"],
]);

/** Makes ids that are unique within one article. */
export class IdAllocator {
  readonly #taken = new Set<string>();
  readonly #counters = new Map<string, number>();
  /**
   * For each base id made from a name, the first suffix not yet tried: the base and every suffix
   * below it are taken (ids are never given back), so the next id from that base is looked for from
   * there on, and n ids from one name cost n look-ups rather than n²/2.
   */
  readonly #nextSuffixes = new Map<string, number>();

  /** Marks an id as used (ids given in the payload, before any is made). */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /**
   * A new id from a kind and a name: `person:elnur-mammadov`, then the first of
   * `person:elnur-mammadov-2`, `-3`, … that is not taken (by an id given or made before).
   */
  fromName(kind: EntityKind, name: string): string {
    const base = `${ID_PREFIX[kind]}:${slugify(name)}`;
    let suffix = this.#nextSuffixes.get(base) ?? 1;
    let id = suffix === 1 ? base : `${base}-${suffix}`;
    while (this.#taken.has(id)) id = `${base}-${++suffix}`;
    this.#nextSuffixes.set(base, suffix + 1);
    this.#taken.add(id);
    return id;
  }

  /** A new numbered id: `quote:1`, `quote:2`, … */
  numbered(kind: EntityKind): string {
    let next = this.#counters.get(kind) ?? 1;
    let id = `${ID_PREFIX[kind]}:${next}`;
    while (this.#taken.has(id)) id = `${ID_PREFIX[kind]}:${++next}`;
    this.#counters.set(kind, next + 1);
    this.#taken.add(id);
    return id;
  }
}

/** The name an id is made from: the entity's name, an image's file name, nothing for a quote. */
function nameForId(kind: EntityKind, entity: PlainObject): string | undefined {
  if (kind === "quote") return undefined;
  const name = own(entity, kind === "image" ? "url" : "name");
  if (typeof name !== "string" || name.trim() === "") return undefined;
  if (kind !== "image") return name;
  const file = name.split(/[?#]/)[0]?.split("/").pop() ?? "";
  return file.replace(/\.[A-Za-z0-9]{1,5}$/, "") || undefined;
}

/**
 * Gives an entity an id made from its name (an image's from its file name, a quote's a number),
 * unless it has one.
 */
export function withId(kind: EntityKind, entity: PlainObject, ids: IdAllocator): PlainObject {
  if (own(entity, "id") !== undefined) return entity;
  const name = nameForId(kind, entity);
  const id = name === undefined ? ids.numbered(kind) : ids.fromName(kind, name);
  const made: PlainObject = { id, ...entity };
  // An `id` set to `undefined` is no id, as in JSON (which has none); the copy above wrote it back.
  made.id = id;
  return made;
}

/** A problem found while moving inline entities into registries. */
export interface NormaliseIssue {
  readonly path: PayloadPath;
  /** Where the inline entity stands (its other problems are not reported twice). */
  readonly entityPath: PayloadPath;
  readonly code: "missing_entity_type" | "invalid_entity_type";
  readonly details: Readonly<Record<string, string>>;
}

/** A payload with every entity in its registry, and where the moved ones came from. */
export interface NormalisedPayload {
  readonly payload: PlainObject;
  readonly issues: readonly NormaliseIssue[];
  /** For entities moved from inline: `people/3` → the path where the payload gave it. */
  readonly origins: ReadonlyMap<string, PayloadPath>;
}

/** The kind an inline entity is, from its `type` or, failing that, the field's first kind. */
function inlineKind(
  entity: PlainObject,
  spec: ReferenceField,
  path: PayloadPath,
  issues: NormaliseIssue[],
): EntityKind | undefined {
  const type = own(entity, "type");
  if (type === undefined) {
    if (spec.kinds.length <= 2) return spec.kinds[0];
    issues.push({ path, entityPath: path, code: "missing_entity_type", details: { field: spec.field } });
    return undefined;
  }
  const kind = typeof type === "string" ? KIND_NAMES.get(type.trim().toLowerCase()) : undefined;
  if (kind === undefined || !spec.kinds.includes(kind)) {
    issues.push({
      path: [...path, "type"],
      entityPath: path,
      code: "invalid_entity_type",
      details: {
        field: spec.field,
        allowed: spec.kinds.join(", "),
        found: typeof type === "string" ? type.slice(0, 40) : describeValue(type),
      },
    });
    return undefined;
  }
  return kind;
}

/**
 * Moves every entity given inline (`"authors": [{ "name": "Qabil Ashirov" }]`) into its registry,
 * gives every entity without an id one made from its kind and name, and puts ids where the entities
 * stood. An inline entity equal to one already moved, or one with only a name that matches a
 * registry entity of that kind, becomes a reference to it. Never changes its input; values of the
 * wrong shape are left for the schema to report.
 *
 * In a field that may hold several kinds (`about`, `mentions`), an inline entity says which it is
 * with `"type": "person" | "organization" | "location" | "event" | "image"`; elsewhere the field's
 * first kind is assumed (a person for `authors`, `speaker`, `participants`). A payload with nothing
 * to move or name is given back as it is (the same object).
 */
export function normaliseEntities(article: PlainObject): NormalisedPayload {
  if (!needsNormalising(article)) return { payload: article, issues: [], origins: new Map() };
  const payload = copyOf(article);
  const ids = new IdAllocator();
  const issues: NormaliseIssue[] = [];
  const origins = new Map<string, PayloadPath>();
  const registries = new Map<RegistryName, unknown[]>();

  for (const kind of ENTITY_KINDS) {
    const name = REGISTRY_OF[kind];
    const value = own(article, name);
    if (value === undefined) registries.set(name, []);
    else if (Array.isArray(value))
      registries.set(
        name,
        value.map((item) => (isPlainObject(item) ? { ...item } : item)),
      );
  }
  for (const id of givenIds(article)) ids.reserve(id);
  for (const kind of ENTITY_KINDS) {
    const items = registries.get(REGISTRY_OF[kind]);
    if (items === undefined) continue;
    items.forEach((item, index) => {
      if (isPlainObject(item)) items[index] = withId(kind, item, ids);
    });
  }

  const seen = new Map<string, string>();
  const sameNamed = sameNamedFinder();
  const moveInline = (entity: PlainObject, spec: ReferenceField, path: PayloadPath): unknown => {
    const kind = inlineKind(entity, spec, path, issues);
    if (kind === undefined) return entity;
    const registry = registries.get(REGISTRY_OF[kind]);
    if (registry === undefined) return entity;
    const fields = copyOf(entity, "type");
    const key = `${kind}\u0000${JSON.stringify(fields)}`;
    // The same inline entity given again, with its id or without, is the one given first.
    const repeated = seen.get(key);
    if (repeated !== undefined) return repeated;
    const named = own(fields, "id") === undefined ? sameNamed(registry, fields) : undefined;
    if (named !== undefined) return named;
    const placed = withId(kind, fields, ids);
    const id = own(placed, "id");
    registry.push(placed);
    origins.set(`${REGISTRY_OF[kind]}/${registry.length - 1}`, path);
    if (typeof id === "string") seen.set(key, id);
    return typeof id === "string" ? id : placed;
  };

  const visit = (owner: PlainObject, fields: readonly ReferenceField[], base: PayloadPath) => {
    for (const spec of fields) {
      const value = own(owner, spec.field);
      // An entity where a list of them belongs is of the wrong shape: left for the schema to report.
      if (isPlainObject(value) && !spec.many) {
        owner[spec.field] = moveInline(value, spec, [...base, spec.field]);
      } else if (spec.many && Array.isArray(value)) {
        owner[spec.field] = value.map((item, index) =>
          isPlainObject(item) ? moveInline(item, spec, [...base, spec.field, index]) : item,
        );
      }
    }
  };

  visit(payload, REFERENCE_FIELDS.article, []);
  // Inline entities may hold inline entities of their own: visit until every registry is done.
  const visited = new Map<RegistryName, number>();
  for (let pending = true; pending; ) {
    pending = false;
    for (const kind of ENTITY_KINDS) {
      const registryName = REGISTRY_OF[kind];
      const items = registries.get(registryName);
      if (items === undefined) continue;
      for (let index = visited.get(registryName) ?? 0; index < items.length; index++) {
        const item = items[index];
        if (isPlainObject(item)) visit(item, REFERENCE_FIELDS[kind], [registryName, index]);
        visited.set(registryName, index + 1);
        pending = true;
      }
    }
  }
  for (const [name, items] of registries) {
    if (items.length > 0 || own(article, name) !== undefined) payload[name] = items;
  }
  return { payload, issues, origins };
}

/** Whether a payload gives an entity inline, or a registry entity without an id (then ids are made). */
export function needsNormalising(payload: PlainObject): boolean {
  if (hasInlineEntity(payload, REFERENCE_FIELDS.article)) return true;
  for (const kind of ENTITY_KINDS) {
    const registry = own(payload, REGISTRY_OF[kind]);
    if (!Array.isArray(registry)) continue;
    for (const entity of registry) {
      if (!isPlainObject(entity)) continue;
      if (own(entity, "id") === undefined || hasInlineEntity(entity, REFERENCE_FIELDS[kind])) return true;
    }
  }
  return false;
}

/** Whether the article's own reference fields (`authors`, `publisher`, …) give an entity inline. */
export function givesEntitiesInline(article: PlainObject): boolean {
  return hasInlineEntity(article, REFERENCE_FIELDS.article);
}

/** Whether one of an owner's reference fields holds an object (an entity given inline). */
function hasInlineEntity(owner: PlainObject, fields: readonly ReferenceField[]): boolean {
  for (const spec of fields) {
    const value = own(owner, spec.field);
    if (isPlainObject(value) || (Array.isArray(value) && value.some(isPlainObject))) return true;
  }
  return false;
}
/**
 * Every id the payload gives, in registries and on entities given inline, so that ids made for
 * other entities never take them. Walks the reference fields only, without recursion.
 */
function givenIds(article: PlainObject): Set<string> {
  const found = new Set<string>();
  const pending: [PlainObject, readonly ReferenceField[]][] = [[article, REFERENCE_FIELDS.article]];
  for (const kind of ENTITY_KINDS) {
    const list = own(article, REGISTRY_OF[kind]);
    if (!Array.isArray(list)) continue;
    for (const item of list) if (isPlainObject(item)) pending.push([item, REFERENCE_FIELDS[kind]]);
  }
  const seen = new Set<PlainObject>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [owner, fields] = next;
    if (seen.has(owner)) continue;
    seen.add(owner);
    const id = owner === article ? undefined : own(owner, "id");
    if (typeof id === "string") found.add(id.trim());
    for (const spec of fields) {
      for (const value of asList(own(owner, spec.field))) {
        if (!isPlainObject(value)) continue;
        const type = own(value, "type");
        const kind = typeof type === "string" ? KIND_NAMES.get(type.trim().toLowerCase()) : spec.kinds[0];
        pending.push([value, kind === undefined ? [] : REFERENCE_FIELDS[kind]]);
      }
    }
  }
  return found;
}

/** A value as a list: a list as it is, anything else as a list of one. */
function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The first entities of a registry by name, and how many of its entities have been looked at. */
interface NameIndex {
  readonly ids: Map<unknown, string>;
  indexed: number;
}

/**
 * Finds the id of a registry entity with this name, when the inline entity gives nothing but the
 * name: the first entity whose `name` is `===` to it and whose id is a string. Each registry is
 * indexed once, as it grows (entities are only added at its end, and their names and ids do not
 * change), so that n inline entities cost n look-ups rather than n²/2 comparisons.
 */
function sameNamedFinder(): (registry: readonly unknown[], fields: PlainObject) => string | undefined {
  const indexes = new Map<readonly unknown[], NameIndex>();
  return (registry, fields) => {
    const keys = Object.keys(fields);
    if (keys.length !== 1 || keys[0] !== "name") return undefined;
    let index = indexes.get(registry);
    if (index === undefined) {
      index = { ids: new Map(), indexed: 0 };
      indexes.set(registry, index);
    }
    for (; index.indexed < registry.length; index.indexed++) {
      const item = registry[index.indexed];
      if (!isPlainObject(item)) continue;
      const name = own(item, "name");
      const id = own(item, "id");
      // A map finds NaN, which `===` never does.
      if (typeof id === "string" && !Number.isNaN(name) && !index.ids.has(name)) index.ids.set(name, id);
    }
    const name = own(fields, "name");
    return Number.isNaN(name) ? undefined : index.ids.get(name);
  };
}
