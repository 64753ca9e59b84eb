/**
 * Safe embedding: toJsonLdScript's element, read back by a real HTML parser (parse5) from a page,
 * for hostile strings in every string field and for 1,000 fast-check strings built from hostile
 * tokens: exactly one script element, its text parses to the same JSON, and the page after it is
 * intact. The seed is printed; rerun a failure with FC_SEED=<seed>.
 */
import fc from "fast-check";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { expect, test } from "vitest";
import {
  type Article,
  parseArticle,
  stringifyForScript,
  type ToJsonLdScriptOptions,
  toJsonLd,
  toJsonLdScript,
} from "../../src/index.js";
import { seed } from "../seed.js";
import { foundingPayload, graphOf, type JsonObject, kitchenSink, nodeById, plain } from "./helpers.js";

const runs = { seed, numRuns: 1000 } as const;

const OPEN = '<script type="application/ld+json">';
const CLOSE = "</script>";
const UNSAFE = /[<>&\u2028\u2029]/u;

/** Strings that break out of a script element, open a comment, or end a line in old JavaScript. */
const HOSTILE_TOKENS = [
  "</script>",
  "</SCRIPT >",
  "</script/>",
  "</script\t>",
  "</scRipt\n>",
  "<!--<script>",
  "-->",
  "<script>",
  "<!--",
  "\u2028",
  "\u2029",
  "&amp;",
  "&lt;/script&gt;",
  "<",
  ">",
  "&",
  "\\u003c",
  '"',
  "\\",
  "]]>",
] as const;

const HOSTILE = HOSTILE_TOKENS.slice(0, 12).join(" ");
const hostile = (label: string) => `${label} ${HOSTILE}`;
// (No white space: a URL with any is refused.)
const HOSTILE_URL = "https://example.com/</script>?a=1&b=2&amp;c=</SCRIPT>";
const hostileUrl = (path: string) => `https://example.com/${path}/</script>?a=1&b=<!--`;

/** An article with hostile text in every field that takes free text or a URL. */
function hostilePayload(): Record<string, unknown> {
  const quoteText = hostile("quote");
  return {
    url: HOSTILE_URL,
    headline: hostile("headline"),
    alternativeHeadline: hostile("alternative headline"),
    description: hostile("description"),
    body: [hostile("paragraph one"), quoteText, hostile("paragraph three")],
    section: hostile("section"),
    keywords: [hostile("keyword"), "</script>", "&amp;"],
    language: "en",
    dateline: hostile("dateline"),
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: ["person:author"],
    publisher: "org:publisher",
    image: ["image:lead"],
    about: ["place:place"],
    mentions: ["event:event"],
    isAccessibleForFree: false,
    paywalledSections: [hostile(".paywall")],
    people: [
      {
        id: "person:author",
        name: hostile("name"),
        givenName: hostile("given"),
        familyName: hostile("family"),
        honorificPrefix: hostile("prefix"),
        alternateNames: [hostile("alternate"), "</script/>"],
        jobTitle: hostile("job"),
        affiliation: "org:publisher",
        description: hostile("person description"),
        url: hostileUrl("author"),
        image: "image:lead",
        sameAs: [hostileUrl("same-as"), HOSTILE_URL],
      },
    ],
    organizations: [
      {
        id: "org:publisher",
        name: hostile("publisher"),
        alternateNames: [hostile("org alternate")],
        kind: "news-media",
        description: hostile("org description"),
        url: hostileUrl("publisher"),
        logo: "image:lead",
        sameAs: [hostileUrl("org-same-as")],
      },
    ],
    locations: [
      {
        id: "place:place",
        name: hostile("place"),
        alternateNames: [hostile("place alternate")],
        kind: "city",
        description: hostile("place description"),
        address: {
          street: hostile("street"),
          locality: hostile("locality"),
          region: hostile("region"),
          postalCode: "</script>&\u2028<!--",
          country: "AZ",
        },
        sameAs: [hostileUrl("place")],
      },
    ],
    events: [
      {
        id: "event:event",
        name: hostile("event"),
        description: hostile("event description"),
        kind: "meeting",
        location: "place:place",
        participants: ["person:author"],
        sameAs: [hostileUrl("event")],
      },
    ],
    quotes: [
      {
        id: "quote:1",
        text: quoteText,
        speaker: "person:author",
        kind: "direct",
        event: "event:event",
        paragraph: 1,
      },
      { id: "quote:2", text: hostile("paraphrase"), speaker: "org:publisher", kind: "paraphrase" },
    ],
    images: [
      {
        id: "image:lead",
        url: hostileUrl("image.jpg"),
        caption: hostile("caption"),
        credit: hostile("credit"),
        width: 1600,
        height: 900,
      },
    ],
  };
}

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every element of a parsed document (template contents included), in document order. */
function elementsOf(node: ParentNode, found: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      found.push(child);
      elementsOf(child, found);
      if (child.tagName === "template")
        elementsOf((child as DefaultTreeAdapterTypes.Template).content, found);
    }
  }
  return found;
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => (child.nodeName === "#text" ? (child as DefaultTreeAdapterTypes.TextNode).value : ""))
    .join("");
}

function commentsOf(node: ParentNode, found: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeName === "#comment") found.push((child as DefaultTreeAdapterTypes.CommentNode).data);
    if ("childNodes" in child) commentsOf(child, found);
  }
  return found;
}

interface Page {
  readonly scripts: { readonly attributes: Record<string, string>; readonly text: string }[];
  readonly head: string[];
  readonly body: [string, string][];
  readonly comments: string[];
}

/** Puts the element in a page and reads the page back with parse5. */
function readPage(script: string): Page {
  const document = parse(`<!doctype html><html><head>${script}</head><body><p>after</p></body></html>`);
  const elements = elementsOf(document);
  const byTag = (tag: string) => elements.filter((element) => element.tagName === tag);
  const [head] = byTag("head");
  const [body] = byTag("body");
  if (head === undefined || body === undefined) throw new Error("no head or body");
  return {
    scripts: byTag("script").map((element) => ({
      attributes: Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value])),
      text: textOf(element),
    })),
    head: elementsOf(head).map((element) => element.tagName),
    body: elementsOf(body).map((element) => [element.tagName, textOf(element)]),
    comments: commentsOf(document),
  };
}

/** The checks every embedding must pass: one element, its text the same JSON, the page intact. */
function expectSafe(article: Article, options: ToJsonLdScriptOptions = {}): Page {
  const script = toJsonLdScript(article, options);
  const text = script.slice(script.indexOf(">") + 1, -CLOSE.length);
  expect(script.endsWith(CLOSE)).toBe(true);
  expect(text).not.toMatch(UNSAFE);
  expect(JSON.parse(text)).toEqual(plain(toJsonLd(article, options)));
  const page = readPage(script);
  expect(page.scripts).toHaveLength(1);
  expect(JSON.parse(page.scripts[0]?.text ?? "")).toEqual(plain(toJsonLd(article, options)));
  expect(page.scripts[0]?.text).toBe(text);
  expect(page.head).toEqual(["script"]);
  expect(page.body).toEqual([["p", "after"]]);
  expect(page.comments).toEqual([]);
  return page;
}

// The element.

test('toJsonLdScript returns the <script type="application/ld+json"> element around stringifyForScript\'s text', () => {
  const article = parseArticle(foundingPayload());
  const script = toJsonLdScript(article);
  expect(script.startsWith(OPEN)).toBe(true);
  expect(script.endsWith(CLOSE)).toBe(true);
  expect(script).toBe(`${OPEN}${stringifyForScript(toJsonLd(article))}${CLOSE}`);
  expect(script.indexOf("<", 1)).toBe(script.length - CLOSE.length);
  expectSafe(article);
});

test("the founding article and the kitchen sink embed safely, in the graph and the nested form", () => {
  for (const article of [parseArticle(foundingPayload()), kitchenSink]) {
    expectSafe(article);
    expectSafe(article, { graph: false });
    expectSafe(article, { body: false });
  }
});

// Hostile strings.

test("hostile strings in every field: no <, >, &, U+2028 or U+2029 in the element text", () => {
  const article = parseArticle(hostilePayload());
  const script = toJsonLdScript(article);
  const text = script.slice(OPEN.length, -CLOSE.length);
  for (const character of ["<", ">", "&", "\u2028", "\u2029"]) expect(text.includes(character)).toBe(false);
  expect(text).toContain("\\u003c/script\\u003e");
  expect(text).toContain("\\u003c!--\\u003cscript\\u003e");
  expect(text).toContain("--\\u003e");
  expect(text).toContain("\\u2028");
  expect(text).toContain("\\u2029");
  expect(text).toContain("\\u0026amp;");
  expect(text).not.toContain("&lt;");
  expect(text).not.toContain("&#");
});

test("hostile strings in every field: parse5 finds one script element whose text is the same JSON, and <p>after</p> in the body", () => {
  const article = parseArticle(hostilePayload());
  for (const options of [{}, { graph: false }] as const) expectSafe(article, options);
});

test("hostile strings come back unchanged, not cut, not entity-encoded", () => {
  const article = parseArticle(hostilePayload());
  const page = readPage(toJsonLdScript(article));
  const back = JSON.parse(page.scripts[0]?.text ?? "") as JsonObject;
  const nodes = back["@graph"] as JsonObject[];
  const base = HOSTILE_URL;
  expect(nodes[0]?.headline).toBe(`headline ${HOSTILE}`);
  expect(nodes[0]?.url).toBe(HOSTILE_URL);
  expect(nodes[0]?.["@id"]).toBe(`${base}#article`);
  expect(nodes[0]?.keywords).toEqual([`keyword ${HOSTILE}`, "</script>", "&amp;"]);
  expect(nodeById(nodes, `${base}#person-author`).name).toBe(`name ${HOSTILE}`);
  expect(nodeById(nodes, `${base}#quote-1`).text).toBe(`quote ${HOSTILE}`);
  expect(nodeById(nodes, `${base}#place-place`).address).toMatchObject({
    postalCode: "</script>&\u2028<!--",
  });
  expect(nodeById(nodes, `${base}#image-lead`).url).toBe(
    "https://example.com/image.jpg/</script>?a=1&b=<!--",
  );
  expect(HOSTILE).toContain("</script\t>");
  expect(HOSTILE).toContain("\u2029");
  expect(graphOf(toJsonLd(article))[0]?.headline).toBe(`headline ${HOSTILE}`);
});

test("the page check catches what a naive or pattern-matching embedding lets through", () => {
  const article = parseArticle(hostilePayload());
  const json = JSON.stringify(toJsonLd(article));
  const intact = (page: Page) =>
    page.scripts.length === 1 &&
    page.body.length === 1 &&
    page.comments.length === 0 &&
    (() => {
      try {
        return JSON.stringify(JSON.parse(page.scripts[0]?.text ?? "")) === json;
      } catch {
        return false;
      }
    })();
  expect(intact(readPage(`${OPEN}${stringifyForScript(toJsonLd(article))}${CLOSE}`))).toBe(true);
  expect(intact(readPage(`${OPEN}${json}${CLOSE}`))).toBe(false);
  // A peer's fix: escape only the exact "</script>"; "</SCRIPT >" and "</script/>" still close it.
  const patterned = json.replaceAll("</script>", "<\\/script>");
  expect(intact(readPage(`${OPEN}${patterned}${CLOSE}`))).toBe(false);
  expect(intact(readPage(`${OPEN}${JSON.stringify({ headline: "</SCRIPT >" })}${CLOSE}`))).toBe(false);
});

// The nonce.

test('the nonce is attribute-escaped: a nonce with "><script> makes no second element and reads back as given', () => {
  const article = parseArticle(foundingPayload());
  for (const nonce of [
    '"><script>alert(1)</script>',
    "r4nd0m",
    "a'b\"c&amp;<>",
    '&quot; onload=alert(1) x="',
  ]) {
    const page = expectSafe(article, { nonce });
    expect(page.scripts[0]?.attributes).toEqual({ type: "application/ld+json", nonce });
  }
  expect(readPage(toJsonLdScript(article)).scripts[0]?.attributes).toEqual({ type: "application/ld+json" });
  expect(
    toJsonLdScript(article, { nonce: "r4nd0m" }).startsWith(
      '<script type="application/ld+json" nonce="r4nd0m">',
    ),
  ).toBe(true);
});

// stringifyForScript.

test("stringifyForScript escapes keys as well as values, and the JSON means the same", () => {
  const value = { "</script>": "<!--", "a&b": ["\u2028", "\u2029"], nested: { "<k>": "&amp;" } };
  const text = stringifyForScript(value);
  expect(text).toBe(
    '{"\\u003c/script\\u003e":"\\u003c!--","a\\u0026b":["\\u2028","\\u2029"],"nested":{"\\u003ck\\u003e":"\\u0026amp;"}}',
  );
  expect(text).not.toMatch(UNSAFE);
  expect(JSON.parse(text)).toEqual(value);
});

test("stringifyForScript leaves everything else as JSON.stringify writes it", () => {
  const value = {
    text: 'plain "quoted" \\ back\\u003c slash\n',
    number: 1.5,
    flag: true,
    none: null,
    list: [1, "é"],
  };
  expect(stringifyForScript(value)).toBe(JSON.stringify(value));
  expect(JSON.parse(stringifyForScript("\\u003c<"))).toBe("\\u003c<");
});

// Properties.

const hostileString = fc
  .array(
    fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ unit: "binary", maxLength: 8 }), fc.string()),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((parts) => `x${parts.join("")}`);

test("property: strings built from hostile tokens in the headline, the body and a person's name embed safely (1,000 runs)", () => {
  fc.assert(
    fc.property(hostileString, hostileString, hostileString, (headline, body, name) => {
      const article = parseArticle({
        url: "https://news.example.org/a?b=1&c=2",
        headline,
        body: [body],
        datePublished: "2025-07-09T14:05:00+04:00",
        authors: ["person:p"],
        keywords: [name],
        people: [{ id: "person:p", name, jobTitle: headline }],
        quotes: [{ id: "quote:1", text: body, speaker: "person:p", kind: "paraphrase" }],
      });
      expectSafe(article);
      const back = JSON.parse(readPage(toJsonLdScript(article)).scripts[0]?.text ?? "") as JsonObject;
      const nodes = back["@graph"] as JsonObject[];
      expect(nodes[0]?.headline).toBe(article.headline);
      expect(nodes[0]?.articleBody).toBe(article.body[0]);
      expect(nodes[1]?.name).toBe(article.people[0]?.name);
    }),
    runs,
  );
});

test("property: stringifyForScript of any JSON value has no unsafe character and parses back to the value (1,000 runs)", () => {
  const key = fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ unit: "binary" }));
  fc.assert(
    fc.property(fc.dictionary(key, fc.jsonValue()), (value) => {
      const text = stringifyForScript(value);
      expect(text).not.toMatch(UNSAFE);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    }),
    runs,
  );
});
