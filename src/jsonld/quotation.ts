/**
 * Quote → schema.org `Quotation` (a direct quote) or `Claim` (a paraphrase: what the speaker said, in
 * the reporter's words, is a claim attributed to them, not a quotation).
 */
import { formatDateValue } from "../dates/format.js";
import type { Quote } from "../models/quote.js";
import { type MappingContext, refOf, startNode } from "./context.js";
import { type JsonLdNode, put } from "./types.js";

/** The node of a quote. */
export function quotationNode(quote: Quote, context: MappingContext): JsonLdNode {
  const node = startNode(quote.kind === "direct" ? "Quotation" : "Claim", context.nodeId(quote.id));
  put(node, "text", quote.text);
  put(node, quote.kind === "direct" ? "creator" : "author", refOf(context, quote.speaker));
  put(node, "recordedAt", refOf(context, quote.event));
  put(node, "isPartOf", { "@id": context.articleId });
  put(node, "dateCreated", quote.date === undefined ? undefined : formatDateValue(quote.date));
  put(node, "inLanguage", quote.language);
  return node;
}
