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
 * quote.paragraph; //=> 4
 * ```
 */
export const Quote = z.object({
  id: entityId().describe("The id other entities refer to this quote by."),
  text: text(LIMITS.text).describe(
    "What was said: the words for a direct quote, the reporter's summary for a paraphrase.",
  ),
  speaker: reference().describe("Who said it: a Person or Organization id."),
  kind: QuoteKind.default("direct").describe("Direct words or paraphrase; `direct` if not given."),
  event: reference().optional().describe("Where it was said: an Event id."),
  date: dateValueCodec().optional().describe("When it was said: an instant or a partial date."),
  language: language().optional().describe("The language it was said in, if not the article's (BCP 47)."),
  paragraph: z
    .int()
    .min(0)
    .max(LIMITS.paragraphs)
    .optional()
    .describe("Where it stands in the article: an index into `body`, from 0."),
});

/** A quotation; see the {@link Quote} schema. */
export type Quote = z.infer<typeof Quote>;
