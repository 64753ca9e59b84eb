/**
 * `toJsonLd`: an article as schema.org JSON-LD, in the `@graph` form (every entity once, linked by
 * `@id`) or as one nested `NewsArticle`.
 */
import { describeValue } from "../dates/issues.js";
import type { Article } from "../models/article.js";
import { isHttpUrl } from "../models/fields.js";
import { ENTITY_KINDS, type EntityKind, REGISTRY_OF } from "../models/references.js";
import type { MappingContext } from "./context.js";
import { eventNode } from "./event.js";
import { imageNode } from "./image.js";
import { type NewsArticleOptions, newsArticleNode } from "./news-article.js";
import { articleNodeId, nodeIdMaker } from "./node-ids.js";
import { organizationNode } from "./organization.js";
import { personNode } from "./person.js";
import { placeNode } from "./place.js";
import { quotationNode } from "./quotation.js";
import type { JsonLdDocument, JsonLdGraph, JsonLdNestedArticle, JsonLdNode, JsonLdValue } from "./types.js";

/**
 * Options for {@link toJsonLd}.
 *
 * @example
 * ```ts
 * const options: ToJsonLdOptions = { graph: false, body: false };
 * const jsonLd = toJsonLd(parseArticle(payload), options);
 * jsonLd["@type"]; //=> "NewsArticle" (one nested node, no "@graph")
 * "articleBody" in jsonLd; //=> false
 * ```
 */
export interface ToJsonLdOptions extends NewsArticleOptions {
  /** `true` (default): `{ "@context", "@graph": [...] }`; `false`: one nested `NewsArticle` object. */
  readonly graph?: boolean;
  /**
   * The URL node ids are made from when the article has no `url` (an absolute `http` or `https`
   * URL, as an article's `url` must be); without either, blank nodes.
   */
  readonly baseUrl?: string;
}

/** `options.baseUrl`, when it is an absolute `http` or `https` URL; a `TypeError` otherwise. */
function checkedBaseUrl(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined || isHttpUrl(baseUrl)) return baseUrl;
  throw new TypeError(
    `Expected options.baseUrl to be an absolute http or https URL, but found ${describeValue(baseUrl)}.`,
  );
}

/** Builds, for every entity id, the function that maps it to its node. */
function nodeBuilders(article: Article): Map<string, (context: MappingContext) => JsonLdNode> {
  const builders = new Map<string, (context: MappingContext) => JsonLdNode>();
  for (const person of article.people) builders.set(person.id, (context) => personNode(person, context));
  for (const organization of article.organizations) {
    builders.set(organization.id, (context) => organizationNode(organization, context));
  }
  for (const location of article.locations)
    builders.set(location.id, (context) => placeNode(location, context));
  for (const event of article.events) builders.set(event.id, (context) => eventNode(event, context));
  for (const quote of article.quotes) builders.set(quote.id, (context) => quotationNode(quote, context));
  for (const image of article.images) builders.set(image.id, (context) => imageNode(image, context));
  return builders;
}

/** The kind of every entity id of the article. */
function kindsOfIds(article: Article): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  for (const kind of ENTITY_KINDS)
    for (const entity of article[REGISTRY_OF[kind]]) kinds.set(entity.id, kind);
  return kinds;
}

/** The events that are part of each event, in registry order. */
function subEventsOf(article: Article): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const event of article.events) {
    if (event.partOf === undefined) continue;
    const list = children.get(event.partOf) ?? [];
    list.push(event.id);
    children.set(event.partOf, list);
  }
  return children;
}

/**
 * The article as schema.org JSON-LD. By default `{ "@context": "https://schema.org", "@graph": [...] }`:
 * the `NewsArticle` node first, then one node per person, organization, place, event, quote and image,
 * linked by absolute `@id`s made from the article's URL and the entity ids
 * (`https://news.example.org/…#person-elnur-mammadov`). Direct quotes are `Quotation`s and
 * paraphrases `Claim`s, listed in the article's `hasPart`. Dates keep their offset; partial dates stay
 * partial. The same article always gives the same JSON, keys in a fixed order.
 *
 * With `{ graph: false }`, one nested `NewsArticle` object: each entity is written where it is first
 * reached from the article, and referred to by `@id` after that; entities the article never reaches
 * are left out.
 *
 * @param article - The article model, as {@link parseArticle} or {@link validateArticle} gives it.
 * @param options - `graph: false` for one nested node, `body: false` to leave out the text, a `baseUrl`; default `{}`.
 * @returns The schema.org JSON-LD document, as plain JSON data.
 * @throws RangeError when the article was built in code with an invalid `DateTime` (never for a parsed one).
 * @throws TypeError when it is needed and `options.baseUrl` is not an absolute `http` or `https` URL.
 *
 * @example
 * ```ts
 * const jsonLd = toJsonLd(parseArticle(payload));
 * jsonLd["@graph"][0]["@type"]; //=> "NewsArticle"
 * ```
 */
export function toJsonLd(
  article: Article,
  options?: ToJsonLdOptions & { readonly graph?: true },
): JsonLdGraph;
/**
 * The article as one nested `NewsArticle` node (see the first form).
 *
 * @param article - The article model.
 * @param options - `graph: false`, and the other options of the first form.
 * @returns One nested `NewsArticle` node with `@context`.
 */
export function toJsonLd(
  article: Article,
  options: ToJsonLdOptions & { readonly graph: false },
): JsonLdNestedArticle;
/**
 * The article as JSON-LD in the form `options.graph` says, when its type does not tell (see the first
 * form).
 *
 * @param article - The article model.
 * @param options - The options of the first form.
 * @returns The `@graph` form, or one nested node with `graph: false`.
 */
export function toJsonLd(article: Article, options?: ToJsonLdOptions): JsonLdDocument;
/**
 * The work of every form.
 *
 * @param article - The article model.
 * @param options - The options of the first form; default `{}`.
 * @returns The `@graph` form, or one nested node with `graph: false`.
 */
export function toJsonLd(article: Article, options: ToJsonLdOptions = {}): JsonLdDocument {
  const base = article.url ?? checkedBaseUrl(options.baseUrl);
  const kinds = kindsOfIds(article);
  const nodeId = nodeIdMaker(base, (id) => kinds.get(id));
  const articleId = articleNodeId(base);
  const builders = nodeBuilders(article);
  const subEvents = subEventsOf(article);
  if (options.graph !== false) {
    const context: MappingContext = {
      nodeId,
      articleId,
      subEvents,
      ref: (id) => ({ "@id": nodeId(id) }),
    };
    const nodes: [JsonLdNode, ...JsonLdNode[]] = [newsArticleNode(article, context, options)];
    for (const build of builders.values()) nodes.push(build(context));
    return { "@context": "https://schema.org", "@graph": nodes };
  }
  const written = new Set<string>();
  const context: MappingContext = {
    nodeId,
    articleId,
    subEvents,
    ref: (id): JsonLdValue => {
      const build = builders.get(id);
      if (build === undefined || written.has(id)) return { "@id": nodeId(id) };
      written.add(id);
      return build(context);
    },
  };
  return { "@context": "https://schema.org", ...newsArticleNode(article, context, options) };
}
