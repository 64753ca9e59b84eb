/**
 * `isPlainHttpUrl` is a shortcut for `parsesAsHttpUrl` (the WHATWG URL parser): a text it calls plain
 * is one the parser accepts, as an http(s) URL with a host and no credentials. It may say "not plain"
 * of a good URL (the parser is asked then), never "plain" of a bad one. The property runs 2,000
 * URL-like texts built from parts (100,000 when FC_NIGHTLY is set); the seed is printed, rerun a
 * failure with FC_SEED=<seed>.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isHttpUrl, isPlainHttpUrl, parsesAsHttpUrl } from "../../src/models/fields.js";
import { seed } from "../seed.js";

const numRuns = process.env.FC_NIGHTLY === undefined ? 2_000 : 100_000;
const runs = { seed, numRuns } as const;
const TIMEOUT = process.env.FC_NIGHTLY === undefined ? 60_000 : 3_600_000;

/** A text of 0 to `maxLength` characters from a list of characters. */
function textOf(
  characters: fc.Arbitrary<string>,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<string> {
  return fc.array(characters, { minLength, maxLength }).map((list) => list.join(""));
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const letter = fc.constantFrom(...LETTERS);
const digit = fc.constantFrom(...DIGITS);
const hostCharacter = fc.oneof(
  { arbitrary: letter, weight: 6 },
  { arbitrary: digit, weight: 2 },
  { arbitrary: fc.constant("-"), weight: 1 },
);

/** One label of a host name: ASCII, Punycode-like, numbers, Unicode, long ones, odd characters. */
const label: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: textOf(hostCharacter, 1, 12), weight: 8 },
  { arbitrary: textOf(letter, 2, 6), weight: 4 },
  { arbitrary: textOf(digit, 1, 4), weight: 2 },
  { arbitrary: fc.constantFrom("0x7f", "0X10", "0", "00", "255", "256", "999", "4294967295"), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("xn--", "XN--", "Xn--", "a-xn--", "xn-"), textOf(hostCharacter, 0, 10))
      .map(([prefix, rest]) => `${prefix}${rest}`),
    weight: 2,
  },
  { arbitrary: fc.constantFrom("xn--80ak6aa92e", "xn--a", "xn--", "xn--zz-"), weight: 1 },
  {
    arbitrary: fc.constantFrom("münchen", "東京", "ß", "ﬁ", "ａｂｃ", "İ", "ſ", "\u212a", "a\u200db"),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("-", "--", "a-", "-a", "ab--cd", "a".repeat(63), "b".repeat(64)), weight: 1 },
  { arbitrary: fc.constantFrom("", "a b", "a_b", "a%41", "a*b", "a~b", "[::1]", "a@b", "a:b"), weight: 1 },
);

/** A host: labels joined by dots, sometimes with a dot at the end, or an address written as numbers. */
const host: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join(".")), weight: 6 },
  {
    arbitrary: fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), textOf(letter, 2, 6))
      .map(([labels, top]) => `${labels.join(".")}.${top}`),
    weight: 6,
  },
  { arbitrary: simpleHost().map((name) => `${name}.`), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      "999.1.1.1",
      "1.2.3.4",
      "0x7f.1",
      "127.1",
      "1.2.3.4.5",
      "[2001:db8::1]",
      "localhost",
    ),
    weight: 1,
  },
);

/** A simple host name, for the ones given a dot at the end. */
function simpleHost(): fc.Arbitrary<string> {
  return fc.tuple(textOf(hostCharacter, 1, 8), textOf(letter, 2, 5)).map(([name, top]) => `${name}.${top}`);
}

const scheme = fc.oneof(
  { arbitrary: fc.constantFrom("http", "https", "HTTP", "HtTpS"), weight: 8 },
  { arbitrary: fc.constantFrom("ftp", "httpx", "http ", "", "ws"), weight: 2 },
);
const slashes = fc.oneof(
  { arbitrary: fc.constant("//"), weight: 8 },
  { arbitrary: fc.constantFrom("/", "", "///", "\\\\", "/\\"), weight: 2 },
);
const userinfo = fc.oneof(
  { arbitrary: fc.constant(""), weight: 6 },
  { arbitrary: fc.constantFrom("user:pass@", "user@", ":pass@", ":@", "@", "us er@", "a%40b@"), weight: 1 },
);
const port = fc.oneof(
  { arbitrary: fc.constant(""), weight: 3 },
  { arbitrary: textOf(digit, 0, 6).map((digits) => `:${digits}`), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 99_999 }).map((number) => `:${number}`), weight: 2 },
  { arbitrary: fc.constantFrom(":65535", ":65536", ":0", ":080", ":-1", ":8o", ": 80"), weight: 1 },
);

/** Printable ASCII (spaces included), some non-ASCII, and characters URLs treat specially. */
const restCharacter = fc.oneof(
  { arbitrary: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 10 },
  {
    arbitrary: fc.constantFrom(" ", "é", "東", "🙂", "\t", "\n", "\u00a0", "\u2028", "\\", "%", "%zz", "@"),
    weight: 2,
  },
);
const rest = fc.oneof(
  { arbitrary: fc.constant(""), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("/", "?", "#", "\\", ":", ";", "@", " "), textOf(restCharacter, 0, 16))
      .map(([start, text]) => `${start}${text}`),
    weight: 6,
  },
);

/** A URL-like text built from parts; mostly well formed, often not. */
const urlLike: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(scheme, slashes, userinfo, host, port, rest)
      .map(
        ([name, slash, user, hostName, portText, tail]) =>
          `${name}:${slash}${user}${hostName}${portText}${tail}`,
      ),
    weight: 10,
  },
  {
    arbitrary: fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 30 }).map((text) => `https://${text}`), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
);

describe("isPlainHttpUrl is a shortcut for the URL parser", () => {
  test(
    `whenever it is true, parsesAsHttpUrl is true (${numRuns} URL-like texts)`,
    () => {
      let plain = 0;
      let notPlain = 0;
      fc.assert(
        fc.property(urlLike, (text) => {
          if (isPlainHttpUrl(text)) {
            plain++;
            expect({ text, parses: parsesAsHttpUrl(text) }).toEqual({ text, parses: true });
          } else notPlain++;
          // So the shortcut never changes isHttpUrl's answer.
          expect({ text, isHttpUrl: isHttpUrl(text) }).toEqual({ text, isHttpUrl: parsesAsHttpUrl(text) });
        }),
        runs,
      );
      // The texts reach both sides of the shortcut.
      expect(plain).toBeGreaterThan(numRuns / 20);
      expect(notPlain).toBeGreaterThan(numRuns / 20);
    },
    TIMEOUT,
  );
});

describe("examples", () => {
  test.each([
    ["https://www.wikidata.org/wiki/Q1001", true, true],
    ["https://a.example.org:8080/x?y#z", true, true],
    ["HTTP://NEWS.EXAMPLE.ORG/A", true, true],
    ["https://example.com:0", true, true],
    // Not plain: a number for a host, which the parser reads as an IPv4 address and refuses (999 > 255).
    ["http://999.1.1.1/", false, false],
    // Not plain: Punycode, which the parser checks ("xn--a" decodes to nothing valid).
    ["http://xn--a.com/", false, false],
    ["http://XN--a.com/", false, false],
    ["http://xn--80ak6aa92e.com/", false, true],
    // Credentials: neither plain nor accepted.
    ["https://user:pw@example.com/", false, false],
    // A port past 65535: not plain (five digits), and the parser refuses it.
    ["https://example.com:65536/", false, false],
    ["https://example.com:65535/", false, true],
    // A dot at the end, an empty port, a single-label host: not plain, but good URLs.
    ["http://example.com./", false, true],
    ["http://example.com:/", false, true],
    ["http://localhost:8080/", false, true],
    ["ftp://example.com/", false, false],
    // What the URL parser mends or reads otherwise than other parsers: refused as written.
    ["http://example.com\\@evil.com", false, false],
    ["http://example.com/a\\b", false, false],
    ["http://exa\tmple.com/", false, false],
    ["http://example.com/a\nb", false, false],
    ["https://example.com/a b", false, false],
    ["https://example.com/a\u00a0b", false, false],
    ["http://example.com/a\u0001", false, false],
    ["http:///example.com", false, false],
    ["http://@example.com/", false, false],
    ["http://[::1]/", false, true],
    ["http://example.com/ä", false, true],
    ["javascript:alert(1)", false, false],
  ])("%s: plain %s, parsed as an http(s) URL %s", (text, plain, parses) => {
    expect(isPlainHttpUrl(text)).toBe(plain);
    expect(parsesAsHttpUrl(text)).toBe(parses);
    expect(isHttpUrl(text)).toBe(parses);
  });
});
