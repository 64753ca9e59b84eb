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
  /** The canonical URL of the article. */
  url: httpUrl().optional(),
  /** The headline as published. */
  headline: text(LIMITS.line),
  /** A second headline or subtitle. */
  alternativeHeadline: text(LIMITS.line).optional(),
  /** A summary. */
  description: text(LIMITS.text).optional(),
  /** The text, one string per paragraph. */
  body: list(text(LIMITS.paragraph), LIMITS.paragraphs).default([]),
  /** The section it was published in (`Politics`). */
  section: text(LIMITS.name).optional(),
  /** Keywords and tags. */
  keywords: list(text(LIMITS.name)).optional(),
  /** The language it is written in (BCP 47: `en`, `az-Latn`). */
  language: language().optional(),
  /** The dateline as printed before the text: where and often when it was filed (`Khankendi`, `9 July 2025 14:05 (UTC+04:00)`). */
  dateline: text(LIMITS.name).optional(),
  /** When it was published: an instant; its offset is kept. */
  datePublished: dateTimeCodec(),
  /** When it was last changed: not before `datePublished`. */
  dateModified: dateTimeCodec().optional(),
  /** When it was written. */
  dateCreated: dateTimeCodec().optional(),
  /** The newsroom's zone (IANA): how local times in the payload are read when no place says otherwise. */
  timeZone: timeZoneCodec().optional(),
  /** Who wrote it: Person or Organization ids, at least one. */
  authors: list(reference()).min(1),
  /** Who published it: an Organization (or Person) id. */
  publisher: reference().optional(),
  /** The article's own images: Image ids, the lead image first. */
  image: list(reference()).optional(),
  /** What it is about: ids of any entities. */
  about: list(reference()).optional(),
  /** What it mentions: ids of any entities. */
  mentions: list(reference()).optional(),
  /** The places it is about: Location ids. */
  contentLocation: list(reference()).optional(),
  /** Where it was written: a Location id. */
  locationCreated: reference().optional(),
  /** `false` for an article behind a paywall. */
  isAccessibleForFree: z.boolean().optional(),
  /** CSS selectors of the paywalled parts of the page (with `isAccessibleForFree: false`). */
  paywalledSections: list(text(LIMITS.line)).optional(),
  /** Everyone the article names. */
  people: list(Person, LIMITS.registry).default([]),
  /** Every organization it names. */
  organizations: list(Organization, LIMITS.registry).default([]),
  /** Every place it names. */
  locations: list(Location, LIMITS.registry).default([]),
  /** Every event it reports. */
  events: list(Event, LIMITS.registry).default([]),
  /** Every quotation, direct or paraphrased. */
  quotes: list(Quote, LIMITS.registry).default([]),
  /** Every image it uses. */
  images: list(Image, LIMITS.registry).default([]),
});

/** A news article, as the model holds it; see the {@link Article} schema. */
export type Article = z.infer<typeof Article>;
