/**
 * Google's Article structured-data guidelines as warnings. Nothing here changes the data: a long
 * headline is reported, never cut (cutting at the last space empties a Japanese headline).
 */
import { decodeHTMLStrict } from "entities/decode";
import { DateTime } from "luxon";
import type { Article } from "../models/article.js";
import { isPlainObject, own } from "../models/references.js";
import { includesWords } from "../models/words.js";
import { checkJsonValue } from "../validate/guard.js";
import type { PayloadCheckCode } from "../validate/issues.js";
import { namesJoined, startsWithBylineWord } from "./author-names.js";
import {
  ARTICLE_TYPES,
  booleanOf,
  indexById,
  type LocatedNode,
  listOf,
  nodesOf,
  typesOf,
} from "./read-document.js";
import { toJsonLd } from "./to-jsonld.js";

/** Type spellings are corrected silently here: these are warnings about Google's rules only. */
const ignore = () => {};

/**
 * The codes of {@link checkGoogleArticle}'s warnings: what Google's article rules require
 * (`missing_*`) and recommend, and the payload check's codes for input that is not plain JSON data.
 *
 * @example
 * ```ts
 * const code: GoogleIssueCode = checkGoogleArticle(parseArticle(payload))[0]?.code ?? "missing_article";
 * code; //=> "missing_image"
 * ```
 */
export type GoogleIssueCode =
  | PayloadCheckCode
  | "missing_article"
  | "missing_headline"
  | "missing_author"
  | "missing_date_published"
  | "missing_image"
  | "long_headline"
  | "author_is_publisher"
  | "author_name_has_title"
  | "author_name_prefix"
  | "author_names_joined"
  | "author_without_url"
  | "date_without_offset"
  | "image_aspect_ratios"
  | "image_too_small"
  | "image_url_not_absolute"
  | "paywall_selector_not_class";

/**
 * One way the markup falls short of Google's Article guidelines.
 *
 * @example
 * ```ts
 * const warning: GoogleArticleWarning = {
 *   code: "author_without_url",
 *   pointer: "/@graph/1",
 *   message: "The author \"Qabil Ashirov\" has neither url nor sameAs; Google uses them to tell authors apart.",
 * };
 * checkGoogleArticle({
 *   "@context": "https://schema.org",
 *   "@graph": [
 *     { "@type": "NewsArticle", headline: "H", datePublished: "2025-07-09T14:05:00+04:00", author: { "@id": "#q" } },
 *     { "@type": "Person", "@id": "#q", name: "Qabil Ashirov" },
 *   ],
 * })[0]; //=> the same as `warning` above
 * ```
 */
export interface GoogleArticleWarning {
  /** A stable code (see {@link GoogleIssueCode}). */
  readonly code: GoogleIssueCode;
  /** Where, as a JSON Pointer into the JSON-LD checked. */
  readonly pointer: string;
  /** One plain sentence. */
  readonly message: string;
}

const MAX_HEADLINE = 110;
const MIN_PIXELS = 50_000;
const RATIOS: readonly [string, number][] = [
  ["16x9", 16 / 9],
  ["4x3", 4 / 3],
  ["1x1", 1],
];

/** The top-level nodes of a JSON-LD document (a lone node, a list, or `@graph`), with where each stands. */
function topLevelNodes(document: unknown): LocatedNode[] {
  if (Array.isArray(document)) {
    return document.flatMap((node, index) => (isPlainObject(node) ? [{ node, pointer: `/${index}` }] : []));
  }
  if (!isPlainObject(document)) return [];
  const graph = own(document, "@graph");
  if (Array.isArray(graph)) {
    return graph.flatMap((node, index) =>
      isPlainObject(node) ? [{ node, pointer: `/@graph/${index}` }] : [],
    );
  }
  return [{ node: document, pointer: "" }];
}

/** Follows an `{ "@id" }` reference to its node in the document, when it is there. */
function resolve(
  value: unknown,
  byId: ReadonlyMap<string, LocatedNode>,
  pointer: string,
): LocatedNode | undefined {
  if (!isPlainObject(value)) return undefined;
  const id = own(value, "@id");
  const keys = Object.keys(value);
  if (typeof id === "string" && keys.length === 1) return byId.get(id);
  return { node: value, pointer };
}

/** A size in pixels: a number, a numeric string, or a `QuantitativeValue`. */
function pixels(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value);
  if (isPlainObject(value)) return pixels(own(value, "value"));
  return undefined;
}

function text(value: unknown): string | undefined {
  // As readers see it: entities decoded (`O&#8217;Neill`), accents composed (so each counts once).
  return typeof value === "string" ? decodeHTMLStrict(value).normalize("NFC") : undefined;
}

type Warn = (code: GoogleIssueCode, pointer: string, message: string) => void;

function checkHeadline(article: LocatedNode, warn: Warn) {
  const headline = text(own(article.node, "headline"));
  if (headline === undefined || headline.trim() === "") {
    warn("missing_headline", article.pointer, "The article has no headline.");
  } else if ([...headline].length > MAX_HEADLINE) {
    warn(
      "long_headline",
      `${article.pointer}/headline`,
      `The headline has ${[...headline].length} characters; Google may cut headlines longer than ${MAX_HEADLINE} in results (it is kept whole here).`,
    );
  }
}

function checkDates(article: LocatedNode, warn: Warn) {
  const published = own(article.node, "datePublished");
  if (published === undefined)
    warn("missing_date_published", article.pointer, "The article has no datePublished.");
  for (const field of ["datePublished", "dateModified"]) {
    const value = text(own(article.node, field));
    if (value === undefined) continue;
    const parsed = DateTime.fromISO(value, { setZone: true });
    // A time, then `Z` or an offset (`±HH`, `±HHMM` or `±HH:MM`): `2025-07-09` ends in no offset.
    const hasOffset =
      /\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value.trim()) && parsed.isValid;
    if (!hasOffset) {
      warn(
        "date_without_offset",
        `${article.pointer}/${field}`,
        `${field} "${value}" has no time with an offset; Google reads such dates in its own guess of the zone.`,
      );
    }
  }
}

function checkAuthors(article: LocatedNode, byId: ReadonlyMap<string, LocatedNode>, warn: Warn) {
  const authors = listOf(own(article.node, "author"));
  if (authors.length === 0) warn("missing_author", article.pointer, "The article has no author.");
  const publisher = resolve(own(article.node, "publisher"), byId, `${article.pointer}/publisher`);
  const publisherName = publisher === undefined ? undefined : text(own(publisher.node, "name"));
  authors.forEach((value, index) => {
    const pointer = `${article.pointer}/author${Array.isArray(own(article.node, "author")) ? `/${index}` : ""}`;
    const author =
      typeof value === "string" ? { node: { name: value }, pointer } : resolve(value, byId, pointer);
    if (author === undefined) return;
    const name = text(own(author.node, "name"))?.trim() ?? "";
    const jobTitle = text(own(author.node, "jobTitle"))?.trim();
    if (startsWithBylineWord(name)) {
      warn(
        "author_name_prefix",
        author.pointer,
        `The author name "${name}" starts with a byline word; give only the name.`,
      );
    }
    if (namesJoined(name)) {
      warn(
        "author_names_joined",
        author.pointer,
        `The author name "${name}" looks like several names; give one author entry per person.`,
      );
    }
    if (jobTitle !== undefined && jobTitle !== "" && includesWords(name, jobTitle)) {
      warn(
        "author_name_has_title",
        author.pointer,
        `The author name "${name}" contains the job title; put it in jobTitle only.`,
      );
    }
    // A person who publishes what they write (one node, or one @id, for both) is no mistake.
    const isThePublisher =
      publisher !== undefined &&
      (author.node === publisher.node ||
        (own(author.node, "@id") !== undefined && own(author.node, "@id") === own(publisher.node, "@id")));
    if (
      publisherName !== undefined &&
      name === publisherName &&
      !isThePublisher &&
      typesOf(author.node, author.pointer, ignore).includes("Person")
    ) {
      warn(
        "author_is_publisher",
        author.pointer,
        `The author "${name}" has the publisher's name; name the person who wrote it.`,
      );
    }
    if (own(author.node, "url") === undefined && own(author.node, "sameAs") === undefined) {
      warn(
        "author_without_url",
        author.pointer,
        `The author "${name}" has neither url nor sameAs; Google uses them to tell authors apart.`,
      );
    }
  });
}

function checkImages(article: LocatedNode, byId: ReadonlyMap<string, LocatedNode>, warn: Warn) {
  const images = listOf(own(article.node, "image"));
  if (images.length === 0) {
    warn(
      "missing_image",
      article.pointer,
      "The article has no image; Google shows articles with images better.",
    );
    return;
  }
  const ratios = new Set<string>();
  let measured = 0;
  images.forEach((value, index) => {
    const pointer = `${article.pointer}/image${Array.isArray(own(article.node, "image")) ? `/${index}` : ""}`;
    const image =
      typeof value === "string" ? { node: { url: value }, pointer } : resolve(value, byId, pointer);
    if (image === undefined) return;
    const url = text(own(image.node, "url")) ?? text(own(image.node, "contentUrl"));
    if (url === undefined || !/^https?:\/\//i.test(url)) {
      warn(
        "image_url_not_absolute",
        image.pointer,
        `The image URL "${url ?? ""}" is not an absolute http(s) URL.`,
      );
    }
    const width = pixels(own(image.node, "width"));
    const height = pixels(own(image.node, "height"));
    if (width === undefined || height === undefined) return;
    measured++;
    if (width * height < MIN_PIXELS) {
      warn(
        "image_too_small",
        image.pointer,
        `The image is ${width}×${height} (${width * height} pixels); Google wants at least ${MIN_PIXELS}.`,
      );
    }
    for (const [name, ratio] of RATIOS) if (Math.abs(width / height - ratio) / ratio < 0.01) ratios.add(name);
  });
  const missing = RATIOS.map(([name]) => name).filter((name) => !ratios.has(name));
  if (measured > 0 && missing.length > 0) {
    warn(
      "image_aspect_ratios",
      `${article.pointer}/image`,
      `Google recommends images in the ratios 16x9, 4x3 and 1x1; none is ${missing.join(", ")}.`,
    );
  }
}

/**
 * Checks an article, or any JSON-LD that holds one, against Google's Article guidelines and returns
 * warnings; the data is never changed. Checked: a headline (longer than 110 characters is a warning,
 * never a cut); `datePublished` and `dateModified` with a time and an offset; one author entry per
 * person with only the name in `name` (no "By", no job title, no two names joined, not the
 * publisher's name), each with `url` or `sameAs`; images with absolute URLs, at least 50,000 pixels
 * where the size is known, and the 16x9, 4x3 and 1x1 ratios.
 *
 * @param input - An article model, or JSON-LD (a parsed value) that holds an article node.
 * @returns The warnings, empty when nothing falls short; never throws (unreadable input is one warning).
 *
 * @example
 * ```ts
 * checkGoogleArticle(parseArticle(payload)).map((warning) => warning.code); //=> ["missing_image"]
 * ```
 */
export function checkGoogleArticle(input: Article | unknown): GoogleArticleWarning[] {
  try {
    return check(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown error";
    return [{ code: "invalid_value", pointer: "", message: `The input could not be read (${reason}).` }];
  }
}

/** {@link checkGoogleArticle}'s work, which may meet values that throw when read. */
function check(input: unknown): GoogleArticleWarning[] {
  const document = isArticleModel(input) ? toJsonLd(input) : input;
  const unsafe = isArticleModel(input) ? undefined : checkJsonValue(document, {}, "the JSON-LD");
  if (unsafe !== undefined) return [{ code: unsafe.code, pointer: unsafe.pointer, message: unsafe.message }];
  // Every node, nested ones too, to follow references; the articles are the top-level ones and
  // those a top-level node names as its mainEntity (a cited article is not the page's).
  const byId = indexById(nodesOf(document, ignore));
  const nodes = topLevelNodes(document);
  const warnings: GoogleArticleWarning[] = [];
  const warn: Warn = (code, pointer, message) => {
    warnings.push({ code, pointer, message });
  };
  const isArticle = (located: LocatedNode) =>
    typesOf(located.node, located.pointer, ignore).some((type) => ARTICLE_TYPES.has(type));
  const candidates = nodes.flatMap((located) => {
    const entity = resolve(own(located.node, "mainEntity"), byId, `${located.pointer}/mainEntity`);
    return entity === undefined ? [located] : [located, entity];
  });
  // Each article once: by its @id, else by the node itself.
  const seen = new Set<unknown>();
  const articles = candidates.filter((located) => {
    if (!isArticle(located)) return false;
    const id = own(located.node, "@id");
    const key = typeof id === "string" ? id : located.node;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (articles.length === 0)
    warn("missing_article", "", "No Article, NewsArticle or BlogPosting node was found.");
  for (const article of articles) {
    checkHeadline(article, warn);
    checkDates(article, warn);
    checkAuthors(article, byId, warn);
    checkImages(article, byId, warn);
    checkPaywall(article, byId, warn);
  }
  return warnings;
}

/** One class selector (`.paywall`), the only kind Google reads for a paywalled section. */
const CLASS_SELECTOR = /^\.-?[A-Za-z_][\w-]*$/;

/** A paywalled section (a `hasPart` that is not free) must be marked by a class selector. */
function checkPaywall(article: LocatedNode, byId: ReadonlyMap<string, LocatedNode>, warn: Warn) {
  const parts = own(article.node, "hasPart");
  listOf(parts).forEach((value, index) => {
    const pointer = `${article.pointer}/hasPart${Array.isArray(parts) ? `/${index}` : ""}`;
    const part = resolve(value, byId, pointer);
    if (part === undefined || booleanOf(own(part.node, "isAccessibleForFree")) !== false) return;
    for (const selector of listOf(own(part.node, "cssSelector"))) {
      const written = text(selector)?.trim();
      if (written === undefined || CLASS_SELECTOR.test(written)) continue;
      warn(
        "paywall_selector_not_class",
        `${part.pointer}/cssSelector`,
        `The paywalled section's selector "${written}" is not a class selector; Google reads only those, such as ".paywall".`,
      );
    }
  });
}

/** Whether a value is an article model (as opposed to JSON-LD): its `datePublished` is a `DateTime`. */
function isArticleModel(value: unknown): value is Article {
  return isPlainObject(value) && DateTime.isDateTime(own(value, "datePublished"));
}
