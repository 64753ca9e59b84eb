/**
 * `toJsonLdScript`: the JSON-LD as an HTML `<script type="application/ld+json">` element that no
 * string in the article can break out of.
 */
import type { Article } from "../models/article.js";
import { type ToJsonLdOptions, toJsonLd } from "./to-jsonld.js";

/** Each character that could end the element or a line in a script, with its JSON escape. */
const SCRIPT_ESCAPES = [
  ["<", "\\u003c"],
  [">", "\\u003e"],
  ["&", "\\u0026"],
  ["\u2028", "\\u2028"],
  ["\u2029", "\\u2029"],
] as const;

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&`, U+2028 and
 * U+2029 become `\u003c`-style escapes everywhere (keys too), so no text can close the element, open a
 * comment, or end a line in older JavaScript parsers. The JSON means exactly the same after parsing.
 *
 * @param value - The value to serialise, as `JSON.stringify` would.
 * @returns The JSON text with `<`, `>`, `&`, U+2028 and U+2029 escaped.
 * @throws TypeError when `JSON.stringify` throws (a cycle, a `BigInt`) or gives no JSON (`undefined`, a function).
 *
 * @example
 * ```ts
 * stringifyForScript({ headline: "</script><!--" }); //=> '{"headline":"\\u003c/script\\u003e\\u003c!--"}'
 * ```
 */
export function stringifyForScript(value: unknown): string {
  let json = JSON.stringify(value);
  // Looking for each character alone, and replacing it with a fixed text, is several times faster
  // than one scan with a character class and a function for each match. (No escape brings in a
  // character that another one replaces.)
  for (const [character, escaped] of SCRIPT_ESCAPES)
    if (json.includes(character)) json = json.replaceAll(character, escaped);
  return json;
}

/** Escapes a value for a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Options for {@link toJsonLdScript}: those of {@link toJsonLd}, and a CSP nonce.
 *
 * @example
 * ```ts
 * const options: ToJsonLdScriptOptions = { nonce: "r4nd0m" };
 * toJsonLdScript(parseArticle(payload), options).startsWith('<script type="application/ld+json" nonce="r4nd0m">');
 * //=> true
 * ```
 */
export interface ToJsonLdScriptOptions extends ToJsonLdOptions {
  /** A Content-Security-Policy nonce for the element (attribute-escaped). */
  readonly nonce?: string;
}

/**
 * The article's JSON-LD as a `<script type="application/ld+json">` element, safe to put in a page:
 * escaped after `JSON.stringify` over the whole text (see {@link stringifyForScript}), with no HTML
 * entities (they would change the data) and no pattern-matching of `</script>`.
 *
 * @param article - The article model.
 * @param options - The options of {@link toJsonLd}, and a CSP `nonce`; default `{}` (graph form, no nonce).
 * @returns The `<script type="application/ld+json">` element as HTML text.
 * @throws RangeError when the article was built in code with an invalid `DateTime` (never for a parsed one).
 * @throws TypeError when it is needed and `options.baseUrl` is not an absolute `http` or `https` URL.
 *
 * @example
 * ```ts
 * toJsonLdScript(article, { nonce: "r4nd0m" });
 * //=> '<script type="application/ld+json" nonce="r4nd0m">{"@context":"https://schema.org",…}</script>'
 * ```
 */
export function toJsonLdScript(article: Article, options: ToJsonLdScriptOptions = {}): string {
  const nonce = options.nonce === undefined ? "" : ` nonce="${escapeAttribute(options.nonce)}"`;
  return `<script type="application/ld+json"${nonce}>${stringifyForScript(toJsonLd(article, options))}</script>`;
}
