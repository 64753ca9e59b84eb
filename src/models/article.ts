/**
 * The article: what it says, who wrote and published it, and the registries of everything it names.
 */
import * as z from "zod";
import { dateTimeCodec, timeZoneCodec } from "../dates/codecs.js";
import { Event } from "./event.js";
import { httpUrl, LIMITS, language, list, reference, text } from "./fields.js";
import { Image } from "./image.js";
import { Location } from "./location.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";

/**
 * A news article. Entities live once, in the registries (`people`, `organizations`, `locations`,
 * `events`, `quotes`, `images`), and are referred to by id everywhere else. This schema reads a
 * *normalised* payload (references are ids, dates are strings) into the model (dates are luxon
 * `DateTime`s or partial dates); {@link parseArticle} also accepts entities given inline, reads local
 * times in the right zone, and checks every cross-reference.
 *
 * @example
 * ```ts
 * const article: Article = Article.parse({
 *   headline: "Diplomats visit Khankendi",
 *   datePublished: "2025-07-09T14:05:00+04:00",
 *   authors: ["person:qabil-ashirov"],
 *   people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }],
 * });
 * article.datePublished.offset; //=> 240
 * ```
 */
export const Article = z.object({
  url: httpUrl().optional().describe("The canonical URL of the article."),
  headline: text(LIMITS.line).describe("The headline as published."),
  alternativeHeadline: text(LIMITS.line).optional().describe("A second headline or subtitle."),
  description: text(LIMITS.text).optional().describe("A summary."),
  body: list(text(LIMITS.paragraph), LIMITS.paragraphs)
    .default([])
    .describe("The text, one string per paragraph."),
  section: text(LIMITS.name).optional().describe("The section it was published in (`Politics`)."),
  keywords: list(text(LIMITS.name)).optional().describe("Keywords and tags."),
  language: language().optional().describe("The language it is written in (BCP 47: `en`, `az-Latn`)."),
  dateline: text(LIMITS.name)
    .optional()
    .describe(
      "The dateline as printed before the text: where and often when it was filed (`Khankendi`, `9 July 2025 14:05 (UTC+04:00)`).",
    ),
  datePublished: dateTimeCodec().describe("When it was published: an instant; its offset is kept."),
  dateModified: dateTimeCodec().optional().describe("When it was last changed: not before `datePublished`."),
  dateCreated: dateTimeCodec().optional().describe("When it was written."),
  timeZone: timeZoneCodec()
    .optional()
    .describe(
      "The newsroom's zone (IANA): how local times in the payload are read when no place says otherwise.",
    ),
  authors: list(reference()).min(1).describe("Who wrote it: Person or Organization ids, at least one."),
  publisher: reference().optional().describe("Who published it: an Organization (or Person) id."),
  image: list(reference()).optional().describe("The article's own images: Image ids, the lead image first."),
  about: list(reference()).optional().describe("What it is about: ids of any entities."),
  mentions: list(reference()).optional().describe("What it mentions: ids of any entities."),
  contentLocation: list(reference()).optional().describe("The places it is about: Location ids."),
  locationCreated: reference().optional().describe("Where it was written: a Location id."),
  isAccessibleForFree: z.boolean().optional().describe("`false` for an article behind a paywall."),
  paywalledSections: list(text(LIMITS.line))
    .optional()
    .describe("CSS selectors of the paywalled parts of the page (with `isAccessibleForFree: false`)."),
  people: list(Person, LIMITS.registry).default([]).describe("Everyone the article names."),
  organizations: list(Organization, LIMITS.registry).default([]).describe("Every organization it names."),
  locations: list(Location, LIMITS.registry).default([]).describe("Every place it names."),
  events: list(Event, LIMITS.registry).default([]).describe("Every event it reports."),
  quotes: list(Quote, LIMITS.registry).default([]).describe("Every quotation, direct or paraphrased."),
  images: list(Image, LIMITS.registry).default([]).describe("Every image it uses."),
});

/** A news article, as the model holds it; see the {@link Article} schema. */
export type Article = z.infer<typeof Article>;
