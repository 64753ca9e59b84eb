/**
 * Node identifiers: absolute and stable, made from the article's URL and the entity ids
 * (`https://news.example.org/a#person-elnur-mammadov`), or blank nodes when there is no URL. The
 * fragment can be read back into the entity id, so ids survive a trip through JSON-LD.
 */

const KIND_PREFIX = /^(person|org|place|event|quote|image):/;
const DASHED_PREFIX = /^(person|org|place|event|quote|image)-/;

/** The id the article's own node gets. */
export const ARTICLE_NODE = "article";

/**
 * Turns an entity id into a URL fragment: `person:elnur-mammadov` → `person-elnur-mammadov`; other
 * characters percent-encoded so that {@link idFromFragment} gives the id back exactly.
 */
export function fragmentOf(id: string): string {
  const prefixed = KIND_PREFIX.exec(id);
  if (prefixed !== null) return `${prefixed[1]}-${encodeURIComponent(id.slice(prefixed[0].length))}`;
  if (DASHED_PREFIX.test(id) || id === ARTICLE_NODE)
    return `%${id.charCodeAt(0).toString(16)}${encodeURIComponent(id.slice(1))}`;
  return encodeURIComponent(id);
}

/** The entity id a fragment made by {@link fragmentOf} stands for; `undefined` if it is not one. */
export function idFromFragment(fragment: string): string | undefined {
  try {
    const prefixed = DASHED_PREFIX.exec(fragment);
    if (prefixed !== null) return `${prefixed[1]}:${decodeURIComponent(fragment.slice(prefixed[0].length))}`;
    return decodeURIComponent(fragment);
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

/** Makes node ids for one article's entities: `base#fragment`, or `_:fragment` without a base. */
export function nodeIdMaker(base: string | undefined): (id: string) => string {
  if (base === undefined) return (id) => `_:${fragmentOf(id)}`;
  const prefix = withoutFragment(base);
  return (id) => `${prefix}#${fragmentOf(id)}`;
}
