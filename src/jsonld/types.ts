/**
 * The JSON-LD shapes this library writes: plain JSON objects with `@type` and `@id`.
 */

/**
 * A JSON-LD value: text, a number, a boolean, a node, or a list of them.
 *
 * @example
 * ```ts
 * const value: JsonLdValue = { "@id": "https://news.example.org/a#person-qabil-ashirov" };
 * toJsonLd(parseArticle(payload))["@graph"][0].author;
 * //=> [{ "@id": "https://news.example.org/politics/diplomats-visit-khankendi#person-qabil-ashirov" }]
 * ```
 */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/**
 * A JSON-LD node: `@type`, `@id` and schema.org properties.
 *
 * @example
 * ```ts
 * const person: JsonLdNode = { "@type": "Person", "@id": "https://news.example.org/a#person-x", name: "X" };
 * toJsonLd(parseArticle(payload))["@graph"][1];
 * //=> { "@type": "Person",
 * //     "@id": "https://news.example.org/politics/diplomats-visit-khankendi#person-qabil-ashirov",
 * //     name: "Qabil Ashirov", givenName: "Qabil", familyName: "Ashirov",
 * //     url: "https://news.example.org/authors/qabil-ashirov" }
 * ```
 */
export interface JsonLdNode {
  /** The schema.org type (`NewsArticle`, `Person`, …). */
  readonly "@type"?: string;
  /** The node's IRI (or a blank node `_:…` when the article has no URL). */
  readonly "@id"?: string;
  /** schema.org properties. */
  readonly [property: string]: JsonLdValue | undefined;
}

/**
 * The `@graph` form {@link toJsonLd} gives by default: the `NewsArticle` node first, then every entity.
 *
 * @example
 * ```ts
 * const graph: JsonLdGraph = toJsonLd(parseArticle(payload));
 * graph["@graph"][0]["@type"]; //=> "NewsArticle"
 * ```
 */
export interface JsonLdGraph {
  /** Always `https://schema.org`. */
  readonly "@context": "https://schema.org";
  /** The `NewsArticle` node first, then every entity. */
  readonly "@graph": readonly [JsonLdNode, ...JsonLdNode[]];
}

/**
 * The nested form {@link toJsonLd} gives with `{ graph: false }`: one `NewsArticle` node with the
 * entities inside it.
 *
 * @example
 * ```ts
 * const nested: JsonLdNestedArticle = toJsonLd(parseArticle(payload), { graph: false });
 * nested["@type"]; //=> "NewsArticle"
 * ```
 */
export type JsonLdNestedArticle = JsonLdNode & {
  /** Always `https://schema.org`. */
  readonly "@context": "https://schema.org";
};

/**
 * What {@link toJsonLd} returns: the `@graph` form (default) or one nested `NewsArticle` node. A call
 * that says which (no `graph` option, or `graph: false`) is typed as that form.
 *
 * @example
 * ```ts
 * const document: JsonLdDocument = { "@context": "https://schema.org", "@graph": [{ "@type": "NewsArticle" }] };
 * toJsonLd(parseArticle(payload), { graph: false })["@type"]; //=> "NewsArticle" (the nested form)
 * ```
 */
export type JsonLdDocument = JsonLdGraph | JsonLdNestedArticle;

/** A node under construction: properties are added in a fixed order, empty ones left out. */
export type MutableNode = { [property: string]: JsonLdValue };

/** Adds a property when it has a value (not `undefined`, not an empty list). */
export function put(node: MutableNode, property: string, value: JsonLdValue | undefined): void {
  if (value === undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  node[property] = value;
}
