/**
 * fromJsonLd on what real pages publish, in fixtures written here in the shapes of ../shared/realworld
 * (invented sites, names and headlines): lone nodes, lists, Yoast and Rank Math @graphs, an article
 * under a WebPage's mainEntity; the contexts pages write; authors, images, entities, URLs and dates in
 * every shape the corpus shows; every repair and guess reported; never a throw.
 */
import { readFileSync } from "node:fs";
import { afterEach, expect, test, vi } from "vitest";
import {
  type Article,
  type FromJsonLdResult,
  fromJsonLd,
  serializeArticle,
  toJsonLd,
  validateArticle,
} from "../../src/index.js";

type Json = Record<string, unknown>;

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

/** The issues as `severity code pointer`, in order. */
function issuesOf(result: FromJsonLdResult): string[] {
  return result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}`);
}

/** The article that came back, serialized; fails with the issues when none did. */
function modelOf(result: FromJsonLdResult): Json {
  expect(result.article, JSON.stringify(result.issues, null, 2)).toBeDefined();
  return serializeArticle(result.article as Article) as Json;
}

/** The first article node's payload (what could be read, model or not). */
function payloadOf(result: FromJsonLdResult): Json {
  expect(result.payloads.length, JSON.stringify(result.issues, null, 2)).toBeGreaterThan(0);
  return result.payloads[0] as Json;
}

const REGISTRIES = ["people", "organizations", "locations", "events", "quotes", "images"] as const;

/** A serialized article with each registry sorted by id (the order entities are met in is not specified). */
function byId(payload: Json): Json {
  const sorted = { ...payload };
  for (const registry of REGISTRIES) {
    const list = payload[registry];
    if (Array.isArray(list))
      sorted[registry] = [...(list as Json[])].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return sorted;
}

const PAGE = "https://www.northshore-ledger.example.com/2024/03/ferry-timetable.html";

/** A small NewsArticle as a lone node, with fields changed or added. */
function article(fields: Json = {}): Json {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "New ferry timetable for the north shore",
    datePublished: "2024-03-05T09:30:00+01:00",
    author: { "@type": "Person", name: "Mira Holm" },
    ...fields,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// ─── Document shapes. ──────────────────────────────────────────────────────────────────────────────

test("a lone NewsArticle node with the http://schema.org context is read whole", () => {
  const result = fromJsonLd({
    "@context": "http://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": PAGE },
    headline: "New ferry timetable for the north shore",
    alternativeHeadline: "Boats every forty minutes from May",
    description: "The ferry company adds two boats and an evening crossing.",
    datePublished: "2024-03-05T09:30:00+01:00",
    dateModified: "2024-03-05T11:02:00+01:00",
    articleSection: "Region",
    keywords: "ferry, timetable,north shore",
    inLanguage: "en",
    isAccessibleForFree: "True",
    author: { "@type": "Person", name: "Mira Holm", url: "https://www.northshore-ledger.example.com/mira" },
    publisher: { "@type": "NewsMediaOrganization", name: "Northshore Ledger" },
  });
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result)).toEqual({
    url: PAGE,
    headline: "New ferry timetable for the north shore",
    alternativeHeadline: "Boats every forty minutes from May",
    description: "The ferry company adds two boats and an evening crossing.",
    body: [],
    section: "Region",
    keywords: ["ferry", "timetable", "north shore"],
    language: "en",
    datePublished: "2024-03-05T09:30:00+01:00",
    dateModified: "2024-03-05T11:02:00+01:00",
    authors: ["person:mira-holm"],
    publisher: "org:northshore-ledger",
    isAccessibleForFree: true,
    people: [
      { id: "person:mira-holm", name: "Mira Holm", url: "https://www.northshore-ledger.example.com/mira" },
    ],
    organizations: [{ id: "org:northshore-ledger", name: "Northshore Ledger", kind: "news-media" }],
  });
});

test("a list of nodes: the ReportageNewsArticle is found next to a BreadcrumbList", () => {
  const result = fromJsonLd(fixture("list-with-breadcrumbs.json"));
  expect(issuesOf(result)).toEqual([]);
  expect(result.articles).toHaveLength(1);
  expect(byId(modelOf(result))).toEqual({
    url: "https://news.example.com/world/2018/12/21/river-crossing",
    headline: "The last river crossing before the bridge",
    body: ["The ferryman has crossed the river eleven thousand times.", "Next spring a bridge will open."],
    datePublished: "2018-12-21T12:55:00Z",
    dateModified: "2018-12-21T14:02:10Z",
    authors: ["person:idris-vantongeren"],
    publisher: "org:example-news",
    image: ["image:crossing"],
    people: [{ id: "person:idris-vantongeren", name: "Idris Vantongeren" }],
    organizations: [{ id: "org:example-news", name: "Example News", kind: "news-media", logo: "image:logo" }],
    images: [
      {
        id: "image:crossing",
        url: "https://news.example.com/img/2018/12/21/crossing.jpg",
        width: 1200,
        height: 800,
      },
      { id: "image:logo", url: "https://news.example.com/logo.png", width: 250, height: 40 },
    ],
  });
});

test("a Yoast @graph: the article's author, publisher and image are @id references to other nodes", () => {
  const result = fromJsonLd(fixture("yoast-graph.json"));
  expect(issuesOf(result)).toEqual([
    "warning html_entities_decoded /@graph/0/headline",
    "warning extra_values /@graph/0/articleSection",
  ]);
  expect(byId(modelOf(result))).toEqual({
    url: "https://www.lakeside-gazette.example.org/2023/ferry-returns/",
    headline: "Ferry returns to Lake Varden & the old pier reopens",
    body: [],
    section: "Region",
    keywords: ["Ferry", "Lake Varden", "Transport"],
    language: "en-GB",
    datePublished: "2023-11-06T15:01:00Z",
    dateModified: "2023-11-07T08:41:47Z",
    authors: ["person:mira-holm"],
    publisher: "org:lakeside-gazette",
    image: ["image:ferry-pier"],
    people: [
      {
        id: "person:mira-holm",
        name: "Mira Holm",
        url: "https://www.lakeside-gazette.example.org/author/mira-holm/",
        image: "image:4f1c0a9e",
        sameAs: ["https://social.example.com/@miraholm"],
      },
    ],
    organizations: [
      {
        id: "org:lakeside-gazette",
        name: "Lakeside Gazette",
        url: "https://www.lakeside-gazette.example.org/",
        logo: "image:logo",
        sameAs: ["https://social.example.com/@lakesidegazette"],
      },
    ],
    images: [
      {
        id: "image:4f1c0a9e",
        url: "https://secure.avatars.example.com/avatar/4f1c0a9e?s=96",
        caption: "Mira Holm",
      },
      {
        id: "image:ferry-pier",
        url: "https://cdn.lakeside-gazette.example.org/uploads/2023/11/ferry-pier.jpg",
        caption: "The ferry at the old pier",
        width: 1200,
        height: 675,
      },
      {
        id: "image:logo",
        url: "https://cdn.lakeside-gazette.example.org/uploads/logo.png",
        caption: "Lakeside Gazette",
        width: 600,
        height: 60,
      },
    ],
  });
});

test("a Rank Math @graph: an untyped author with an @id, widths as strings, the page's URL from the WebPage node", () => {
  const result = fromJsonLd(fixture("rank-math-graph.json"));
  expect(issuesOf(result)).toEqual([
    "warning html_entities_decoded /@graph/7/headline",
    "warning html_entities_decoded /@graph/7/description",
    "warning html_entities_decoded /@graph/6/description",
  ]);
  const model = byId(modelOf(result));
  // mainEntityOfPage is a reference to the WebPage node, whose url is the page's address; its @id
  // ("…/#webpage") names the node, not the page.
  expect.soft(model.url).toBe("https://www.pixelarena.example.com/leagues/harbor-cup-final/");
  expect({ ...model, url: undefined }).toEqual({
    url: undefined,
    headline: "Northwind sweep the Harbor Cup final 3–0",
    description: "Northwind beat the Tidecallers 3–0 and lift the Harbor Cup.",
    body: [],
    section: "Leagues",
    keywords: ["Northwind", "harbor cup", "finals"],
    language: "en-US",
    datePublished: "2023-11-19T19:18:44+08:00",
    dateModified: "2023-11-19T20:31:10+08:00",
    authors: ["person:tess-vane-okafor"],
    publisher: "org:pixel-arena",
    image: ["image:harbor-cup-final"],
    people: [
      {
        id: "person:tess-vane-okafor",
        name: 'Tess "Vane" Okafor',
        description: "Tess writes about racing games & the people who play them.",
        url: "https://www.pixelarena.example.com/author/tessvane/",
        image: "image:77",
        sameAs: ["https://social.example.com/tessvane"],
      },
    ],
    organizations: [
      {
        id: "org:pixel-arena",
        name: "Pixel Arena",
        url: "https://www.pixelarena.example.com",
        logo: "image:pixelarena-logo",
        sameAs: ["https://social.example.com/pixelarena"],
      },
    ],
    images: [
      {
        id: "image:77",
        url: "https://www.pixelarena.example.com/avatar/77.jpg",
        caption: 'Tess "Vane" Okafor',
      },
      {
        id: "image:harbor-cup-final",
        url: "https://media.pixelarena.example.com/2023/11/harbor-cup-final.jpg",
        caption: "The Harbor Cup trophy on the final stage",
        width: 1600,
        height: 900,
      },
      {
        id: "image:pixelarena-logo",
        url: "https://media.pixelarena.example.com/2021/03/pixelarena-logo.png",
        caption: "Pixel Arena",
        width: 512,
        height: 512,
      },
    ],
  });
});

test("an article under a WebPage's mainEntity, typed [Article, NewsArticle], with the https://schema.org/ context", () => {
  const url = "https://www.hillfolk-weekly.example.net/garden/winter-beans";
  const result = fromJsonLd(fixture("webpage-main-entity.json"), { url });
  expect(issuesOf(result)).toEqual([
    "warning html_stripped /mainEntity/description",
    "warning url_resolved /mainEntity/author/0/url",
    "warning url_resolved /mainEntity/publisher/logo/url",
  ]);
  expect(byId(modelOf(result))).toEqual({
    url,
    headline: "Winter beans: what to sow now",
    description: "Broad beans go in before the frost, says our gardener.",
    body: [],
    language: "de-DE",
    datePublished: "2021-04-20T14:00:00+02:00",
    dateModified: "2021-04-21T09:15:00+02:00",
    authors: ["person:ottilie-brandt"],
    publisher: "org:hillfolk-weekly",
    image: ["image:beans-1x1", "image:beans-16x9"],
    people: [
      {
        id: "person:ottilie-brandt",
        name: "Ottilie Brandt",
        url: "https://www.hillfolk-weekly.example.net/authors/ottilie-brandt",
      },
    ],
    organizations: [{ id: "org:hillfolk-weekly", name: "Hillfolk Weekly", logo: "image:logo" }],
    images: [
      { id: "image:beans-16x9", url: "https://static.hillfolk-weekly.example.net/img/beans-16x9.jpg" },
      { id: "image:beans-1x1", url: "https://static.hillfolk-weekly.example.net/img/beans-1x1.jpg" },
      {
        id: "image:logo",
        url: "https://static.hillfolk-weekly.example.net/logo.png",
        width: 300,
        height: 60,
      },
    ],
  });
});

test("an @type list is read by its article type whatever the order: [WebPage, BlogPosting]", () => {
  const result = fromJsonLd(article({ "@type": ["WebPage", "BlogPosting"] }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).headline).toBe("New ferry timetable for the north shore");
});

test("the JSON text of a document is read as its value, with its repairs reported", () => {
  const text = `\uFEFF{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Ferry \tdelayed", "datePublished": "2024-03-05T09:30:00+01:00",
    "author": "Mira Holm",}`;
  const result = fromJsonLd(text);
  expect(issuesOf(result)).toEqual([
    "warning control_characters_escaped ",
    "warning trailing_commas_removed ",
  ]);
  expect(modelOf(result).headline).toBe("Ferry \tdelayed");
});

// ─── Contexts. ─────────────────────────────────────────────────────────────────────────────────────

test.each([
  ["http://schema.org"],
  ["https://schema.org"],
  ["http://schema.org/"],
  ["https://schema.org/"],
  [{ "@vocab": "https://schema.org/" }],
  [{ "@vocab": "http://schema.org/" }],
  [["https://schema.org", { "@language": "en" }]],
])("the context %j is schema.org: nothing reported", (context) => {
  const result = fromJsonLd(article({ "@context": context }));
  expect(issuesOf(result)).toEqual([]);
  expect(result.article?.headline).toBe("New ferry timetable for the north shore");
});

test("a remote context that is not schema.org is reported and never fetched; the terms are read as schema.org's", () => {
  const fetch = vi.spyOn(globalThis, "fetch");
  const result = fromJsonLd(article({ "@context": "https://contexts.example.com/news/v2.jsonld" }));
  expect(fetch).not.toHaveBeenCalled();
  expect(issuesOf(result)).toEqual(["warning unsupported_context /@context"]);
  expect(result.article?.headline).toBe("New ferry timetable for the north shore");
});

// ─── Authors. ──────────────────────────────────────────────────────────────────────────────────────

test("an author as a string is a person of that name", () => {
  const result = fromJsonLd(article({ author: "Jane Doe" }));
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.authors).toEqual(["person:jane-doe"]);
  expect(model.people).toEqual([{ id: "person:jane-doe", name: "Jane Doe" }]);
});

test("an author as a Person object keeps its fields", () => {
  const result = fromJsonLd(
    article({
      author: {
        "@type": "Person",
        name: "Jane Doe",
        jobTitle: "Harbour reporter",
        sameAs: "https://social.example.com/janedoe",
      },
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).people).toEqual([
    {
      id: "person:jane-doe",
      name: "Jane Doe",
      jobTitle: "Harbour reporter",
      sameAs: ["https://social.example.com/janedoe"],
    },
  ]);
});

test("authors as a list: a person and an organization, in order", () => {
  const result = fromJsonLd(
    article({
      author: [
        { "@type": "Person", name: "Jane Doe" },
        { "@type": "Organization", name: "Ledger Newsroom" },
      ],
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.authors).toEqual(["person:jane-doe", "org:ledger-newsroom"]);
  expect(model.people).toEqual([{ id: "person:jane-doe", name: "Jane Doe" }]);
  expect(model.organizations).toEqual([{ id: "org:ledger-newsroom", name: "Ledger Newsroom" }]);
});

test("an author as an @id reference to a Person node of the @graph", () => {
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      { ...article(), "@context": undefined, author: { "@id": "https://www.example.org/#/schema/person/9" } },
      { "@type": "Person", "@id": "https://www.example.org/#/schema/person/9", name: "Jane Doe" },
    ],
  });
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).authors).toEqual(["person:jane-doe"]);
  expect(modelOf(result).people).toEqual([{ id: "person:jane-doe", name: "Jane Doe" }]);
});

test("an author without @type is a person", () => {
  const result = fromJsonLd(article({ author: { name: "Jane Doe", url: "https://www.example.org/jane" } }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).people).toEqual([
    { id: "person:jane-doe", name: "Jane Doe", url: "https://www.example.org/jane" },
  ]);
});

test("an Organization author is an organization, and may be the publisher too", () => {
  const ledger = { "@type": "NewsMediaOrganization", name: "Northshore Ledger" };
  const result = fromJsonLd(article({ author: ledger, publisher: ledger }));
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.authors).toEqual(["org:northshore-ledger"]);
  expect(model.publisher).toBe("org:northshore-ledger");
  expect(model.organizations).toEqual([
    { id: "org:northshore-ledger", name: "Northshore Ledger", kind: "news-media" },
  ]);
  expect(model.people).toBeUndefined();
});

test('"By Jane Doe" is kept as written and flagged', () => {
  const result = fromJsonLd(article({ author: "By Jane Doe" }));
  expect(issuesOf(result)).toEqual(["warning author_name_prefix /author"]);
  expect(modelOf(result).people).toEqual([{ id: "person:by-jane-doe", name: "By Jane Doe" }]);
});

test("mainEntityOfPage as a text naming the WebPage node gives that node's url, as the reference form does", () => {
  const page = "https://www.northshore-ledger.example.com/2024/03/ferry-timetable/";
  const graph = (mainEntityOfPage: unknown) => ({
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebPage", "@id": `${page}#webpage`, url: page },
      { ...article({ mainEntityOfPage }), "@context": undefined },
    ],
  });
  expect(modelOf(fromJsonLd(graph(`${page}#webpage`))).url).toBe(page);
  expect(modelOf(fromJsonLd(graph({ "@id": `${page}#webpage` }))).url).toBe(page);
  // A text that names no node is the page's address, without a fragment.
  expect(modelOf(fromJsonLd(article({ mainEntityOfPage: `${PAGE}#main` }))).url).toBe(PAGE);
  expect(modelOf(fromJsonLd(article({ mainEntityOfPage: PAGE }))).url).toBe(PAGE);
});

test("keywords in a list inside the list are all read, as JSON-LD reads nested lists", () => {
  const result = fromJsonLd(article({ keywords: [["US", "AWARDS"], "SAG", [["Oscars"]]] }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).keywords).toEqual(["US", "AWARDS", "SAG", "Oscars"]);
});

test("a text in about or mentions is a topic of no kind the model has: dropped and reported, not made a person", () => {
  const result = fromJsonLd(
    article({ about: "Article", mentions: ["Climate change", { "@type": "Person", name: "Ann Lee" }] }),
  );
  expect(issuesOf(result)).toEqual([
    "warning unsupported_type /about",
    "warning unsupported_type /mentions/0",
  ]);
  expect(result.issues[0]?.message).toBe(
    'The text "Article" at /about names a topic, not a person, organization, place, event or image; it was dropped.',
  );
  const model = modelOf(result);
  expect(model.about).toBeUndefined();
  expect(model.mentions).toEqual(["person:ann-lee"]);
  expect(model.people).toEqual([
    { id: "person:mira-holm", name: "Mira Holm" },
    { id: "person:ann-lee", name: "Ann Lee" },
  ]);
});

test('an image given as { "@id": url } that no node describes is read as that URL, once', () => {
  const url = "https://www.northshore-ledger.example.com/img/ferry.jpg";
  const result = fromJsonLd(article({ image: [{ "@id": url }, url] }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).images).toEqual([{ id: "image:ferry", url }]);
  // A node that describes it is read as the node.
  const described = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      { ...article({ image: { "@id": `${PAGE}#primaryimage` } }), "@context": undefined },
      { "@type": "ImageObject", "@id": `${PAGE}#primaryimage`, url, caption: "The ferry" },
    ],
  });
  expect(modelOf(described).images).toEqual([{ id: "image:ferry", url, caption: "The ferry" }]);
});

test("an image node without a URL is left out and reported (missing_name)", () => {
  const result = fromJsonLd(article({ image: { "@type": "ImageObject", caption: "The ferry" } }));
  expect(issuesOf(result)).toEqual(["warning missing_name /image"]);
  expect(result.issues[0]?.message).toBe("The image at /image has no URL; it was left out.");
  expect(modelOf(result).images).toBeUndefined();
});

test("markup written with entities in a body or a description is stripped once decoded, so that a second reading changes nothing", () => {
  const result = fromJsonLd(
    article({
      description: "&lt;p&gt;The &lt;b&gt;new&lt;/b&gt; timetable&lt;/p&gt;",
      articleBody:
        "&lt;p&gt;&lt;b&gt;NORTH SHORE.&lt;/b&gt; The ferry leaves at six.&lt;/p&gt;&lt;p&gt;It returns at ten.&lt;/p&gt;",
    }),
  );
  expect(issuesOf(result)).toEqual([
    "warning html_stripped /description",
    "warning html_entities_decoded /description",
    "warning html_stripped /articleBody",
    "warning html_entities_decoded /articleBody",
  ]);
  const model = modelOf(result);
  expect(model.description).toBe("The new timetable");
  expect(model.body).toEqual(["NORTH SHORE. The ferry leaves at six.", "It returns at ten."]);
  const again = fromJsonLd(toJsonLd(result.article as Article));
  expect(issuesOf(again)).toEqual([]);
  expect(modelOf(again).body).toEqual(model.body);
});

test('"Von Miller", a name with a particle, is kept as written and not flagged', () => {
  const result = fromJsonLd(article({ author: { "@type": "Person", name: "Von Miller" } }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).people).toEqual([{ id: "person:von-miller", name: "Von Miller" }]);
});

test('"Von Anna Weber" is kept as written and flagged', () => {
  const result = fromJsonLd(article({ author: { "@type": "Person", name: "Von Anna Weber" } }));
  expect(issuesOf(result)).toEqual(["warning author_name_prefix /author"]);
  expect(modelOf(result).people).toEqual([{ id: "person:von-anna-weber", name: "Von Anna Weber" }]);
});

test('"Jane Doe and John Roe" is kept as one author as written and flagged', () => {
  const result = fromJsonLd(article({ author: { "@type": "Person", name: "Jane Doe and John Roe" } }));
  expect(issuesOf(result)).toEqual(["warning author_names_joined /author"]);
  const model = modelOf(result);
  expect(model.authors).toEqual(["person:jane-doe-and-john-roe"]);
  expect(model.people).toEqual([{ id: "person:jane-doe-and-john-roe", name: "Jane Doe and John Roe" }]);
});

// ─── Text. ─────────────────────────────────────────────────────────────────────────────────────────

test("HTML entities in text are decoded, double-encoded ones too, each field reported", () => {
  const result = fromJsonLd(
    article({
      headline: "K&auml;se &#038; Brot: the market returns",
      alternativeHeadline: "Fish &amp;amp; chips on the pier",
      author: { "@type": "Person", name: "Ren&eacute;e Fox" },
    }),
  );
  expect(issuesOf(result)).toEqual([
    "warning html_entities_decoded /headline",
    "warning html_entities_decoded /alternativeHeadline",
    "warning html_entities_decoded /author/name",
  ]);
  const model = modelOf(result);
  expect(model.headline).toBe("Käse & Brot: the market returns");
  expect(model.alternativeHeadline).toBe("Fish & chips on the pier");
  expect(model.people).toEqual([{ id: "person:renee-fox", name: "Renée Fox" }]);
});

test("HTML markup in a description is stripped and reported; the text between the tags stays", () => {
  const result = fromJsonLd(
    article({
      description: "<p>The ferry adds <strong>two boats</strong> and an <em>evening</em> crossing.</p>",
    }),
  );
  expect(issuesOf(result)).toEqual(["warning html_stripped /description"]);
  expect(modelOf(result).description).toBe("The ferry adds two boats and an evening crossing.");
});

test("markup with entities in a description is read as HTML: stripped and decoded, one warning", () => {
  const result = fromJsonLd(article({ description: "<p>Boats &amp; buses</p>" }));
  expect(issuesOf(result)).toEqual(["warning html_stripped /description"]);
  expect(modelOf(result).description).toBe("Boats & buses");
});

test.each([
  ["line one<br>line two<br/>line three", ["line one", "line two", "line three"]],
  ["<div>Alpha</div><div>Beta</div><h2>Gamma</h2>Delta", ["Alpha", "Beta", "Gamma", "Delta"]],
  ["<p>First &amp; more.</p><p>Second.</p><script>alert(1)</script>", ["First & more.", "Second."]],
  ["<style>.x{color:red}</style>Text", ["Text"]],
  [
    "<p>\n  Some text\n  over lines\n</p>\n<p>Next <b>bold</b> and <a href='x'>a link</a>.</p>",
    ["Some text over lines", "Next bold and a link."],
  ],
])("an articleBody in HTML, %j, is read as a browser shows it: %j", (articleBody, body) => {
  const result = fromJsonLd(article({ articleBody }));
  expect(issuesOf(result)).toEqual(["warning html_stripped /articleBody"]);
  expect(modelOf(result).body).toEqual(body);
});

test.each([
  ["<b>Fish</b> \t\n  and \u00a0\r\n chips\n\n\n\n  on the pier  ", "Fish\nand\nchips\n\non the pier"],
  ["\n \n<i>a</i>\u2028 \n b \n \n", "a\nb"],
  ["<p>Fish</p>\n  <pre> a \n  b </pre>  \n<p>chips \u2028 x</p>", "Fish\n\na\nb\n\nchips x"],
])("a description in HTML, %j, loses the white space around its line breaks: %j", (description, text) => {
  const result = fromJsonLd(article({ description }));
  expect(issuesOf(result)).toEqual(["warning html_stripped /description"]);
  expect(modelOf(result).description).toBe(text);
});

test("a description in HTML with a run of 600,000 spaces is read in linear time", () => {
  const result = fromJsonLd(article({ description: `a${" ".repeat(600_000)}<b>x</b>` }));
  expect(issuesOf(result)).toEqual(["warning html_stripped /description", "warning too_long "]);
  expect(payloadOf(result).description).toBe(`a${" ".repeat(600_000)}x`);
  expect(modelOf(result).description).toBeUndefined();
});

test("a field the model holds once keeps the first of a list, and says so; a node of no kind the field takes is dropped, and said", () => {
  const result = fromJsonLd(
    article({
      author: { "@type": "Person", name: "Ann Lee", url: ["https://a.example/ann", "https://b.example/ann"] },
      articleSection: ["Local", "Politics"],
      image: { "@type": "ImageObject", url: ["https://a.example/1.jpg", "https://a.example/2.jpg"] },
      about: { "@type": "Thing", name: "Elections" },
    }),
  );
  expect(result.issues.map((issue) => `${issue.code}: ${issue.message}`)).toEqual([
    "extra_values: /articleSection holds 2 values; only the first was kept.",
    "extra_values: /author/url holds 2 values; only the first was kept.",
    "extra_values: /image/url holds 2 values; only the first was kept.",
    "unsupported_type: The Thing at /about is not a kind this field holds (person, organization, location, event, image); it was dropped.",
  ]);
  const model = modelOf(result);
  expect(model.section).toBe("Local");
  expect(model.people).toEqual([{ id: "person:ann-lee", name: "Ann Lee", url: "https://a.example/ann" }]);
  expect(model.images).toEqual([{ id: "image:1", url: "https://a.example/1.jpg" }]);
});

test.each([
  ["First <b>bold</b>.\n\nSecond.", ["First bold.", "Second."]],
  ["<p>Hello<o:p></o:p></p>", ["Hello"]],
  [
    "<html><body><p>A</p><amp-img src=x></amp-img><p>B <strike>old</strike> new</p></body></html>",
    ["A", "B old new"],
  ],
  ["<P>Upper</P><P>Case</P>", ["Upper", "Case"]],
  // Names with ":" or "-" alone, with no other tag beside them.
  ["Hello<o:p></o:p> world", ["Hello world"]],
  ["<amp-img src=x></amp-img>Caption", ["Caption"]],
  ["<p>&lt;p&gt; is a tag</p>", ["<p> is a tag"]],
])("an articleBody %j keeps its paragraphs and loses all its markup: %j", (articleBody, body) => {
  const result = fromJsonLd(article({ articleBody }));
  expect(issuesOf(result)).toEqual(["warning html_stripped /articleBody"]);
  expect(modelOf(result).body).toEqual(body);
});

test("what only looks like a tag is text: AT&T <NYSE:T>", () => {
  const result = fromJsonLd(article({ description: "AT&T <NYSE:T> shares rose" }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).description).toBe("AT&T <NYSE:T> shares rose");
});

test("text without entities or markup is left alone: a & b, 3 < 4", () => {
  const result = fromJsonLd(article({ headline: "Ferries & buses: 3 < 4 crossings" }));
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).headline).toBe("Ferries & buses: 3 < 4 crossings");
});

// ─── Images. ───────────────────────────────────────────────────────────────────────────────────────

test("an image as a string is an image with that URL", () => {
  const result = fromJsonLd(article({ image: "https://img.example.org/ferry/boat.jpg" }));
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.image).toEqual(["image:boat"]);
  expect(model.images).toEqual([{ id: "image:boat", url: "https://img.example.org/ferry/boat.jpg" }]);
});

test("an image as an ImageObject, its width a string and its height a QuantitativeValue", () => {
  const result = fromJsonLd(
    article({
      image: {
        "@type": "ImageObject",
        url: "https://img.example.org/ferry/boat.jpg",
        width: "1200",
        height: { "@type": "QuantitativeValue", value: 675, unitCode: "E37" },
        caption: "The new boat",
      },
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).images).toEqual([
    {
      id: "image:boat",
      url: "https://img.example.org/ferry/boat.jpg",
      caption: "The new boat",
      width: 1200,
      height: 675,
    },
  ]);
});

test("images as a list of strings and objects, in order", () => {
  const result = fromJsonLd(
    article({
      image: [
        "https://img.example.org/ferry/boat-1x1.jpg",
        { "@type": "ImageObject", contentUrl: "https://img.example.org/ferry/boat-4x3.jpg", width: 800 },
        "https://img.example.org/ferry/boat-16x9.jpg",
      ],
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.image).toEqual(["image:boat-1x1", "image:boat-4x3", "image:boat-16x9"]);
  expect(model.images).toEqual([
    { id: "image:boat-1x1", url: "https://img.example.org/ferry/boat-1x1.jpg" },
    { id: "image:boat-4x3", url: "https://img.example.org/ferry/boat-4x3.jpg", width: 800 },
    { id: "image:boat-16x9", url: "https://img.example.org/ferry/boat-16x9.jpg" },
  ]);
});

test("an image as an @id reference to an ImageObject node", () => {
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      { ...article(), "@context": undefined, image: { "@id": `${PAGE}#primaryimage` } },
      {
        "@type": "ImageObject",
        "@id": `${PAGE}#primaryimage`,
        url: "https://img.example.org/ferry/boat.jpg",
        width: 1600,
        height: 900,
      },
    ],
  });
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).images).toEqual([
    { id: "image:boat", url: "https://img.example.org/ferry/boat.jpg", width: 1600, height: 900 },
  ]);
});

// ─── URLs. ─────────────────────────────────────────────────────────────────────────────────────────

test("relative and protocol-relative URLs are resolved against options.url, each reported", () => {
  const result = fromJsonLd(
    article({
      url: "/2024/03/ferry-timetable.html",
      image: ["/img/boat.jpg", "//cdn.example.com/x.jpg"],
      author: { "@type": "Person", name: "Mira Holm", url: "../../authors/mira" },
    }),
    { url: PAGE },
  );
  expect(issuesOf(result)).toEqual([
    "warning url_resolved /url",
    "warning url_resolved /author/url",
    "warning url_resolved /image/0/url",
    "warning url_resolved /image/1/url",
  ]);
  const model = modelOf(result);
  expect(model.url).toBe("https://www.northshore-ledger.example.com/2024/03/ferry-timetable.html");
  expect(model.people).toEqual([
    {
      id: "person:mira-holm",
      name: "Mira Holm",
      url: "https://www.northshore-ledger.example.com/authors/mira",
    },
  ]);
  expect(model.images).toEqual([
    { id: "image:boat", url: "https://www.northshore-ledger.example.com/img/boat.jpg" },
    { id: "image:x", url: "https://cdn.example.com/x.jpg" },
  ]);
});

test("broken URLs are dropped and reported; a relative URL with nothing to resolve it against too", () => {
  const result = fromJsonLd(
    article({
      url: "/a/b.html",
      image: ["http://exa mple.com/boat.jpg", "javascript:alert(1)", "https://img.example.org/ok.jpg"],
      author: { "@type": "Person", name: "Mira Holm", url: "https://user:secret@example.org/mira" },
    }),
  );
  expect(issuesOf(result)).toEqual([
    "warning invalid_url /url",
    "warning invalid_url /author/url",
    "warning invalid_url /image/0/url",
    "warning invalid_url /image/1/url",
  ]);
  const model = modelOf(result);
  expect(model.url).toBeUndefined();
  expect(model.people).toEqual([{ id: "person:mira-holm", name: "Mira Holm" }]);
  expect(model.images).toEqual([{ id: "image:ok", url: "https://img.example.org/ok.jpg" }]);
});

test("a URL's query is not HTML: &region=, &copy= and &not= stay as written", () => {
  const url = "https://www.example.org/search?q=ferry&region=north&copy=1&not=2";
  const image = "https://img.example.org/boat.jpg?w=1200&para=3";
  const result = fromJsonLd(article({ url, image }));
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect(model.url).toBe(url);
  expect(model.images).toEqual([{ id: "image:boat", url: image }]);
});

// ─── Types. ────────────────────────────────────────────────────────────────────────────────────────

test("wrongly cased types are understood and reported: newsarticle, imageObject, person", () => {
  const result = fromJsonLd(
    article({
      "@type": "newsarticle",
      author: { "@type": "person", name: "Mira Holm" },
      image: { "@type": "imageObject", url: "https://img.example.org/boat.jpg" },
    }),
  );
  expect(issuesOf(result)).toEqual([
    "warning type_case /@type",
    "warning type_case /author/@type",
    "warning type_case /image/@type",
  ]);
  const model = modelOf(result);
  expect(model.people).toEqual([{ id: "person:mira-holm", name: "Mira Holm" }]);
  expect(model.images).toEqual([{ id: "image:boat", url: "https://img.example.org/boat.jpg" }]);
});

test("the article types are found: Article, BlogPosting, LiveBlogPosting, Report, OpinionNewsArticle", () => {
  for (const type of ["Article", "BlogPosting", "LiveBlogPosting", "Report", "OpinionNewsArticle"]) {
    const result = fromJsonLd(article({ "@type": type }));
    expect(issuesOf(result), type).toEqual([]);
    expect(result.articles, type).toHaveLength(1);
  }
});

test("a document without an article node says so", () => {
  const result = fromJsonLd({ "@context": "https://schema.org", "@type": "WebSite", name: "Ledger" });
  expect(issuesOf(result)).toEqual(["error no_article "]);
  expect(result).toEqual({ articles: [], payloads: [], issues: result.issues });
});

// ─── Dates. ────────────────────────────────────────────────────────────────────────────────────────

test.each([
  ["2021-04-20T14:00:00+02:00", "2021-04-20T14:00:00+02:00", Date.UTC(2021, 3, 20, 12), 120],
  ["2021-04-20T14:00:00+0200", "2021-04-20T14:00:00+02:00", Date.UTC(2021, 3, 20, 12), 120],
  ["2021-04-20T14:00:00+02", "2021-04-20T14:00:00+02:00", Date.UTC(2021, 3, 20, 12), 120],
  ["2022-05-04T08:27:49-0400", "2022-05-04T08:27:49-04:00", Date.UTC(2022, 4, 4, 12, 27, 49), -240],
  ["2021-05-05 08:07:52+0200", "2021-05-05T08:07:52+02:00", Date.UTC(2021, 4, 5, 6, 7, 52), 120],
  ["2019-06-19T14:29:08+0000", "2019-06-19T14:29:08Z", Date.UTC(2019, 5, 19, 14, 29, 8), 0],
  ["2023-11-06T13:00:15.055Z", "2023-11-06T13:00:15.055Z", Date.UTC(2023, 10, 6, 13, 0, 15, 55), 0],
  ["2023-11-07T02:00:00.000-05:00", "2023-11-07T02:00:00-05:00", Date.UTC(2023, 10, 7, 7), -300],
  ["2020-01-20T10:00:08+08:00", "2020-01-20T10:00:08+08:00", Date.UTC(2020, 0, 20, 2, 0, 8), 480],
  ["2021-04-20T14:00:00+05:45", "2021-04-20T14:00:00+05:45", Date.UTC(2021, 3, 20, 8, 15), 345],
  ["2022-05-04T03:00:00 UTC", "2022-05-04T03:00:00Z", Date.UTC(2022, 4, 4, 3), 0],
  ["Wed, 02 Feb 2022 09:12:22 +0100", "2022-02-02T09:12:22+01:00", Date.UTC(2022, 1, 2, 8, 12, 22), 60],
  ["Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00", Date.UTC(2020, 0, 28, 14, 28, 56), 60],
])("datePublished %s is the exact instant, its offset kept: %s", (written, normal, millis, offset) => {
  const result = fromJsonLd(article({ datePublished: written }));
  expect(issuesOf(result)).toEqual([]);
  const published = (result.article as Article).datePublished;
  expect(published.toMillis()).toBe(millis);
  expect(published.offset).toBe(offset);
  expect(modelOf(result).datePublished).toBe(normal);
});

test.each([
  ["2021-04-20T12:00:00ZZ", "2021-04-20T12:00:00Z", Date.UTC(2021, 3, 20, 12), 0],
  ["2018-11-28CET11:59:00+0100", "2018-11-28T11:59:00+01:00", Date.UTC(2018, 10, 28, 10, 59), 60],
])("datePublished %s is repaired (reported) into the exact instant %s", (written, normal, millis, offset) => {
  const result = fromJsonLd(article({ datePublished: written }));
  expect(issuesOf(result)).toEqual(["warning date_repaired /datePublished"]);
  const published = (result.article as Article).datePublished;
  expect(published.toMillis()).toBe(millis);
  expect(published.offset).toBe(offset);
  expect(modelOf(result).datePublished).toBe(normal);
});

test('"11.11.2021" is the date 2021-11-11 in the payload; without a time the article is not a model', () => {
  const result = fromJsonLd(article({ datePublished: "11.11.2021" }));
  expect(result.article).toBeUndefined();
  expect(result.articles).toEqual([]);
  expect(payloadOf(result).datePublished).toBe("2021-11-11");
  expect(issuesOf(result)).toEqual(["warning date_repaired /datePublished", "error missing_time "]);
});

test('a date with no time ("2023-10-26") is kept as a date; missing_time is reported', () => {
  const result = fromJsonLd(article({ datePublished: "2023-10-26" }));
  expect(result.article).toBeUndefined();
  expect(payloadOf(result).datePublished).toBe("2023-10-26");
  expect(issuesOf(result)).toEqual(["error missing_time "]);
});

test('"2022-5-5 22:17:36" with options.zone Europe/Berlin is the exact instant 20:17:36 UTC', () => {
  const result = fromJsonLd(article({ datePublished: "2022-5-5 22:17:36" }), { zone: "Europe/Berlin" });
  expect(issuesOf(result)).toEqual(["warning date_repaired /datePublished"]);
  const published = (result.article as Article).datePublished;
  expect(published.toMillis()).toBe(Date.UTC(2022, 4, 5, 20, 17, 36));
  expect(published.offset).toBe(120);
  expect(modelOf(result).datePublished).toBe("2022-05-05T22:17:36+02:00");
});

test('"2022-5-5 22:17:36" without a zone is a floating time: reported, no model, never the machine\'s zone', () => {
  const result = fromJsonLd(article({ datePublished: "2022-5-5 22:17:36" }));
  expect(result.article).toBeUndefined();
  expect(issuesOf(result)).toEqual(["warning floating_time /datePublished", "error missing_zone "]);
  // What was read is kept to be fixed: given the zone later, the payload validates to the instant.
  const later = validateArticle(payloadOf(result), { zone: "Europe/Berlin" });
  expect(later.ok && later.value.datePublished.toMillis()).toBe(Date.UTC(2022, 4, 5, 20, 17, 36));
});

test("a time without an offset is read in options.zone: 2019-10-19 18:56:59 in Europe/Zurich", () => {
  const result = fromJsonLd(article({ datePublished: "2019-10-19 18:56:59" }), { zone: "Europe/Zurich" });
  expect(issuesOf(result)).toEqual([]);
  expect(result.article?.datePublished.toMillis()).toBe(Date.UTC(2019, 9, 19, 16, 56, 59));
  expect(modelOf(result).datePublished).toBe("2019-10-19T18:56:59+02:00");
});

test("dateModified before datePublished: a warning, dateModified dropped, the article still a model", () => {
  const result = fromJsonLd(
    article({ datePublished: "2023-11-06T15:01:00+00:00", dateModified: "2023-11-06T08:41:47+00:00" }),
  );
  expect(issuesOf(result)).toEqual(["warning modified_before_published /dateModified"]);
  const model = modelOf(result);
  expect(model.datePublished).toBe("2023-11-06T15:01:00Z");
  expect(model.dateModified).toBeUndefined();
});

test("dateModified equal to datePublished at another offset is kept", () => {
  const result = fromJsonLd(
    article({ datePublished: "2024-03-05T09:30:00+01:00", dateModified: "2024-03-05T08:30:00Z" }),
  );
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).dateModified).toBe("2024-03-05T08:30:00Z");
});

// ─── The result. ───────────────────────────────────────────────────────────────────────────────────

test("the result: article is the first valid model, articles every model, payloads every article node", () => {
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "NewsArticle", headline: "No author here", datePublished: "2024-03-05T09:30:00+01:00" },
      {
        "@type": "NewsArticle",
        headline: "First model",
        datePublished: "2024-03-05T09:30:00+01:00",
        author: "A B",
      },
      {
        "@type": "BlogPosting",
        headline: "Second model",
        datePublished: "2024-03-06T09:30:00+01:00",
        author: "C D",
      },
    ],
  });
  expect(issuesOf(result)).toEqual(["error required /@graph/0"]);
  expect(result.payloads.map((payload) => payload.headline)).toEqual([
    "No author here",
    "First model",
    "Second model",
  ]);
  expect(result.articles.map((item) => item.headline)).toEqual(["First model", "Second model"]);
  expect(result.article).toBe(result.articles[0]);
});

test("the payloads are the article nodes as read: what is dropped to make a model is dropped from a copy", () => {
  const geo = { "@type": "GeoCoordinates", latitude: 91, longitude: 10 };
  const document = article({ contentLocation: { "@type": "Place", name: "North shore", geo } });
  const result = fromJsonLd(document);
  expect(issuesOf(result)).toEqual(["warning too_big ", "warning required "]);
  expect((modelOf(result).locations as Json[])[0]).toEqual({ id: "place:north-shore", name: "North shore" });
  expect((payloadOf(result).locations as Json[])[0]).toEqual({
    id: "place:north-shore",
    name: "North shore",
    geo: { latitude: 91, longitude: 10 },
  });
  // Nothing of the document itself was changed, or handed back.
  expect(geo).toEqual({ "@type": "GeoCoordinates", latitude: 91, longitude: 10 });
  expect((payloadOf(result).locations as Json[])[0]?.geo).not.toBe(geo);
});

test("a place whose coordinates lack what they need loses its geo, not the article its model", () => {
  const bad = (geo: Json) =>
    fromJsonLd(article({ contentLocation: { "@type": "Place", name: "North shore", geo } }));
  // A latitude out of range is dropped, and then the coordinates without a latitude.
  const outOfRange = bad({ "@type": "GeoCoordinates", latitude: 91, longitude: 10 });
  expect(outOfRange.issues.map((issue) => issue.message)).toEqual([
    "Expected locations[0].geo.latitude to be at most 90, but found the number 91. (/locations/0/geo/latitude was dropped from the article at /.)",
    "Expected locations[0].geo.latitude, but found nothing. (/locations/0/geo was dropped from the article at /.)",
  ]);
  expect(modelOf(outOfRange).locations).toEqual([{ id: "place:north-shore", name: "North shore" }]);
  // Both out of range: both dropped in one round, then the coordinates.
  const both = bad({ "@type": "GeoCoordinates", latitude: -91, longitude: 181 });
  expect(issuesOf(both)).toEqual([
    "warning too_big ",
    "warning too_small ",
    "warning required ",
    "warning required ",
  ]);
  expect(modelOf(both).locations).toEqual([{ id: "place:north-shore", name: "North shore" }]);
});

test("coordinates that are not numbers are left out, each value said; one alone is said too", () => {
  const place = (geo: unknown) =>
    fromJsonLd(article({ contentLocation: { "@type": "Place", name: "North shore", geo } }));
  const words = place({ "@type": "GeoCoordinates", latitude: "north", longitude: { "@value": "10.5" } });
  expect(
    words.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}: ${issue.message}`),
  ).toEqual([
    'warning unreadable_value /contentLocation/geo/latitude: The value at /contentLocation/geo/latitude is not a number (found "north"); it was left out.',
    "warning unreadable_value /contentLocation/geo: The coordinates at /contentLocation/geo have no latitude; they were left out.",
  ]);
  expect(modelOf(words).locations).toEqual([{ id: "place:north-shore", name: "North shore" }]);
  // A JSON-LD value object and a numeric string are numbers.
  const literal = place({ latitude: { "@value": 40.1 }, longitude: " 46.75 " });
  expect(issuesOf(literal)).toEqual([]);
  expect(modelOf(literal).locations).toEqual([
    { id: "place:north-shore", name: "North shore", geo: { latitude: 40.1, longitude: 46.75 } },
  ]);
  expect(place("40.1,46.75").issues.map((issue) => issue.message)).toEqual([
    'The value at /contentLocation/geo is not a GeoCoordinates node (found "40.1,46.75"); it was left out.',
  ]);
  expect(issuesOf(place(null))).toEqual([]);
});

test("image sizes: an Intangible's name is read as pixels; a size that is no whole number is left out and said", () => {
  const result = fromJsonLd(
    article({
      image: {
        "@type": "ImageObject",
        url: "https://img.example.org/ferry/boat.jpg",
        width: { "@type": "Intangible", name: "1160" },
        height: "tall",
      },
      publisher: {
        "@type": "Organization",
        name: "Ledger",
        logo: {
          "@type": "ImageObject",
          url: "https://img.example.org/logo.png",
          width: { "@type": "Intangible", name: 145 },
          height: 12.5,
        },
      },
    }),
  );
  expect(result.issues.map((issue) => `${issue.pointer}: ${issue.message}`)).toEqual([
    "/publisher/logo/height: The value at /publisher/logo/height is not a whole number of pixels (found the number 12.5); it was left out.",
    '/image/height: The value at /image/height is not a whole number of pixels (found "tall"); it was left out.',
  ]);
  expect(byId(modelOf(result)).images).toEqual([
    { id: "image:boat", url: "https://img.example.org/ferry/boat.jpg", width: 1160 },
    { id: "image:logo", url: "https://img.example.org/logo.png", width: 145 },
  ]);
});

test("an event's status and attendance mode: URLs in any case or scheme, or the member's name; anything else said", () => {
  const event = (fields: Json) =>
    fromJsonLd(
      article({
        about: {
          "@type": "Event",
          name: "Harbour festival",
          startDate: "2024-03-09T10:00:00+01:00",
          ...fields,
        },
      }),
    );
  const read = event({
    eventStatus: "http://SCHEMA.org/EventPostponed",
    eventAttendanceMode: "OnlineEventAttendanceMode",
  });
  expect(issuesOf(read)).toEqual([]);
  expect(modelOf(read).events).toEqual([
    {
      id: "event:harbour-festival",
      name: "Harbour festival",
      startDate: "2024-03-09T10:00:00+01:00",
      status: "postponed",
      attendanceMode: "online",
    },
  ]);
  const compact = event({
    eventStatus: "schema:EventCancelled",
    eventAttendanceMode: "schema.org/MixedEventAttendanceMode",
  });
  expect(issuesOf(compact)).toEqual([]);
  expect((modelOf(compact).events as Json[])[0]).toMatchObject({
    status: "cancelled",
    attendanceMode: "mixed",
  });
  const unknown = event({ eventStatus: "https://schema.org/EventMaybe", eventAttendanceMode: 3 });
  expect(unknown.issues.map((issue) => issue.message)).toEqual([
    'The value at /about/eventStatus is not a schema.org EventStatusType (found "https://schema.org/EventMaybe"); it was left out.',
    "The value at /about/eventAttendanceMode is not a schema.org EventAttendanceModeEnumeration (found the number 3); it was left out.",
  ]);
});

test("text given as a JSON-LD value object is its @value; text that is not text is left out and said", () => {
  const result = fromJsonLd(
    article({
      headline: { "@value": "Ferry timetable", "@language": "en" },
      alternativeHeadline: 2024,
      description: { "@type": "MediaObject", url: "https://img.example.org/a.vtt" },
      dateline: ["Oslo", "Bergen"],
    }),
  );
  expect(result.issues.map((issue) => `${issue.pointer}: ${issue.message}`)).toEqual([
    "/alternativeHeadline: The value at /alternativeHeadline is not text (found the number 2024); it was left out.",
    '/description: The value at /description is not text (found a node of type "MediaObject"); it was left out.',
    "/dateline: /dateline holds 2 values; only the first was kept.",
  ]);
  const model = modelOf(result);
  expect([model.headline, model.alternativeHeadline, model.description, model.dateline]).toEqual([
    "Ferry timetable",
    undefined,
    undefined,
    "Oslo",
  ]);
});

test("JSON-LD value objects are their values: a date, a language, a section, a boolean, a job title", () => {
  const result = fromJsonLd(
    article({
      datePublished: { "@value": "2024-03-05T09:30:00+01:00", "@type": "DateTime" },
      inLanguage: { "@value": "nb" },
      articleSection: { "@value": "Ferries" },
      isAccessibleForFree: { "@value": false },
      author: {
        "@type": "Person",
        name: { "@value": "Mira Holm", "@language": "nb" },
        jobTitle: { "@value": "Reporter" },
        sameAs: [{ "@id": "https://social.example.org/mira" }],
      },
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  const model = modelOf(result);
  expect([model.datePublished, model.language, model.section, model.isAccessibleForFree]).toEqual([
    "2024-03-05T09:30:00+01:00",
    "nb",
    "Ferries",
    false,
  ]);
  expect(model.people).toEqual([
    {
      id: "person:mira-holm",
      name: "Mira Holm",
      jobTitle: "Reporter",
      sameAs: ["https://social.example.org/mira"],
    },
  ]);
});

test("a URL, a date or a language that is not text is left out and said; an empty text is nothing", () => {
  const result = fromJsonLd(
    article({
      url: 42,
      dateModified: 1700000000,
      inLanguage: 5,
      image: { "@type": "ImageObject", url: "https://img.example.org/a.jpg", width: "", height: " " },
    }),
  );
  expect(result.issues.map((issue) => `${issue.code} ${issue.pointer}: ${issue.message}`)).toEqual([
    "unreadable_value /url: The value at /url is not a URL (found the number 42); it was left out.",
    "unreadable_value /inLanguage: The value at /inLanguage is not a language tag (found the number 5); it was left out.",
    "unreadable_value /dateModified: The value at /dateModified is not a date as text (found the number 1700000000); it was left out.",
  ]);
  const model = modelOf(result);
  expect([model.url, model.dateModified, model.language]).toEqual([undefined, undefined, undefined]);
});

test("a place's coordinates and address given as lists: the first is read", () => {
  const result = fromJsonLd(
    article({
      contentLocation: {
        "@type": "Place",
        name: "North shore",
        geo: [{ "@type": "GeoCoordinates", latitude: 59.9, longitude: 10.7 }],
        address: [
          { "@type": "PostalAddress", addressLocality: "Oslo", addressCountry: "NO" },
          { "@type": "PostalAddress", addressLocality: "Bergen" },
        ],
      },
    }),
  );
  expect(issuesOf(result)).toEqual(["warning extra_values /contentLocation/address"]);
  expect(modelOf(result).locations).toEqual([
    {
      id: "place:north-shore",
      name: "North shore",
      address: { locality: "Oslo", country: "NO" },
      geo: { latitude: 59.9, longitude: 10.7 },
    },
  ]);
});

test("isAccessibleForFree: booleans, their texts and schema.org's True and False; anything else said", () => {
  const free = (value: unknown) => fromJsonLd(article({ isAccessibleForFree: value }));
  const answers = [true, "False", "http://schema.org/True", { "@id": "https://schema.org/False" }].map(
    (value) => modelOf(free(value)).isAccessibleForFree,
  );
  expect(answers).toEqual([true, false, true, false]);
  const yes = free("yes");
  expect(yes.issues.map((issue) => issue.message)).toEqual([
    'The value at /isAccessibleForFree is not true or false (found "yes"); it was left out.',
  ]);
  expect(modelOf(yes).isAccessibleForFree).toBeUndefined();
});

test("an address country that is not a two-letter code is left out and said; a Country node's code is read", () => {
  const place = (addressCountry: unknown) =>
    fromJsonLd(
      article({
        contentLocation: {
          "@type": "Place",
          name: "Baku",
          address: { "@type": "PostalAddress", addressCountry },
        },
      }),
    );
  expect((modelOf(place({ "@type": "Country", name: "az" })).locations as Json[])[0]?.address).toEqual({
    country: "AZ",
  });
  const named = place("Azerbaijan");
  expect(named.issues.map((issue) => issue.message)).toEqual([
    'The value at /contentLocation/address/addressCountry is not a two-letter country code (found "Azerbaijan"); it was left out.',
  ]);
  expect(modelOf(named).locations).toEqual([{ id: "place:baku", name: "Baku" }]);
});

test("dropping a whole entity does not move another entity under a drop meant for the first", () => {
  const result = fromJsonLd(
    article({
      contentLocation: [
        {
          "@type": "Place",
          name: "N".repeat(400),
          geo: { "@type": "GeoCoordinates", latitude: 91, longitude: 10 },
        },
        { "@type": "Place", name: "Good", geo: { "@type": "GeoCoordinates", latitude: 40, longitude: 49 } },
      ],
    }),
  );
  expect(issuesOf(result)).toEqual(["warning too_long ", "warning too_big "]);
  expect(result.issues.map((issue) => issue.message.split(" (").at(-1))).toEqual([
    "/locations/0 was dropped from the article at /.)",
    "/locations/0/geo/latitude was dropped from the article at /.)",
  ]);
  expect(modelOf(result).locations).toEqual([
    { id: "place:good", name: "Good", geo: { latitude: 40, longitude: 49 } },
  ]);
});

test("a person whose name is refused is dropped whole, and the warning says so", () => {
  const result = fromJsonLd(
    article({
      author: [
        { "@type": "Person", name: "Ann Lee" },
        { "@type": "Person", name: "B".repeat(400) },
      ],
    }),
  );
  expect(result.issues.map((issue) => issue.message)).toEqual([
    "Expected people[1].name to have at most 300 characters, but found 400. (/people/1 was dropped from the article at /.)",
  ]);
  expect(modelOf(result).people).toEqual([{ id: "person:ann-lee", name: "Ann Lee" }]);
});

test("the result has no article key when no article node is a model", () => {
  const result = fromJsonLd(article({ author: undefined }));
  expect("article" in result).toBe(false);
  expect(result.articles).toEqual([]);
  expect(result.payloads).toEqual([
    { headline: "New ferry timetable for the north shore", datePublished: "2024-03-05T09:30:00+01:00" },
  ]);
  expect(issuesOf(result)).toEqual(["error required "]);
});

// ─── Entities. ─────────────────────────────────────────────────────────────────────────────────────

test("people, organizations, places, events and quotations of the document come back linked as they were", () => {
  const result = fromJsonLd(fixture("entities-graph.json"));
  expect(issuesOf(result)).toEqual([]);
  expect(byId(modelOf(result))).toEqual({
    url: "https://www.valley-courier.example.org/2024/05/bridge-opening",
    headline: "Minister opens the Kessel Bridge",
    body: [
      "The bridge opened at ten.",
      "“It joins two valleys that waited eighty years,” the minister said.",
    ],
    datePublished: "2024-05-14T10:00:00+02:00",
    authors: ["person:lotte-achterberg"],
    publisher: "org:valley-courier",
    about: ["event:opening-of-the-kessel-bridge"],
    mentions: ["person:aurel-fenwick", "org:ministry-of-transport-of-examplia"],
    contentLocation: ["place:kesselburg"],
    locationCreated: "place:kesselburg",
    people: [
      {
        id: "person:aurel-fenwick",
        name: "Aurel Fenwick",
        givenName: "Aurel",
        familyName: "Fenwick",
        jobTitle: "Minister of Transport",
        affiliation: "org:ministry-of-transport-of-examplia",
      },
      {
        id: "person:lotte-achterberg",
        name: "Lotte Achterberg",
        affiliation: "org:valley-courier",
        url: "https://www.valley-courier.example.org/authors/lotte-achterberg",
      },
    ],
    organizations: [
      { id: "org:government-of-examplia", name: "Government of Examplia", kind: "government" },
      {
        id: "org:ministry-of-transport-of-examplia",
        name: "Ministry of Transport of Examplia",
        kind: "government",
        parentOrganization: "org:government-of-examplia",
      },
      {
        id: "org:valley-courier",
        name: "Valley Courier",
        kind: "news-media",
        url: "https://www.valley-courier.example.org/",
      },
    ],
    locations: [
      { id: "place:examplia", name: "Examplia", kind: "country" },
      {
        id: "place:kesselburg",
        name: "Kesselburg",
        kind: "city",
        geo: { latitude: 47.25, longitude: 11.5 },
        containedIn: "place:examplia",
      },
    ],
    events: [
      { id: "event:kessel-valley-week", name: "Kessel Valley Week" },
      {
        id: "event:opening-of-the-kessel-bridge",
        name: "Opening of the Kessel Bridge",
        startDate: "2024-05-14T10:00:00+02:00",
        endDate: "2024-05-14T11:30:00+02:00",
        location: "place:kesselburg",
        organizer: "org:ministry-of-transport-of-examplia",
        participants: ["person:aurel-fenwick"],
        partOf: "event:kessel-valley-week",
        status: "scheduled",
      },
    ],
    quotes: [
      {
        id: "quote:1",
        text: "It joins two valleys that waited eighty years",
        speaker: "person:aurel-fenwick",
        kind: "direct",
        event: "event:opening-of-the-kessel-bridge",
      },
      {
        id: "quote:2",
        text: "The minister said the bridge came in under budget.",
        speaker: "person:aurel-fenwick",
        kind: "paraphrase",
      },
    ],
  });
});

test("two people with the same name are two entities, with ids made distinct", () => {
  const result = fromJsonLd(
    article({
      author: [
        { "@type": "Person", "@id": "https://a.example.org/p/1", name: "Jane Doe" },
        { "@type": "Person", "@id": "https://a.example.org/p/2", name: "Jane Doe" },
      ],
    }),
  );
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).authors).toEqual(["person:jane-doe", "person:jane-doe-2"]);
});

test("an entity without a name is left out and reported", () => {
  const result = fromJsonLd(
    article({ author: [{ "@type": "Person", name: "Mira Holm" }, { "@type": "Person" }] }),
  );
  expect(issuesOf(result)).toEqual(["warning missing_name /author/1"]);
  expect(modelOf(result).authors).toEqual(["person:mira-holm"]);
});

// ─── Never a throw. ────────────────────────────────────────────────────────────────────────────────

/** Arrays inside arrays, `depth` deep, around `inner`. */
function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

test.each([
  ["null", null, ["error no_article "]],
  ["undefined", undefined, ["error no_article "]],
  ["a number", 42, ["error no_article "]],
  ["true", true, ["error no_article "]],
  ["an empty list", [], ["error no_article "]],
  ["an empty object", {}, ["error no_article "]],
  ['the text "not json"', "not json", ["error invalid_json "]],
  ['the text "{"', "{", ["error invalid_json "]],
  ["an empty text", "", ["error invalid_json "]],
  ["100,000 nested arrays (refused at depth 64)", nested(100_000, []), [`error too_deep ${"/0".repeat(64)}`]],
  [
    "the text of 100,000 nested arrays (refused at depth 64)",
    `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    [`error too_deep ${"/0".repeat(64)}`],
  ],
  ["a node whose @type is a number", { "@type": 7, headline: 8 }, ["error no_article "]],
])("%s: no throw, no article, the reason given", (_name, input, expected) => {
  const result = fromJsonLd(input);
  expect(result.articles).toEqual([]);
  expect(result.payloads).toEqual([]);
  expect(issuesOf(result)).toEqual(expected);
});

test("an article whose author @id points back to the article itself: no author, no loop", () => {
  const id = "https://www.example.org/loop#article";
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": id,
        headline: "The loop",
        datePublished: "2024-01-01T00:00:00Z",
        author: { "@id": id },
        isPartOf: { "@id": id },
      },
    ],
  });
  expect(result.article).toBeUndefined();
  expect(payloadOf(result)).toEqual({ headline: "The loop", datePublished: "2024-01-01T00:00:00Z" });
  // The author it names is the article itself, which no author can be.
  expect(issuesOf(result)).toEqual(["warning unsupported_type /@graph/0", "error required /@graph/0"]);
});

test("references in a ring (a person whose organization's member is the person) are read once each", () => {
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": "https://www.example.org/ring#article",
        headline: "The ring",
        datePublished: "2024-01-01T00:00:00Z",
        author: { "@id": "https://www.example.org/#p" },
      },
      {
        "@type": "Person",
        "@id": "https://www.example.org/#p",
        name: "Pat Ring",
        affiliation: { "@id": "https://www.example.org/#o" },
      },
      {
        "@type": "Organization",
        "@id": "https://www.example.org/#o",
        name: "Ring Club",
        member: { "@id": "https://www.example.org/#p" },
        parentOrganization: { "@id": "https://www.example.org/#o2" },
      },
      {
        "@type": "Organization",
        "@id": "https://www.example.org/#o2",
        name: "Ring League",
        parentOrganization: { "@id": "https://www.example.org/#o" },
      },
    ],
  });
  const model = modelOf(result);
  expect(model.people).toEqual([{ id: "person:pat-ring", name: "Pat Ring", affiliation: "org:ring-club" }]);
  expect((model.organizations as Json[]).map((organization) => organization.id).sort()).toEqual([
    "org:ring-club",
    "org:ring-league",
  ]);
  expect(result.issues.map((issue) => issue.code)).toEqual(["organization_cycle"]);
});

test("a JavaScript object that contains itself does not loop: it is refused as cyclic before any work", () => {
  const node: Json = article();
  node.isPartOf = node;
  (node.author as Json).knows = node;
  const result = fromJsonLd(node);
  expect(result.articles).toEqual([]);
  expect(issuesOf(result)).toEqual(["error cyclic /author/knows"]);
});

test("an object whose getters throw is reported, not thrown", () => {
  const hostile = {
    get "@type"(): string {
      throw new Error("no");
    },
  };
  const result = fromJsonLd(hostile);
  expect(result.articles).toEqual([]);
  expect(issuesOf(result)).toEqual(["error invalid_value /@type"]);
});

test("10,000 nodes in @graph: it returns, with the article", () => {
  const graph: Json[] = [
    {
      "@type": "NewsArticle",
      "@id": "https://www.example.org/big#article",
      headline: "Ten thousand names",
      datePublished: "2024-01-01T00:00:00Z",
      author: { "@id": "https://www.example.org/#person-0" },
    },
  ];
  for (let index = 0; index < 10_000; index++) {
    graph.push({
      "@type": "Person",
      "@id": `https://www.example.org/#person-${index}`,
      name: `Person ${index}`,
      knows: { "@id": `https://www.example.org/#person-${(index + 1) % 10_000}` },
    });
  }
  const result = fromJsonLd({ "@context": "https://schema.org", "@graph": graph });
  expect(result.article?.headline).toBe("Ten thousand names");
  expect(result.article?.people.map((person) => person.name)).toEqual(["Person 0"]);
});

test("an @id of 10 KB: it returns, and the reference through it resolves", () => {
  const long = `https://www.example.org/${"x".repeat(10_240)}`;
  const result = fromJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": `${long}#article`,
        headline: "A long name",
        datePublished: "2024-01-01T00:00:00Z",
        author: { "@id": `${long}#author` },
      },
      { "@type": "Person", "@id": `${long}#author`, name: "Lang Weilig" },
    ],
  });
  expect(issuesOf(result)).toEqual([]);
  expect(modelOf(result).people).toEqual([{ id: "person:lang-weilig", name: "Lang Weilig" }]);
});

test("a text longer than options.maxLength is refused without reading it", () => {
  const result = fromJsonLd(JSON.stringify(article()), { maxLength: 50 });
  expect(result.articles).toEqual([]);
  expect(issuesOf(result)).toEqual(["error too_large "]);
});
