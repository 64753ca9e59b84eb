/**
 * Node identifiers: absolute and stable, made from the article's URL and the entity ids
 * (`https://news.example.org/a#person-elnur-mammadov`), or blank nodes when there is no URL. The
 * fragment can be read back into the entity id, so ids survive a trip through JSON-LD.
 */

import { type EntityKind, ID_PREFIX } from "../models/references.js";

const DASHED_PREFIX = /^(person|org|place|event|quote|image)-/;
const MARKED = /^~(person|org|place|event|quote|image)?~/;
const KIND_OF_PREFIX: ReadonlyMap<string, EntityKind> = new Map(
  Object.entries(ID_PREFIX).map(([kind, prefix]) => [prefix, kind as EntityKind]),
);

/** What `encodeURIComponent` leaves as it is. */
const URI_COMPONENT_SAFE = /^[A-Za-z0-9\-_.!~*'()]*$/;

/** `encodeURIComponent`, skipped for text it would not change. */
function encodeComponent(text: string): string {
  return URI_COMPONENT_SAFE.test(text) ? text : encodeURIComponent(text);
}

/** The id the article's own node gets. */
export const ARTICLE_NODE = "article";

/**
 * Turns an entity id into a URL fragment: `person:elnur-mammadov` → `person-elnur-mammadov`. An id of
 * another form, or with another kind's prefix (a person `org:x`), is marked with its kind between
 * `~`s (`urn:x:1`, a place → `~place~urn%3Ax%3A1`), so that {@link idFromFragment} gives every id
 * and its kind back exactly, and tells this library's fragments from other sites' (`#primaryimage`).
 */
export function fragmentOf(id: string, kind?: EntityKind): string {
  return (isOwnPrefix(id, kind) ? prefixedFragment(id) : undefined) ?? markedFragment(id, kind);
}

/** Whether an id's kind prefix, if it has one, is its kind's (or its kind is not known). */
function isOwnPrefix(id: string, kind: EntityKind | undefined): boolean {
  return kind === undefined || KIND_OF_PREFIX.get(id.slice(0, id.indexOf(":"))) === kind;
}

/** The fragment of an id that starts with a kind's prefix (`person:x` → `person-x`), else `undefined`. */
function prefixedFragment(id: string): string | undefined {
  const colon = id.indexOf(":");
  if (colon <= 0 || !KIND_OF_PREFIX.has(id.slice(0, colon))) return undefined;
  return `${id.slice(0, colon)}-${encodeComponent(id.slice(colon + 1))}`;
}

/** The fragment of any other id: marked with its kind between `~`s. */
function markedFragment(id: string, kind: EntityKind | undefined): string {
  return `~${kind === undefined ? "" : ID_PREFIX[kind]}~${encodeComponent(id)}`;
}

/** The entity id (and kind, when the fragment says it) of a fragment made by {@link fragmentOf}. */
export function idFromFragment(fragment: string): { id: string; kind?: EntityKind } | undefined {
  try {
    const marked = MARKED.exec(fragment);
    if (marked !== null) {
      const id = decodeURIComponent(fragment.slice(marked[0].length));
      const kind = marked[1] === undefined ? undefined : KIND_OF_PREFIX.get(marked[1]);
      return kind === undefined ? { id } : { id, kind };
    }
    const prefixed = DASHED_PREFIX.exec(fragment);
    if (prefixed === null) return undefined;
    const kind = KIND_OF_PREFIX.get(prefixed[1] ?? "");
    const id = `${prefixed[1]}:${decodeURIComponent(fragment.slice(prefixed[0].length))}`;
    return kind === undefined ? { id } : { id, kind };
  } catch {
    return undefined;
  }
}

/** The part of a URL before its fragment. */
export function withoutFragment(url: string): string {
  return url.split("#")[0] ?? url;
}

/** The node id of the article itself: `base#article`, or `_:article` without a base. */
export function articleNodeId(base: string | undefined): string {
  return base === undefined ? `_:${ARTICLE_NODE}` : `${withoutFragment(base)}#${ARTICLE_NODE}`;
}

/**
 * Makes node ids for one article's entities: `base#fragment`, or `_:fragment` without a base (see
 * {@link fragmentOf}). `kindOf` tells the kind of an id.
 */
export function nodeIdMaker(
  base: string | undefined,
  kindOf: (id: string) => EntityKind | undefined,
): (id: string) => string {
  const prefix = base === undefined ? "_:" : `${withoutFragment(base)}#`;
  // Most ids are referred to more than once (an author, a speaker, a containing place).
  const made = new Map<string, string>();
  return (id) => {
    let nodeId = made.get(id);
    if (nodeId === undefined) {
      const kind = kindOf(id);
      const fragment = isOwnPrefix(id, kind) ? knownPrefixedFragment(id) : undefined;
      nodeId = `${prefix}${fragment ?? markedFragment(id, kind)}`;
      made.set(id, nodeId);
    }
    return nodeId;
  };
}

/** The most fragments {@link knownPrefixedFragment} keeps; it forgets them all when it has made more. */
const MOST_FRAGMENTS = 10_000;

/** Fragments of prefixed ids made so far (`""`: the id has no kind's prefix), by id. */
const prefixedFragments = new Map<string, string>();

/**
 * {@link prefixedFragment}, remembered: a fragment depends on its id alone, and the same entities
 * come back in article after article (a publisher, its authors, its places).
 */
function knownPrefixedFragment(id: string): string | undefined {
  let fragment = prefixedFragments.get(id);
  if (fragment === undefined) {
    if (prefixedFragments.size >= MOST_FRAGMENTS) prefixedFragments.clear();
    fragment = prefixedFragment(id) ?? "";
    prefixedFragments.set(id, fragment);
  }
  return fragment === "" ? undefined : fragment;
}
