/**
 * What a mapper needs besides its entity: node ids, and how to point at another node (a reference
 * in the `@graph` form, the node itself, once, in the nested form).
 */
import type { JsonLdNode, JsonLdValue } from "./types.js";

/** The shared state of one `toJsonLd` call, given to every mapper. */
export interface MappingContext {
  /** The node id of an entity id. */
  readonly nodeId: (id: string) => string;
  /** The node id of the article. */
  readonly articleId: string;
  /** A value that points at an entity: `{ "@id": … }`, or in the nested form the node itself. */
  readonly ref: (id: string) => JsonLdValue;
  /** The events that are part of each event (the inverse of `partOf`). */
  readonly subEvents: ReadonlyMap<string, readonly string[]>;
}

/** Points at every id of a list; `undefined` for no list. */
export function refs(context: MappingContext, ids: readonly string[] | undefined): JsonLdValue[] | undefined {
  return ids?.map((id) => context.ref(id));
}

/** Points at one id; `undefined` for none. */
export function refOf(context: MappingContext, id: string | undefined): JsonLdValue | undefined {
  return id === undefined ? undefined : context.ref(id);
}

/** One value, or several as a list: schema.org's `alternateName` and `sameAs` take either. */
export function oneOrMany(values: readonly string[] | undefined): JsonLdValue | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** A node with its type and id first. */
export function startNode(
  type: string,
  id: string,
): { "@type": string; "@id": string } & Record<string, JsonLdValue> {
  return { "@type": type, "@id": id };
}

export type { JsonLdNode };
