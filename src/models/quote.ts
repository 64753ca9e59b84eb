/**
 * A quotation: who said what, where and when, quoted directly or paraphrased.
 */
import * as z from "zod";
import { dateValueCodec } from "../dates/codecs.js";
import { entityId, LIMITS, language, reference, text } from "./fields.js";

/**
 * `direct`: the speaker's words, in quotation marks in the body; `paraphrase`: what they said, in the
 * reporter's words.
 *
 * @example
 * ```ts
 * QuoteKind.parse("paraphrase"); //=> "paraphrase"
 * ```
 */
export const QuoteKind = z.enum(["direct", "paraphrase"]);

/** How a quote is given; see the {@link QuoteKind} schema. */
export type QuoteKind = z.infer<typeof QuoteKind>;

/**
 * A quotation. A direct quote's text must appear in the body (typographic quote marks, white space
 * and closing punctuation aside): a misquote is an issue.
 *
 * @example
 * ```ts
 * const quote: Quote = Quote.parse({
 *   id: "quote:1",
 *   text: "Today, Khankendi is hosting international events.",
 *   speaker: "person:elnur-mammadov",
 *   kind: "direct",
 *   paragraph: 4,
 * });
 * ```
 */
export const Quote = z.object({
  /** The id other entities refer to this quote by. */
  id: entityId(),
  /** What was said: the words for a direct quote, the reporter's summary for a paraphrase. */
  text: text(LIMITS.text),
  /** Who said it: a Person or Organization id. */
  speaker: reference(),
  /** Direct words or paraphrase; `direct` if not given. */
  kind: QuoteKind.default("direct"),
  /** Where it was said: an Event id. */
  event: reference().optional(),
  /** When it was said: an instant or a partial date. */
  date: dateValueCodec().optional(),
  /** The language it was said in, if not the article's (BCP 47). */
  language: language().optional(),
  /** Where it stands in the article: an index into `body`, from 0. */
  paragraph: z.int().min(0).max(LIMITS.paragraphs).optional(),
});

/** A quotation; see the {@link Quote} schema. */
export type Quote = z.infer<typeof Quote>;
