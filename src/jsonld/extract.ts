/**
 * `extractJsonLd`: the JSON-LD blocks of an HTML page, found with a real HTML parser.
 */
import { Parser } from "htmlparser2";
import { describeValue } from "../dates/issues.js";
import { issueAt, type ValidationIssue } from "../validate/issues.js";
import { type JsonRepair, lineAndColumn, readJson, unwrapScriptText } from "./repair.js";

/**
 * Options for {@link extractJsonLd}.
 *
 * @example
 * ```ts
 * const options: ExtractJsonLdOptions = { maxBlockLength: 500_000, maxBlocks: 20 };
 * const page = '<script type="application/ld+json">{}</script>'.repeat(30);
 * extractJsonLd(page, options).blocks.length; //=> 20 (and a "too_many_blocks" issue)
 * ```
 */
export interface ExtractJsonLdOptions {
  /** The longest block read, in characters (UTF-16 code units, about 1 MB); longer ones are reported and skipped. Default 1,000,000. */
  readonly maxBlockLength?: number;
  /** How many blocks are read at most; the rest are reported. Default 100. */
  readonly maxBlocks?: number;
}

/**
 * One `application/ld+json` block of a page.
 *
 * @example
 * ```ts
 * const block: JsonLdBlock = { index: 0, text: '{"@type":"NewsArticle"}', value: { "@type": "NewsArticle" }, repairs: [] };
 * extractJsonLd('<script type="application/ld+json">{"@type":"NewsArticle"}</script>').blocks[0];
 * //=> { index: 0, text: '{"@type":"NewsArticle"}', value: { "@type": "NewsArticle" }, repairs: [] }
 * ```
 */
export interface JsonLdBlock {
  /** Its place among the page's JSON-LD blocks, from 0. */
  readonly index: number;
  /** The script's text as the page has it (HTML entities are not decoded: scripts are raw text). */
  readonly text: string;
  /** The parsed JSON, when it could be read (after repairs). */
  readonly value?: unknown;
  /** The repairs made before it parsed (each also reported as a warning). */
  readonly repairs: readonly JsonRepair[];
}

/**
 * What {@link extractJsonLd} found.
 *
 * @example
 * ```ts
 * const html = '<script type="application/ld+json">{"@type":"NewsArticle",}</script>';
 * const { blocks, issues }: ExtractJsonLdResult = extractJsonLd(html);
 * blocks[0]?.value; //=> { "@type": "NewsArticle" }
 * issues.map((issue) => `${issue.severity} ${issue.code}`); //=> ["warning trailing_commas_removed"]
 * ```
 */
export interface ExtractJsonLdResult {
  /** Every JSON-LD block, in page order; those that could not be read have no `value`. */
  readonly blocks: readonly JsonLdBlock[];
  /** Repairs (warnings), blocks that could not be read and limits reached (errors). */
  readonly issues: readonly ValidationIssue[];
}

/** Whether a `type` attribute names JSON-LD, whatever its case, spacing or parameters. */
function isJsonLdType(type: string | undefined): boolean {
  return type?.split(";")[0]?.trim().toLowerCase() === "application/ld+json";
}

/**
 * Elements whose content a browser reads as text up to their first end tag, whatever it holds, so
 * that a script written in one is no element: `<iframe>`, `<noembed>`, `<noframes>`, `<xmp>` (HTML's
 * raw text elements, which htmlparser2 parses as markup and may close early). `<plaintext>` makes
 * the rest of the page text. (`<noscript>` is read as markup, as a browser without scripting reads
 * it.)
 */
const RAW_TEXT: ReadonlySet<string> = new Set(["iframe", "noembed", "noframes", "xmp"]);

/**
 * Where the first end tag of an element starts in a lower-cased page, from `from` on: `</name`
 * followed by white space, `/` or `>` (or the page's end); the page's length if there is none.
 */
function endTagIndex(page: string, name: string, from: number): number {
  const tag = `</${name}`;
  for (let at = page.indexOf(tag, from); at !== -1; at = page.indexOf(tag, at + 1)) {
    const after = page.charAt(at + tag.length);
    if (after === "" || after === "/" || after === ">" || /\s/.test(after)) return at;
  }
  return page.length;
}

/** A limit from the options: a number from 0 up, else the default. */
function limitOf(value: unknown, fallback: number): number {
  return typeof value === "number" && value >= 0 ? value : fallback;
}

const REPAIR_WORDS: Readonly<Record<JsonRepair, string>> = {
  control_characters_escaped: "line breaks or tabs inside strings were escaped",
  trailing_commas_removed: "commas before a closing bracket were removed",
  comments_removed: "comments were removed",
};

/**
 * Finds every `<script type="application/ld+json">` block in an HTML page, whatever the quoting, case
 * and order of its attributes, and reads its JSON. A BOM and `<![CDATA[ … ]]>` or `<!-- … -->`
 * wrappers are stripped; HTML entities in the script are not decoded (a script is raw text). Broken
 * JSON is repaired where the meaning is certain (raw line breaks inside strings, trailing commas,
 * comments), each repair reported; what cannot be repaired is reported with its line and column, and the
 * other blocks still come out. Never throws.
 *
 * @param html - The page's HTML; any other value gives no blocks and an `invalid_type` issue.
 * @param options - Limits on the size and number of blocks read; default 1,000,000 characters and 100 blocks.
 * @returns Every JSON-LD block in page order, and the issues found (repairs, unreadable blocks, limits).
 *
 * @example
 * ```ts
 * const { blocks } = extractJsonLd('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
 * blocks[0]?.value; //=> { "@type": "NewsArticle" }
 * ```
 */
export function extractJsonLd(html: unknown, options: ExtractJsonLdOptions = {}): ExtractJsonLdResult {
  // From JavaScript, `null` may stand for no options, and a limit may be no number.
  const maxBlockLength = limitOf(options?.maxBlockLength, 1_000_000);
  const maxBlocks = limitOf(options?.maxBlocks, 100);
  /** Each block's text, or `undefined` for one over the limit. */
  const texts: (string | undefined)[] = [];
  let current: string[] | undefined;
  let currentLength = 0;
  let skipped = 0;
  // Where the text that a raw text element holds ends (see RAW_TEXT): no script starts before it.
  let rawTextEnd = -1;
  let lowerCased: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (parser.startIndex < rawTextEnd) return;
        if (name === "plaintext") rawTextEnd = Number.POSITIVE_INFINITY;
        else if (RAW_TEXT.has(name)) {
          lowerCased ??= String(html).toLowerCase();
          rawTextEnd = endTagIndex(lowerCased, name, parser.endIndex + 1);
        } else if (name === "script" && isJsonLdType(attributes.type)) {
          current = [];
          currentLength = 0;
        }
      },
      ontext(text) {
        if (current === undefined) return;
        currentLength += text.length;
        if (currentLength <= maxBlockLength + 1) current.push(text);
      },
      onclosetag(name) {
        if (name !== "script" || current === undefined) return;
        if (texts.length >= maxBlocks) skipped++;
        else texts.push(currentLength > maxBlockLength ? undefined : current.join(""));
        current = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const blocks: JsonLdBlock[] = [];
  const issues: ValidationIssue[] = [];
  if (typeof html !== "string") {
    issues.push(
      issueAt([], "invalid_type", `Expected the page as HTML text, but found ${describeValue(html)}.`),
    );
    return { blocks, issues };
  }
  parser.write(html);
  parser.end();

  texts.forEach((raw, index) => {
    const path = ["blocks", index];
    if (raw === undefined) {
      issues.push(
        issueAt(
          path,
          "too_large",
          `JSON-LD block ${index} is larger than ${maxBlockLength} characters; it was skipped.`,
        ),
      );
      blocks.push({ index, text: "", repairs: [] });
      return;
    }
    const { text, start } = unwrapScriptText(raw);
    const read = readJson(text);
    if (!read.ok) {
      const { line, column } = lineAndColumn(raw, start + read.offset);
      issues.push(
        issueAt(
          path,
          "invalid_json",
          `Expected JSON-LD block ${index} to be JSON, but it is not at line ${line}, column ${column} of the block (${read.reason}).`,
        ),
      );
      blocks.push({ index, text: raw, repairs: [] });
      return;
    }
    for (const repair of read.repairs) {
      issues.push(
        issueAt(path, repair, `JSON-LD block ${index} was repaired: ${REPAIR_WORDS[repair]}.`, "warning"),
      );
    }
    blocks.push({ index, text: raw, value: read.value, repairs: read.repairs });
  });
  if (skipped > 0) {
    issues.push(
      issueAt(
        ["blocks"],
        "too_many_blocks",
        `The page has ${maxBlocks + skipped} JSON-LD blocks; only the first ${maxBlocks} were read.`,
      ),
    );
  }
  return { blocks, issues };
}
