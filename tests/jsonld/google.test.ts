/**
 * checkGoogleArticle: Google's Article guidelines as warnings, one case per rule with its exact code
 * and JSON Pointer; the data is never changed (a long headline is reported, not cut); lone nodes,
 * lists and @graph documents, string authors and string images are read.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { checkGoogleArticle, parseArticle, toJsonLd } from "../../src/index.js";
import {
  deepFreeze,
  exampleJsonLdPath,
  founding,
  foundingPayload,
  graphOf,
  type JsonObject,
  kitchenSink,
} from "./helpers.js";

/** The warnings as [code, pointer] pairs. */
function codes(input: unknown): [string, string][] {
  return checkGoogleArticle(input).map((warning) => [warning.code, warning.pointer]);
}

/** A lone NewsArticle node that follows every guideline. */
function clean(): JsonObject {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Delegations meet in Baku",
    datePublished: "2025-07-09T14:05:00+04:00",
    dateModified: "2025-07-10T09:30:00+04:00",
    author: [{ "@type": "Person", name: "Jane Doe", url: "https://news.example.org/authors/jane-doe" }],
    publisher: { "@type": "NewsMediaOrganization", name: "News Example" },
    image: [
      { "@type": "ImageObject", url: "https://news.example.org/16x9.jpg", width: 1600, height: 900 },
      { "@type": "ImageObject", url: "https://news.example.org/4x3.jpg", width: 1200, height: 900 },
      { "@type": "ImageObject", url: "https://news.example.org/1x1.jpg", width: 1200, height: 1200 },
    ],
  };
}

/** The clean article with its first author changed. */
function withAuthor(author: JsonObject): JsonObject {
  return { ...clean(), author: [{ "@type": "Person", ...author }] };
}

/** The clean article with one of its images changed. */
function withImage(index: number, image: JsonObject): JsonObject {
  const images = clean().image as JsonObject[];
  images[index] = { "@type": "ImageObject", ...image };
  return { ...clean(), image: images };
}

/** A Japanese headline of `length` characters, with no spaces. */
function japaneseHeadline(length: number): string {
  const sentence =
    "東京都心で観測史上最大の大雨となり鉄道各線で運転見合わせが相次ぐなか政府は緊急会議を開いて対応を協議した";
  return Array.from(sentence.repeat(4)).slice(0, length).join("");
}

// The founding article and the kitchen sink.

test("the founding article, as the model, gives exactly one warning: missing_image", () => {
  expect(checkGoogleArticle(founding)).toEqual([
    {
      code: "missing_image",
      pointer: "/@graph/0",
      message: "The article has no image; Google shows articles with images better.",
    },
  ]);
});

test("the founding article's JSON-LD (toJsonLd, the nested form and the examples file) gives exactly missing_image", () => {
  expect(checkGoogleArticle(toJsonLd(founding))).toEqual(checkGoogleArticle(founding));
  expect(codes(toJsonLd(founding, { graph: false }))).toEqual([["missing_image", ""]]);
  expect(codes(JSON.parse(readFileSync(exampleJsonLdPath, "utf8")))).toEqual([
    ["missing_image", "/@graph/0"],
  ]);
});

test("the kitchen sink (authors with url, three images in 16x9, 4x3 and 1x1, QuantitativeValue sizes) gives no warning", () => {
  expect(checkGoogleArticle(kitchenSink)).toEqual([]);
  expect(checkGoogleArticle(toJsonLd(kitchenSink, { graph: false }))).toEqual([]);
});

test("an article that follows every guideline gives no warning", () => {
  expect(checkGoogleArticle(clean())).toEqual([]);
});

// Headline.

test("missing_headline: no headline, or only spaces", () => {
  const { headline: _headline, ...without } = clean();
  expect(codes(without)).toEqual([["missing_headline", ""]]);
  expect(codes({ ...clean(), headline: "   " })).toEqual([["missing_headline", ""]]);
});

test("long_headline: 111 Japanese characters with no spaces is a warning, and the headline is kept whole", () => {
  const headline = japaneseHeadline(111);
  expect(Array.from(headline)).toHaveLength(111);
  expect(headline).not.toMatch(/\s/u);
  const article = parseArticle({ ...foundingPayload(), headline });
  const document = toJsonLd(article);
  expect(graphOf(document)[0]?.headline).toBe(headline);
  const warnings = checkGoogleArticle(article);
  expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
    ["long_headline", "/@graph/0/headline"],
    ["missing_image", "/@graph/0"],
  ]);
  expect(warnings[0]?.message).toContain("111");
  expect(graphOf(document)[0]?.headline).toBe(headline);
  expect(codes({ ...clean(), headline })).toEqual([["long_headline", "/headline"]]);
});

test("long_headline counts characters, not UTF-16 units: 110 characters is no warning, even with astral ones", () => {
  expect(codes({ ...clean(), headline: japaneseHeadline(110) })).toEqual([]);
  const astral = `${"𠮷".repeat(10)}${japaneseHeadline(100)}`;
  expect([Array.from(astral).length, astral.length]).toEqual([110, 120]);
  expect(codes({ ...clean(), headline: astral })).toEqual([]);
});

// Dates.

test("missing_date_published: no datePublished", () => {
  const { datePublished: _date, ...without } = clean();
  expect(codes(without)).toEqual([["missing_date_published", ""]]);
});

test("date_without_offset: a local date-time or a date alone, in datePublished or dateModified", () => {
  expect(codes({ ...clean(), datePublished: "2025-07-09T14:05:00" })).toEqual([
    ["date_without_offset", "/datePublished"],
  ]);
  expect(codes({ ...clean(), datePublished: "2025-07-09" })).toEqual([
    ["date_without_offset", "/datePublished"],
  ]);
  expect(codes({ ...clean(), dateModified: "2025-07-10T09:30:00" })).toEqual([
    ["date_without_offset", "/dateModified"],
  ]);
  const [warning] = checkGoogleArticle({ ...clean(), datePublished: "2025-07-09T14:05:00" });
  expect(warning?.message).toContain('"2025-07-09T14:05:00"');
  expect(codes({ ...clean(), datePublished: "2025-07-09T10:05:00Z" })).toEqual([]);
  expect(codes({ ...clean(), datePublished: "2025-07-09T14:05:00.250+04:00" })).toEqual([]);
  // ±HH is an ISO 8601 offset too.
  expect(codes({ ...clean(), datePublished: "2025-07-09T14:05:00+04" })).toEqual([]);
});

// Authors.

test("missing_author: no author, or an empty list", () => {
  const { author: _author, ...without } = clean();
  expect(codes(without)).toEqual([["missing_author", ""]]);
  expect(codes({ ...clean(), author: [] })).toEqual([["missing_author", ""]]);
});

test('author_name_prefix: "By Jane Doe"', () => {
  const url = "https://news.example.org/authors/jane-doe";
  expect(codes(withAuthor({ name: "By Jane Doe", url }))).toEqual([["author_name_prefix", "/author/0"]]);
  expect(codes(withAuthor({ name: "by Jane Doe", url }))).toEqual([["author_name_prefix", "/author/0"]]);
  expect(codes(withAuthor({ name: "Byron Doe", url }))).toEqual([]);
});

test('author_name_prefix: "By: Jane Doe", the byline word followed by a colon', () => {
  const url = "https://news.example.org/authors/jane-doe";
  expect(codes(withAuthor({ name: "By: Jane Doe", url }))).toEqual([["author_name_prefix", "/author/0"]]);
});

test("author_name_prefix: a byline word that is also a particle of names, only before a whole name", () => {
  const url = "https://news.example.org/authors/jane-doe";
  for (const name of [
    "Von Anna Weber",
    "von: Anna Weber",
    "Di Marco Rossi",
    "Af Jens Hansen",
    "DA MARIA COSTA",
  ])
    expect(codes(withAuthor({ name, url })), name).toEqual([["author_name_prefix", "/author/0"]]);
  for (const name of ["Von Miller", "von der Leyen", "Da Silva", "Di Maria", "Avery Smith", "Davide Rossi"])
    expect(codes(withAuthor({ name, url })), name).toEqual([]);
});

test('author_names_joined: "Jane Doe and John Roe", "Jane Doe, John Roe"', () => {
  const url = "https://news.example.org/authors/jane-doe";
  expect(codes(withAuthor({ name: "Jane Doe and John Roe", url }))).toEqual([
    ["author_names_joined", "/author/0"],
  ]);
  expect(codes(withAuthor({ name: "Jane Doe, John Roe", url }))).toEqual([
    ["author_names_joined", "/author/0"],
  ]);
  expect(codes(withAuthor({ name: "Alexandra Anderson", url }))).toEqual([]);
});

test("author_name_has_title: the name contains the jobTitle", () => {
  const url = "https://news.example.org/authors/jane-doe";
  expect(codes(withAuthor({ name: "Minister Jane Doe", jobTitle: "Minister", url }))).toEqual([
    ["author_name_has_title", "/author/0"],
  ]);
  expect(codes(withAuthor({ name: "Jane Doe", jobTitle: "Minister", url }))).toEqual([]);
  // The title as a word of the name, not as letters inside one.
  expect(codes(withAuthor({ name: "Deanna Troi", jobTitle: "Dean", url }))).toEqual([]);
});

test("author_is_publisher: not for a person who publishes what they write (one @id for both)", () => {
  const jane = { "@type": "Person", "@id": "https://jane.example.org/#me", name: "Jane Doe" };
  const article = {
    ...clean(),
    author: [{ ...jane, url: "https://jane.example.org/" }],
    publisher: jane,
  };
  expect(codes(article)).toEqual([]);
});

test("author_is_publisher: a Person author with the publisher's name", () => {
  expect(codes(withAuthor({ name: "News Example", url: "https://news.example.org/" }))).toEqual([
    ["author_is_publisher", "/author/0"],
  ]);
  // The publisher itself as the author (an Organization) is allowed.
  expect(
    codes({
      ...clean(),
      author: [{ "@type": "NewsMediaOrganization", name: "News Example", url: "https://news.example.org/" }],
    }),
  ).toEqual([]);
});

test("author_without_url: an author with neither url nor sameAs", () => {
  expect(codes(withAuthor({ name: "Jane Doe" }))).toEqual([["author_without_url", "/author/0"]]);
  expect(codes(withAuthor({ name: "Jane Doe", sameAs: "https://www.wikidata.org/wiki/Q1" }))).toEqual([]);
});

test("string authors are read as names", () => {
  expect(codes({ ...clean(), author: "Jane Doe" })).toEqual([["author_without_url", "/author"]]);
  expect(codes({ ...clean(), author: ["By Jane Doe", "John Roe"] })).toEqual([
    ["author_name_prefix", "/author/0"],
    ["author_without_url", "/author/0"],
    ["author_without_url", "/author/1"],
  ]);
});

// Images.

test("missing_image: no image", () => {
  const { image: _image, ...without } = clean();
  expect(codes(without)).toEqual([["missing_image", ""]]);
});

test("image_url_not_absolute: a relative or protocol-relative image URL", () => {
  expect(codes(withImage(0, { url: "/images/16x9.jpg", width: 1600, height: 900 }))).toEqual([
    ["image_url_not_absolute", "/image/0"],
  ]);
  expect(codes(withImage(1, { url: "//cdn.example.org/4x3.jpg", width: 1200, height: 900 }))).toEqual([
    ["image_url_not_absolute", "/image/1"],
  ]);
  expect(codes({ ...clean(), image: "images/lead.jpg" })).toEqual([["image_url_not_absolute", "/image"]]);
  expect(codes({ ...clean(), image: "https://news.example.org/lead.jpg" })).toEqual([]);
});

test("image_too_small: 200×200 is 40,000 pixels, under 50,000", () => {
  const warnings = checkGoogleArticle(
    withImage(2, { url: "https://news.example.org/1x1.jpg", width: 200, height: 200 }),
  );
  expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
    ["image_too_small", "/image/2"],
  ]);
  expect(warnings[0]?.message).toContain("40000");
  expect(codes(withImage(2, { url: "https://news.example.org/1x1.jpg", width: 224, height: 224 }))).toEqual(
    [],
  );
  expect(codes(withImage(2, { url: "https://news.example.org/1x1.jpg", width: 223, height: 223 }))).toEqual([
    ["image_too_small", "/image/2"],
  ]);
});

test("image sizes are read from numbers, numeric strings and QuantitativeValues", () => {
  const quantity = (value: number) => ({ "@type": "QuantitativeValue", value, unitCode: "E37" });
  expect(
    codes(
      withImage(2, { url: "https://news.example.org/1x1.jpg", width: quantity(200), height: quantity(200) }),
    ),
  ).toEqual([["image_too_small", "/image/2"]]);
  expect(
    codes(withImage(2, { url: "https://news.example.org/1x1.jpg", width: "200", height: "200" })),
  ).toEqual([["image_too_small", "/image/2"]]);
});

test("image_aspect_ratios: a 16x9 image alone lacks 4x3 and 1x1", () => {
  const only16x9 = { ...clean(), image: [(clean().image as JsonObject[])[0]] };
  const warnings = checkGoogleArticle(only16x9);
  expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
    ["image_aspect_ratios", "/image"],
  ]);
  expect(warnings[0]?.message).toContain("4x3, 1x1");
  // From the model: an image of 1600×900 written as QuantitativeValues.
  const article = parseArticle({
    ...foundingPayload(),
    image: ["image:lead"],
    images: [{ id: "image:lead", url: "https://news.example.org/lead.jpg", width: 1600, height: 900 }],
  });
  expect(codes(article)).toEqual([["image_aspect_ratios", "/@graph/0/image"]]);
  // Images without sizes say nothing about ratios.
  expect(
    codes({ ...clean(), image: [{ "@type": "ImageObject", url: "https://news.example.org/a.jpg" }] }),
  ).toEqual([]);
});

// What the input may be.

test("missing_article: JSON-LD without an Article, NewsArticle or BlogPosting", () => {
  expect(codes({ "@context": "https://schema.org", "@type": "Person", name: "Jane Doe" })).toEqual([
    ["missing_article", ""],
  ]);
  expect(codes({ "@context": "https://schema.org", "@graph": [{ "@type": "Event", name: "x" }] })).toEqual([
    ["missing_article", ""],
  ]);
  for (const input of [null, undefined, "NewsArticle", 42, [], {}])
    expect(codes(input)).toEqual([["missing_article", ""]]);
});

test("an article under a WebPage's mainEntity is checked, as fromJsonLd reads it; an article referred to twice, once", () => {
  const { "@context": context, ...article } = clean();
  expect(codes({ "@context": context, "@type": "WebPage", mainEntity: article })).toEqual([]);
  const { headline: _headline, ...headless } = article;
  expect(codes({ "@context": context, "@type": "WebPage", mainEntity: headless })).toEqual([
    ["missing_headline", "/mainEntity"],
  ]);
  const graph = {
    "@context": context,
    "@graph": [
      { "@type": "WebPage", "@id": "#page", mainEntity: { "@id": "#article" } },
      { ...headless, "@id": "#article", isPartOf: { "@id": "#page" } },
    ],
  };
  expect(codes(graph)).toEqual([["missing_headline", "/@graph/1"]]);
});

test("names and headlines are read as readers see them: entities decoded, suffixes and accents allowed", () => {
  const withAuthor = (name: string) => ({
    ...clean(),
    author: [{ "@type": "Person", name, url: "https://news.example.org/authors/x" }],
  });
  for (const name of [
    "Siobhán O&#8217;Neill",
    "Jane Doe, PhD",
    "Martin Luther King, Jr.",
    "María José García-López y Pérez",
    "José Ortega y Gasset",
    "Jane Doe, PhD, MD",
    "Al Poe, D.O.",
    "Ann Lee, CPA",
  ]) {
    expect(codes(withAuthor(name))).toEqual([]);
  }
  for (const name of [
    "Jane Doe, John Roe",
    "Jane Doe, PhD, John Roe",
    "Juan Pérez y María López",
    "João Silva e Maria Santos",
  ]) {
    expect(codes(withAuthor(name))).toEqual([["author_names_joined", "/author/0"]]);
  }
  // 100 letters, each written as a letter and a combining accent: 100 characters, not 200.
  expect(codes({ ...clean(), headline: "e\u0301".repeat(100) })).toEqual([]);
  expect(codes({ ...clean(), headline: "e\u0301".repeat(111) })).toEqual([["long_headline", "/headline"]]);
});

test("paywall_selector_not_class: a paywalled section is marked by one class selector, as Google reads", () => {
  const paywalled = (cssSelector: unknown, isAccessibleForFree: unknown = false) => ({
    ...clean(),
    isAccessibleForFree: false,
    hasPart: [{ "@type": "WebPageElement", isAccessibleForFree, cssSelector }],
  });
  expect(codes(paywalled(".paywall"))).toEqual([]);
  expect(codes(paywalled([".section-1", ".section-2"]))).toEqual([]);
  expect(codes(paywalled("#premium > p"))).toEqual([
    ["paywall_selector_not_class", "/hasPart/0/cssSelector"],
  ]);
  expect(codes(paywalled("div.paywall", "False"))).toEqual([
    ["paywall_selector_not_class", "/hasPart/0/cssSelector"],
  ]);
  // A free part is not a paywall.
  expect(codes(paywalled("#free", true))).toEqual([]);
  // From a model too.
  const article = parseArticle({
    headline: "Behind the wall",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: ["person:a"],
    people: [{ id: "person:a", name: "Ann Lee", url: "https://news.example.org/authors/ann" }],
    isAccessibleForFree: false,
    paywalledSections: ["#premium > p"],
  });
  expect(codes(article).filter(([code]) => code === "paywall_selector_not_class")).toEqual([
    ["paywall_selector_not_class", "/@graph/0/hasPart/0/cssSelector"],
  ]);
});

test("an article it only cites is not checked; an article that shares its @id with a larger page is", () => {
  const cited = { "@type": "NewsArticle", headline: "An older story", url: "https://news.example.org/old" };
  expect(
    codes({ ...clean(), citation: [cited], isBasedOn: { "@type": "ScholarlyArticle", name: "A paper" } }),
  ).toEqual([]);
  const { "@context": context, ...article } = clean();
  const shared = {
    "@context": context,
    "@graph": [
      { ...article, "@id": "https://news.example.org/a" },
      {
        "@type": "WebPage",
        "@id": "https://news.example.org/a",
        name: "A",
        url: "https://news.example.org/a",
        inLanguage: "en",
        isPartOf: { "@id": "https://news.example.org/" },
        breadcrumb: { "@id": "https://news.example.org/a#breadcrumb" },
        datePublished: "2025-07-09T14:05:00+04:00",
        dateModified: "2025-07-10T09:30:00+04:00",
        description: "A page with more keys than its article",
      },
    ],
  };
  expect(codes(shared)).toEqual([]);
});

test("a lone node, a list of nodes and a @graph are all read, with pointers into each", () => {
  const person = {
    "@type": "Person",
    "@id": "https://example.org/a#jane",
    name: "By Jane Doe",
    url: "https://news.example.org/authors/jane-doe",
  };
  const article: JsonObject = { ...clean(), author: [{ "@id": person["@id"] }] };
  delete article["@context"];
  expect(codes({ "@context": "https://schema.org", "@graph": [article, person] })).toEqual([
    ["author_name_prefix", "/@graph/1"],
  ]);
  expect(codes([article, person])).toEqual([["author_name_prefix", "/1"]]);
  expect(
    codes(withAuthor({ name: "By Jane Doe", url: "https://news.example.org/authors/jane-doe" })),
  ).toEqual([["author_name_prefix", "/author/0"]]);
  // A single author object, not in a list.
  expect(codes({ ...clean(), author: { "@type": "Person", name: "Jane Doe" } })).toEqual([
    ["author_without_url", "/author"],
  ]);
  // Other article types.
  for (const type of ["Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"]) {
    expect(codes({ ...clean(), "@type": type })).toEqual([]);
  }
});

test("the input is never changed: a deep-frozen JSON-LD document with every problem is checked", () => {
  const document = {
    ...clean(),
    headline: japaneseHeadline(111),
    datePublished: "2025-07-09",
    author: [{ "@type": "Person", name: "By Jane Doe and John Roe" }],
    image: [{ "@type": "ImageObject", url: "/a.jpg", width: 200, height: 200 }],
  };
  const copy = structuredClone(document);
  const frozen = deepFreeze(structuredClone(document));
  expect(codes(frozen)).toEqual([
    ["long_headline", "/headline"],
    ["date_without_offset", "/datePublished"],
    ["author_name_prefix", "/author/0"],
    ["author_names_joined", "/author/0"],
    ["author_without_url", "/author/0"],
    ["image_url_not_absolute", "/image/0"],
    ["image_too_small", "/image/0"],
    ["image_aspect_ratios", "/image"],
  ]);
  expect(frozen).toEqual(copy);
  expect(checkGoogleArticle(document)).toEqual(checkGoogleArticle(frozen));
  expect(document).toEqual(copy);
});

test("the input is never changed: a deep-frozen article model is checked, and reads the same afterwards", () => {
  const article = parseArticle({ ...foundingPayload(), headline: japaneseHeadline(111) });
  const before = JSON.stringify(toJsonLd(article));
  deepFreeze(article);
  expect(codes(article)).toEqual([
    ["long_headline", "/@graph/0/headline"],
    ["missing_image", "/@graph/0"],
  ]);
  expect(JSON.stringify(toJsonLd(article))).toBe(before);
  expect(article.headline).toBe(japaneseHeadline(111));
});
