/**
 * The field schemas every model is made of: trimmed text with bounds, http(s) URLs, ids and
 * references, languages, country codes. Each failure carries a stable code in `params.code`, which
 * the validators turn into an issue code.
 */
import * as z from "zod";

/** Upper bounds on strings and lists; a payload over them is refused, not truncated. */
export const LIMITS = {
  /** Names, titles, short labels. */
  name: 300,
  /** Headlines, job titles, captions, credits. */
  line: 1_000,
  /** Descriptions and quotations. */
  text: 20_000,
  /** One paragraph of an article's body. */
  paragraph: 100_000,
  /** URLs. */
  url: 2_048,
  /** Ids. */
  id: 200,
  /** Short lists: alternate names, sameAs links, keywords, participants. */
  shortList: 200,
  /** Paragraphs in a body. */
  paragraphs: 5_000,
  /** Entities in one registry. */
  registry: 10_000,
} as const;

/**
 * The characters that are not visible: white space, control and format characters, and the
 * default-ignorable code points (`[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]` in Unicode 15.1,
 * which a test holds this list to). They are written out, those beyond the BMP as the characters
 * themselves, so that the JSON Schema's pattern reads the same in engines without Unicode property
 * escapes (Python's `re`) as in JavaScript's.
 */
const INVISIBLE =
  "\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890-\\u0891\\u08e2" +
  "\\u115f-\\u1160\\u1680\\u17b4-\\u17b5\\u180b-\\u180f\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000" +
  "\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff0-\\ufffb" +
  "\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}";

/** For the JSON Schema: a character that is visible (see `INVISIBLE`). */
export const VISIBLE_PATTERN = `[^${INVISIBLE}]`;
const VISIBLE = new RegExp(VISIBLE_PATTERN, "u");

/**
 * Whether a text has at least one visible character: white space, control and format characters and
 * the default-ignorable ones (zero-width spaces and joiners, bidirectional marks, variation selectors,
 * fillers, tags) do not count.
 */
export function hasVisibleText(value: string): boolean {
  // Most texts start with a printable ASCII character, which is visible.
  const first = value.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || VISIBLE.test(value);
}

/**
 * Text of at most `max` characters as given (so that the JSON Schema's `maxLength` says the same),
 * trimmed, with at least one visible character. Empty after trimming (or only zero-width characters)
 * is the issue `empty_text`.
 */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .trim()
    .refine(hasVisibleText, { params: { code: "empty_text" }, abort: true })
    .meta({ minLength: 1, pattern: VISIBLE_PATTERN });
}

/**
 * The plainest URLs, which the URL parser certainly accepts with a host and no credentials: a
 * domain of letters, digits and hyphens ending in a name of letters (never a number, so never read
 * as an IPv4 address; no `xn--` label, whose Punycode the parser checks), a port of at most four
 * digits, and printable ASCII after it. Anything else is asked of the URL parser.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?!(?:[^/?#]*\.)?xn--)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,63}(?::\d{1,4})?(?:[/?#][\x21-\x5b\x5d-\x7e]*)?$/i;

/** Whether a text is one of the plainest http(s) URLs (see `PLAIN_HTTP_URL`): a shortcut, never a refusal. */
export function isPlainHttpUrl(value: string): boolean {
  return PLAIN_HTTP_URL.test(value);
}

/** Whether a text is an absolute `http:` or `https:` URL with a host and no credentials. */
export function isHttpUrl(value: string): boolean {
  return isPlainHttpUrl(value) || parsesAsHttpUrl(value);
}

/**
 * White space as JavaScript's `\s` and `trim` mean it, written out for the JSON Schema's patterns:
 * other engines' `\s` differs (Python's holds U+001C–U+001F and U+0085, and not U+FEFF), so a
 * pattern with `\s` would accept or refuse other texts there than here.
 */
export const WHITE_SPACE =
  "\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/** White space around a text, as a pattern's start or end (texts are trimmed). */
export const AROUND = `[${WHITE_SPACE}]*`;

/**
 * The characters a URL may not hold as written: white space and control characters (the URL parser
 * drops tabs and line breaks, so `exa\tmple.com` would be read as `example.com` and kept with its
 * tab), and backslashes (the URL parser reads `\` as `/` in http(s) URLs, other parsers do not).
 */
const NOT_IN_URL = `${WHITE_SPACE}\\u0000-\\u001f\\u007f\\\\`;

/**
 * The form a URL must have as written, before the URL parser is asked (the parser mends
 * `http:///x` and `http://@x` into URLs that are not what was written): `http://` or `https://`, an
 * authority that is not empty and has no `@` (no user name, not even an empty one), then a path,
 * query or fragment, none of it white space, a control character or a backslash. The JSON Schema's
 * pattern for URLs is this one, with white space allowed around it (texts are trimmed).
 */
export const HTTP_URL_FORM = `[Hh][Tt][Tt][Pp][Ss]?://[^${NOT_IN_URL}/?#@]+(?:[/?#][^${NOT_IN_URL}]*)?`;
const HTTP_URL_TEXT = new RegExp(`^${HTTP_URL_FORM}$`);

/** {@link isHttpUrl} asked of the URL parser alone (after the written form, {@link HTTP_URL_FORM}). */
export function parsesAsHttpUrl(value: string): boolean {
  if (!HTTP_URL_TEXT.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.hostname !== "" && url.username === "" && url.password === "";
}

/**
 * An absolute `http` or `https` URL, kept as written (trimmed). `javascript:`, `data:`, relative URLs
 * and URLs with credentials are the issue `invalid_url`. (`z.url()` alone accepts `javascript:`.)
 */
export function httpUrl() {
  return z
    .string()
    .max(LIMITS.url)
    .trim()
    .refine(isHttpUrl, { params: { code: "invalid_url" }, abort: true })
    .meta({ pattern: `^${AROUND}${HTTP_URL_FORM}${AROUND}$` });
}

/** No white space, quotes, angle brackets and the like, and no lone surrogate (it cannot be put in a URL). */
const ID_PATTERN = /^[^\s"<>\\^`{|}\uD800-\uDFFF]+$/u;

/**
 * The code points of a text, which zod counts for a string's length (an emoji is one, not two UTF-16
 * units).
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    if ((text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/**
 * Whether a text is a well-formed entity id as {@link entityId} reads it: at most 200 characters (code
 * points, as given), and once trimmed not empty, with no white space, quotes or angle brackets.
 */
export function isEntityId(value: string): boolean {
  if (value.length > LIMITS.id && codePointLength(value) > LIMITS.id) return false;
  const id = value.trim();
  return id.length > 0 && ID_PATTERN.test(id);
}

/**
 * An entity id: no white space, at most 200 characters. Ids made by this library look like
 * `person:elnur-mammadov`; any other id without spaces is kept as given. An empty id is `empty_text`
 * alone (the check stops there), not also an id with a wrong character.
 */
export function entityId() {
  return z
    .string()
    .max(LIMITS.id)
    .trim()
    .min(1, { abort: true })
    .refine((id) => ID_PATTERN.test(id), { params: { code: "invalid_id" }, abort: true })
    .meta({ pattern: `^${AROUND}[^${WHITE_SPACE}"<>\\\\^\`{|}\\uD800-\\uDFFF]+${AROUND}$` });
}

/**
 * A reference to an entity in one of the article's registries, by id. Which registries it may
 * point into is checked by the validators, which know the whole article.
 */
export function reference() {
  return entityId();
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number = LIMITS.shortList) {
  return z.array(item).max(max);
}

/** A list of `sameAs` links: URLs of the same thing elsewhere (Wikidata, Wikipedia, an official page). */
export function sameAsList() {
  return list(httpUrl());
}

/** Canonical forms of the language tags seen so far (a few hundred at most in practice). */
const canonicalLanguages = new Map<string, string | undefined>();

/**
 * The canonical form of a BCP 47 language tag, or `undefined` if it is not one. Its language is an
 * ISO 639 code of two or three letters: BCP 47 keeps four letters for later use, and five to eight
 * for languages registered so, of which there are none (`english` is no tag).
 */
export function canonicalLanguage(tag: string): string | undefined {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  if (canonicalLanguages.has(tag)) return canonicalLanguages.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalLanguages.size < 1000) canonicalLanguages.set(tag, canonical);
  return canonical;
}

/**
 * A BCP 47 language tag (`en`, `az-Latn-AZ`), checked with `Intl.getCanonicalLocales` and written
 * canonically (`EN-gb` → `en-GB`). Anything else is the issue `invalid_language`.
 */
export function language() {
  return z.codec(
    z
      .string()
      .max(100)
      .trim()
      .meta({ pattern: `^${AROUND}[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*${AROUND}$` }),
    z.string(),
    {
      decode: (tag, payload) => {
        const canonical = canonicalLanguage(tag);
        if (canonical !== undefined) return canonical;
        payload.issues.push({
          code: "custom",
          input: tag,
          message: "Invalid language tag.",
          params: { code: "invalid_language" },
        });
        return z.NEVER;
      },
      encode: (tag) => tag,
    },
  );
}

/** The 249 officially assigned ISO 3166-1 alpha-2 codes (`Intl.DisplayNames` also knows `EU`, `UN`, `ZZ`…). */
const COUNTRY_CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ" +
  " LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

let countryCodes: ReadonlySet<string> | undefined;

/** Whether a code is an officially assigned ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  countryCodes ??= new Set(COUNTRY_CODES.split(" "));
  return countryCodes.has(code);
}

/** An ISO 3166-1 alpha-2 country code (`AZ`); anything else is the issue `invalid_country`. */
export function countryCode() {
  return z
    .string()
    .trim()
    .refine(isCountryCode, { params: { code: "invalid_country" }, abort: true })
    .meta({ pattern: `^${AROUND}[A-Z]{2}${AROUND}$` });
}

/** A whole number of pixels, 1 to 100,000. */
export function pixels() {
  return z.int().min(1).max(100_000);
}
