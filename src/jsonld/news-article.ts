/** Article → schema.org `NewsArticle`. */
import { formatDateTime } from "../dates/format.js";
import type { Article } from "../models/article.js";
import { type MappingContext, refOf, refs } from "./context.js";
import { type JsonLdNode, type JsonLdValue, type MutableNode, put } from "./types.js";
import { countWords } from "./word-count.js";

/** Options that change the `NewsArticle` node. */
export interface NewsArticleOptions {
  /** Include the text as `articleBody`; default `true`. */
  readonly body?: boolean;
}

/** `hasPart`: the quotations, and a `WebPageElement` for each paywalled section. */
function parts(article: Article, context: MappingContext): JsonLdValue[] {
  const quotes = article.quotes.map((quote) => context.ref(quote.id));
  const paywalled = (article.paywalledSections ?? []).map(
    (cssSelector): JsonLdNode => ({ "@type": "WebPageElement", isAccessibleForFree: false, cssSelector }),
  );
  return [...quotes, ...paywalled];
}

/** The `NewsArticle` node. */
export function newsArticleNode(
  article: Article,
  context: MappingContext,
  options: NewsArticleOptions,
): JsonLdNode {
  const node: MutableNode = { "@type": "NewsArticle", "@id": context.articleId };
  put(node, "url", article.url);
  put(node, "mainEntityOfPage", article.url);
  put(node, "headline", article.headline);
  put(node, "alternativeHeadline", article.alternativeHeadline);
  put(node, "description", article.description);
  if (options.body !== false)
    put(node, "articleBody", article.body.length === 0 ? undefined : article.body.join("\n\n"));
  put(node, "articleSection", article.section);
  put(node, "keywords", article.keywords);
  put(node, "inLanguage", article.language);
  put(node, "wordCount", article.body.length === 0 ? undefined : countWords(article.body, article.language));
  put(node, "dateline", article.dateline);
  put(node, "datePublished", formatDateTime(article.datePublished));
  put(
    node,
    "dateModified",
    article.dateModified === undefined ? undefined : formatDateTime(article.dateModified),
  );
  put(
    node,
    "dateCreated",
    article.dateCreated === undefined ? undefined : formatDateTime(article.dateCreated),
  );
  put(node, "author", refs(context, article.authors));
  put(node, "publisher", refOf(context, article.publisher));
  put(node, "image", refs(context, article.image));
  put(node, "about", refs(context, article.about));
  put(node, "mentions", refs(context, article.mentions));
  put(node, "contentLocation", refs(context, article.contentLocation));
  put(node, "locationCreated", refOf(context, article.locationCreated));
  put(node, "isAccessibleForFree", article.isAccessibleForFree);
  put(node, "hasPart", parts(article, context));
  return node;
}
