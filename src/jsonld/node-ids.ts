/**
 * Node identifiers: absolute and stable, made from the article's URL and the entity ids
 * (`https://news.example.org/a#person-elnur-mammadov`), or blank nodes when there is no URL.
 */

/** Turns an entity id into a URL fragment (`person:elnur-mammadov` → `person-elnur-mammadov`). */
export function fragmentOf(id: string): string {
  return encodeURIComponent(id.replaceAll(":", "-"));
}

/** Makes node ids for one article: `base#fragment`, or `_:fragment` without a base. */
export function nodeIdMaker(base: string | undefined): (id: string) => string {
  if (base === undefined) return (id) => `_:${fragmentOf(id)}`;
  const withoutFragment = base.split("#")[0] ?? base;
  return (id) => `${withoutFragment}#${fragmentOf(id)}`;
}

/** The id the article's own node gets. */
export const ARTICLE_NODE = "article";
