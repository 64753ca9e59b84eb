/** Article → schema.org `NewsArticle`. */
import { formatDateTime } from "../dates/format.js";
import type { Article } from "../models/article.js";
import { type MappingContext, refOf, refs } from "./context.js";
import { type JsonLdNode, type JsonLdValue, type MutableNode, put } from "./types.js";

/** Options that change the `NewsArticle` node. */
export interface NewsArticleOptions {
  /** Include the text as `articleBody`; default `true`. */
  readonly body?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:[.'’:·,;][\p{L}\p{M}\p{N}\p{Pc}]+)*/gu;
const UNSPACED_SCRIPTS =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The number of words in the body: runs of letters and digits (joined by an apostrophe, a point or
 * a comma inside them: `Azerbaijan’s`, `13,000`), or, for text in scripts written without spaces
 * (Chinese, Japanese, Thai…), the words `Intl.Segmenter` finds in the article's language.
 */
export function countWords(paragraphs: readonly string[], language: string | undefined): number {
  let words = 0;
  for (const paragraph of paragraphs) {
    if (!UNSPACED_SCRIPTS.test(paragraph)) {
      words += paragraph.match(WORD)?.length ?? 0;
      continue;
    }
    const locale = language ?? "en";
    let segmenter = segmenters.get(locale);
    if (segmenter === undefined) {
      segmenter = new Intl.Segmenter(locale, { granularity: "word" });
      segmenters.set(locale, segmenter);
    }
    for (const segment of segmenter.segment(paragraph)) if (segment.isWordLike) words++;
  }
  return words;
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
