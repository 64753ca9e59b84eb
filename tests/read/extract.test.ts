/**
 * extractJsonLd: every application/ld+json script of a page, found by an HTML parser whatever the
 * quoting, case and order of its attributes; wrappers stripped, entities left alone; broken JSON
 * repaired where its meaning is certain (each repair reported) or reported with its position; limits.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { type ExtractJsonLdOptions, type ExtractJsonLdResult, extractJsonLd } from "../../src/index.js";
import { unwrapScriptText } from "../../src/jsonld/repair.js";

const page = readFileSync(new URL("./fixtures/page.html", import.meta.url), "utf8");

/** A page with these script elements, one after the other. */
function script(text: string, attributes = 'type="application/ld+json"'): string {
  return `<script ${attributes}>${text}</script>`;
}

/** The values of the blocks, in order (`undefined` for those that could not be read). */
function valuesOf(result: ExtractJsonLdResult): unknown[] {
  return result.blocks.map((block) => block.value);
}

/** The issues as `severity code pointer`. */
function issuesOf(result: ExtractJsonLdResult): string[] {
  return result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}`);
}

// ─── Finding the blocks. ───────────────────────────────────────────────────────────────────────────

test.each([
  ["double quotes", 'type="application/ld+json"'],
  ["single quotes", "type='application/ld+json'"],
  ["no quotes", "type=application/ld+json"],
  ["another attribute first", 'class="yoast-schema-graph" type="application/ld+json"'],
  ["several attributes around it", 'data-rh="true" type="application/ld+json" id="ld" async'],
  ["upper-case attribute and value", 'TYPE="APPLICATION/LD+JSON"'],
  ["mixed case", "Type='Application/Ld+Json'"],
  ["a charset parameter", 'type="application/ld+json; charset=utf-8"'],
  ["spaces around the type", 'type="  application/ld+json  "'],
])("a script with the type in %s is a block", (_name, attributes) => {
  const result = extractJsonLd(`<p>before</p>${script('{"@type":"NewsArticle"}', attributes)}<p>after</p>`);
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks).toEqual([
    { index: 0, text: '{"@type":"NewsArticle"}', value: { "@type": "NewsArticle" }, repairs: [] },
  ]);
});

test("an upper-case SCRIPT tag closed by </SCRIPT> is a block", () => {
  const result = extractJsonLd('<SCRIPT TYPE="application/ld+json">{"a":1}</SCRIPT>');
  expect(valuesOf(result)).toEqual([{ a: 1 }]);
});

test("a block closed by </script > (a space before >) ends there", () => {
  const result = extractJsonLd(`${'<script type="application/ld+json">{"a":1}</script >'}<p>{"b":2}</p>`);
  expect(result.blocks.map((block) => block.text)).toEqual(['{"a":1}']);
  expect(valuesOf(result)).toEqual([{ a: 1 }]);
});

test("other scripts are not blocks: JavaScript, application/json, text/ld+json", () => {
  const result = extractJsonLd(
    [
      script('var x = {"a":1};', ""),
      script("var y = 2;", 'type="text/javascript"'),
      script('{"a":1}', 'type="application/json"'),
      script('{"a":1}', 'type="text/ld+json"'),
      script('{"found":true}'),
    ].join("\n"),
  );
  expect(valuesOf(result)).toEqual([{ found: true }]);
});

test("a script whose text contains \"<script type='application/ld+json'>\" is not a block, nor is what follows in it", () => {
  const html = [
    "<script>",
    '  var html = "<script type=\'application/ld+json\'>{\\"@type\\":\\"NewsArticle\\"}";',
    "</script>",
    script('{"@type":"WebSite"}'),
  ].join("\n");
  const result = extractJsonLd(html);
  expect(issuesOf(result)).toEqual([]);
  expect(valuesOf(result)).toEqual([{ "@type": "WebSite" }]);
});

test("a block inside an HTML comment is commented out: not a block", () => {
  const result = extractJsonLd(`<!-- ${script('{"old":true}')} -->${script('{"new":true}')}`);
  expect(valuesOf(result)).toEqual([{ new: true }]);
});

test("a block inside an element browsers read as text (iframe, noembed, noframes, xmp, plaintext) is not a block", () => {
  for (const element of ["iframe", "noembed", "noframes", "xmp"]) {
    // The first end tag ends it, as in a browser: an element of the same name opened inside is text.
    const html = `<${element}>${script('{"in":true}')}<${element}></${element}>${script('{"after":true}')}`;
    expect(valuesOf(extractJsonLd(html)), element).toEqual([{ after: true }]);
  }
  expect(valuesOf(extractJsonLd(`${script('{"before":true}')}<plaintext>${script('{"in":true}')}`))).toEqual([
    { before: true },
  ]);
  // An end tag of an element around it does not end it (htmlparser2 would close it there).
  const wrapped = `<div><iframe></div>${script('{"in":true}')}</iframe></div>${script('{"after":true}')}`;
  expect(valuesOf(extractJsonLd(wrapped))).toEqual([{ after: true }]);
  // A browser without scripting reads <noscript> as markup; so does the reader.
  expect(valuesOf(extractJsonLd(`<noscript>${script('{"in":true}')}</noscript>`))).toEqual([{ in: true }]);
});

test("options from JavaScript: null is no options, a limit that is no number is the default", () => {
  const page = script('{"a":1}');
  expect(valuesOf(extractJsonLd(page, null as unknown as ExtractJsonLdOptions))).toEqual([{ a: 1 }]);
  expect(valuesOf(extractJsonLd(page, { maxBlockLength: Number.NaN }))).toEqual([{ a: 1 }]);
});

test("a block whose text looks like no block at all is reported as what it is, not as too large", () => {
  const result = extractJsonLd(script("\u0000too-large"));
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0"]);
});

test("every block of a page comes out in page order, each read or reported", () => {
  const result = extractJsonLd(page);
  expect(result.blocks.map((block) => block.index)).toEqual([0, 1, 2, 3, 4]);
  expect(valuesOf(result)).toEqual([
    {
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "NewsArticle",
          "@id": "https://www.oakhollow-post.example.org/2022/night-buses/#article",
          headline: "Night buses return to Oakhollow",
          datePublished: "2022-02-04T11:17:48+0100",
          author: { "@id": "https://www.oakhollow-post.example.org/#/schema/person/1" },
          publisher: { "@id": "https://www.oakhollow-post.example.org/#organization" },
        },
        {
          "@type": "Person",
          "@id": "https://www.oakhollow-post.example.org/#/schema/person/1",
          name: "Bea Lindqvist",
        },
        {
          "@type": "Organization",
          "@id": "https://www.oakhollow-post.example.org/#organization",
          name: "The Oakhollow Post",
        },
      ],
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        {
          "@type": "ListItem",
          position: 1,
          name: "Town &amp; Country",
          item: "https://www.oakhollow-post.example.org/town/",
        },
      ],
    },
    {
      "@context": "http://schema.org",
      "@type": "WebSite",
      name: "The Oakhollow Post",
      url: "https://www.oakhollow-post.example.org/",
    },
    undefined,
    {
      "@context": "https://schema.org",
      "@type": "ImageObject",
      url: "https://img.oakhollow-post.example.org/bus.jpg",
    },
  ]);
  expect(result.blocks[2]?.repairs).toEqual(["trailing_commas_removed"]);
  expect(issuesOf(result)).toEqual([
    "warning trailing_commas_removed /blocks/2",
    "error invalid_json /blocks/3",
  ]);
  // (Where exactly: see the tests of positions below.)
  expect(result.issues[1]?.message).toMatch(/line \d+, column \d+/);
});

// ─── Wrappers and raw text. ────────────────────────────────────────────────────────────────────────

test.each([
  ["a BOM", '\uFEFF{"a":1}'],
  ["white space and a BOM", '\n  \uFEFF{"a":1}\n'],
  ["CDATA", '<![CDATA[{"a":1}]]>'],
  ["CDATA on its own lines", '\n<![CDATA[\n{"a":1}\n]]>\n'],
  ["CDATA behind // comments", '\n//<![CDATA[\n{"a":1}\n//]]>\n'],
  ["CDATA behind // comments with spaces", '\n  // <![CDATA[\n  {"a":1}\n  // ]]>\n'],
  ["an HTML comment", '<!--{"a":1}-->'],
  ["an HTML comment on its own lines", '\n<!--\n{"a":1}\n-->\n'],
  ["an HTML comment closed behind //", '<!--\n{"a":1}\n//-->'],
  ["a closing semicolon", '{"a":1};'],
  ["a closing semicolon inside CDATA", '<![CDATA[\n{"a":1};\n]]>'],
])("%s around the JSON is stripped, not reported as a repair", (_name, text) => {
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks).toEqual([{ index: 0, text, value: { a: 1 }, repairs: [] }]);
});

test.each([
  ['\uFEFF // <![CDATA[ {"a":1} // ]]> ;', { text: '{"a":1}', start: 15, unwrapped: true }],
  ['<!--<![CDATA[{"a":1}]]>-->;\n', { text: '{"a":1}', start: 13, unwrapped: true }],
  [" <!-- a --> ; ; ", { text: "a", start: 6, unwrapped: true }],
  ['<!--{"a":1}///-->', { text: '{"a":1}/', start: 4, unwrapped: true }],
  ["<!-->", { text: "<!-->", start: 0, unwrapped: false }],
  ["//<![CDATA[x]]", { text: "//<![CDATA[x]]", start: 0, unwrapped: false }],
])(
  "unwrapScriptText(%j): wrappers within wrappers, semicolons, a `//` before an end mark",
  (text, unwrapped) => {
    expect(unwrapScriptText(text)).toEqual(unwrapped);
  },
);

test("a block with 600,000 spaces inside its JSON is read in linear time", () => {
  const text = `{"@type":"NewsArticle","headline":${" ".repeat(600_000)}"H"}`;
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks).toEqual([
    { index: 0, text, value: { "@type": "NewsArticle", headline: "H" }, repairs: [] },
  ]);
});

test("800,000 closing semicolons are stripped in linear time", () => {
  const text = `{"@type":"NewsArticle","headline":"H"}${";".repeat(800_000)}`;
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks).toEqual([
    { index: 0, text, value: { "@type": "NewsArticle", headline: "H" }, repairs: [] },
  ]);
});

test("200,000 HTML comments one within the other are stripped in linear time", () => {
  const text = `${"<!--".repeat(200_000)}{"a":1}${"-->".repeat(200_000)}`;
  expect(unwrapScriptText(text)).toEqual({ text: '{"a":1}', start: 800_000, unwrapped: true });
});

test("HTML entities in a script are not decoded: &amp; stays &amp; (a script is raw text)", () => {
  const text = '{"headline":"Fish &amp; Chips","description":"&lt;b&gt;bold&lt;/b&gt; &#038; &quot;"}';
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks[0]?.text).toBe(text);
  expect(result.blocks[0]?.value).toEqual({
    headline: "Fish &amp; Chips",
    description: "&lt;b&gt;bold&lt;/b&gt; &#038; &quot;",
  });
});

test("markup-like text inside a JSON string does not end the block: <b>, <p>, </div>", () => {
  const text = '{"articleBody":"<p>One</p><b>two</b></div>"}';
  const result = extractJsonLd(script(text));
  expect(result.blocks[0]?.value).toEqual({ articleBody: "<p>One</p><b>two</b></div>" });
});

// ─── Repairs. ──────────────────────────────────────────────────────────────────────────────────────

test("raw line breaks and tabs inside strings are escaped, and reported", () => {
  const text = '{"description": "Line one\nLine two\r\n\tindented"}';
  const result = extractJsonLd(script(text));
  expect(result.blocks).toEqual([
    {
      index: 0,
      text,
      value: { description: "Line one\nLine two\r\n\tindented" },
      repairs: ["control_characters_escaped"],
    },
  ]);
  expect(issuesOf(result)).toEqual(["warning control_characters_escaped /blocks/0"]);
});

test("trailing commas before ] and } are removed, and reported", () => {
  const text = '{"keywords": ["buses", "night",\n], "wordCount": 812,\n}';
  const result = extractJsonLd(script(text));
  expect(result.blocks[0]?.value).toEqual({ keywords: ["buses", "night"], wordCount: 812 });
  expect(result.blocks[0]?.repairs).toEqual(["trailing_commas_removed"]);
  expect(issuesOf(result)).toEqual(["warning trailing_commas_removed /blocks/0"]);
});

test("// and /* */ comments are removed, and reported; // inside a URL string stays", () => {
  const text = [
    "{",
    "  // the article",
    '  "url": "https://www.example.org/a//b", /* the page */',
    '  "headline": "Night buses // return"',
    "}",
  ].join("\n");
  const result = extractJsonLd(script(text));
  expect(result.blocks[0]?.value).toEqual({
    url: "https://www.example.org/a//b",
    headline: "Night buses // return",
  });
  expect(result.blocks[0]?.repairs).toEqual(["comments_removed"]);
  expect(issuesOf(result)).toEqual(["warning comments_removed /blocks/0"]);
});

test("all three repairs in one block: the value is the JSON that was meant", () => {
  const text = '{\n  "headline": "Night\nbuses", // title\n  "keywords": ["a", "b",],\n}';
  const result = extractJsonLd(script(text));
  expect(result.blocks[0]?.value).toEqual({ headline: "Night\nbuses", keywords: ["a", "b"] });
  expect([...(result.blocks[0]?.repairs ?? [])].sort()).toEqual([
    "comments_removed",
    "control_characters_escaped",
    "trailing_commas_removed",
  ]);
  expect(issuesOf(result).sort()).toEqual([
    "warning comments_removed /blocks/0",
    "warning control_characters_escaped /blocks/0",
    "warning trailing_commas_removed /blocks/0",
  ]);
});

test("a trailing comma followed by a comment before } is removed too", () => {
  const text = '{\n  "headline": "Night buses", // the title\n}';
  const result = extractJsonLd(script(text));
  expect(result.blocks[0]?.value).toEqual({ headline: "Night buses" });
  expect([...(result.blocks[0]?.repairs ?? [])].sort()).toEqual([
    "comments_removed",
    "trailing_commas_removed",
  ]);
});

test("valid JSON is not touched: commas and slashes inside strings stay", () => {
  const text = '{"a": "x,]", "b": "/* not a comment */", "c": "// nor this"}';
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  expect(result.blocks[0]?.value).toEqual({ a: "x,]", b: "/* not a comment */", c: "// nor this" });
});

// ─── What cannot be repaired. ──────────────────────────────────────────────────────────────────────

test("unescaped quotes inside a string: invalid_json with line and column; the blocks around it come out", () => {
  const broken = '{"headline": "He said "hello" today"}';
  const result = extractJsonLd([script('{"first":1}'), script(broken), script('{"third":3}')].join("\n"));
  expect(valuesOf(result)).toEqual([{ first: 1 }, undefined, { third: 3 }]);
  expect(result.blocks[1]).toEqual({ index: 1, text: broken, repairs: [] });
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/1"]);
  // The parse stops at the h of hello: line 1, column 24.
  expect(broken.indexOf("hello") + 1).toBe(24);
  expect(result.issues[0]?.message).toContain("line 1, column 24");
});

test("the line and column count from the block's first character, its leading line break included", () => {
  const broken = '\n{\n  "@type": "NewsArticle",\n  "headline": "He said "hello" today"\n}\n';
  const result = extractJsonLd(script(broken));
  expect(result.blocks[0]?.text).toBe(broken);
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0"]);
  // Line 4 of the block's text is `  "headline": "He said "hello" today"`; the h of hello is column 25.
  expect(broken.split("\n")[3]?.indexOf("hello")).toBe(24);
  expect(result.issues[0]?.message).toContain("line 4, column 25");
});

test("the line and column are those of the block as published, before a repair escaped a line break", () => {
  const broken = '{"description": "one\ntwo",\n"headline": "He said "hello" today"}';
  const result = extractJsonLd(script(broken));
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0"]);
  // Line 3 of the text is `"headline": "He said "hello" today"}`; the h of hello is column 23.
  expect(broken.split("\n")[2]?.indexOf("hello")).toBe(22);
  expect(result.issues[0]?.message).toContain("line 3, column 23");
});

test("a value missing after a key: the engine gives no position, the place is found", () => {
  const broken = '\n{\n  "@type": "NewsArticle",\n  "headline": }\n';
  const result = extractJsonLd(script(broken));
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0"]);
  // Line 4 is `  "headline": }`; the } is column 15.
  expect(broken.split("\n")[3]?.indexOf("}")).toBe(14);
  expect(result.issues[0]?.message).toContain("line 4, column 15");
});

test("an empty block and a block of text are reported as invalid_json, not thrown", () => {
  const result = extractJsonLd([script(""), script("not json at all")].join(""));
  expect(valuesOf(result)).toEqual([undefined, undefined]);
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0", "error invalid_json /blocks/1"]);
});

// ─── Limits. ───────────────────────────────────────────────────────────────────────────────────────

test("maxBlockLength: a block of exactly the limit is read; one character more is too_large and skipped", () => {
  const fits = '{"a":"xy"}'; // 10 characters
  const tooLarge = '{"a":"xyz"}'; // 11 characters
  const result = extractJsonLd([script(fits), script(tooLarge), script('{"b":1}')].join(""), {
    maxBlockLength: 10,
  });
  expect(valuesOf(result)).toEqual([{ a: "xy" }, undefined, { b: 1 }]);
  expect(result.blocks.map((block) => block.index)).toEqual([0, 1, 2]);
  expect(issuesOf(result)).toEqual(["error too_large /blocks/1"]);
});

test("the default maxBlockLength reads a block of 500,000 characters", () => {
  const text = JSON.stringify({ articleBody: "x".repeat(500_000) });
  const result = extractJsonLd(script(text));
  expect(issuesOf(result)).toEqual([]);
  const value = result.blocks[0]?.value as { articleBody?: string } | undefined;
  expect(value?.articleBody).toHaveLength(500_000);
});

test("maxBlocks: the first blocks are read, the rest reported once as too_many_blocks", () => {
  const html = [1, 2, 3, 4].map((n) => script(`{"n":${n}}`)).join("\n");
  const result = extractJsonLd(html, { maxBlocks: 2 });
  expect(valuesOf(result)).toEqual([{ n: 1 }, { n: 2 }]);
  expect(issuesOf(result)).toEqual(["error too_many_blocks /blocks"]);
  expect(result.issues[0]?.message).toBe("The page has 4 JSON-LD blocks; only the first 2 were read.");
});

test("a page without blocks gives none and reports nothing", () => {
  expect(extractJsonLd("<html><body><p>No data here.</p></body></html>")).toEqual({ blocks: [], issues: [] });
  expect(extractJsonLd("")).toEqual({ blocks: [], issues: [] });
});

test.each([
  ["undefined", undefined],
  ["null", null],
  ["a number", 42],
  ["an object", { html: "<script type='application/ld+json'>{}</script>" }],
  ["a Buffer", Buffer.from('<script type="application/ld+json">{"a":1}</script>')],
])("%s as the page does not throw and gives no blocks", (_name, input) => {
  const result = extractJsonLd(input as unknown as string);
  expect(result.blocks).toEqual([]);
});

test("a page cut off inside a block gives the block's text so far, reported as invalid_json", () => {
  const result = extractJsonLd('<p>x</p><script type="application/ld+json">{"a":1');
  expect(result.blocks).toEqual([{ index: 0, text: '{"a":1', repairs: [] }]);
  expect(issuesOf(result)).toEqual(["error invalid_json /blocks/0"]);
  expect(result.issues[0]?.message).toContain("line 1, column 7");
});

test("a page that ends before </script> still gives a complete block", () => {
  const result = extractJsonLd('<p>x</p><script type="application/ld+json">{"a":1}');
  expect(valuesOf(result)).toEqual([{ a: 1 }]);
  expect(issuesOf(result)).toEqual([]);
});
