/**
 * Counting the words of an article's body for `wordCount`, in one pass over the text: a word is a
 * run of letters, marks, digits and connectors (`_`), which a single `.`, `'`, `’`, `:`, `·`, `,` or
 * `;` between two such characters does not break (`3.5`, `don't`, `Qarabağ`). Text in scripts
 * written without spaces (a paragraph with any character of Han, Kana, Thai, Lao, Khmer, Myanmar
 * or Tibetan) is counted with `Intl.Segmenter` instead, in the article's language.
 */
import { UNSPACED_SCRIPT, WORD_CHARACTER } from "../models/words.js";

/** What a character is to the counter: none of the others. */
const OTHER = 0;
/** A letter, mark, digit or connector. */
const WORD = 1;
/** A character that joins two word characters into one word. */
const JOINER = 2;
/** Any character of a script written without spaces. */
const UNSPACED = 3;

type Role = typeof OTHER | typeof WORD | typeof JOINER | typeof UNSPACED;

/** The roles of the ASCII characters, by code. */
const ASCII_ROLES = Uint8Array.from({ length: 128 }, (_, code) => {
  const character = String.fromCharCode(code);
  if (".':,;".includes(character)) return JOINER;
  return WORD_CHARACTER.test(character) ? WORD : OTHER;
});

/** Roles of the other characters met so far (a few thousand at most in practice). */
const roles = new Map<number, Role>();

function roleOf(code: number): Role {
  if (code < 128) return ASCII_ROLES[code] as Role;
  return roleOfOther(code);
}

function roleOfOther(code: number): Role {
  let role = roles.get(code);
  if (role === undefined) {
    const character = String.fromCodePoint(code);
    if (code === 0x2019 || code === 0xb7) role = JOINER;
    else if (UNSPACED_SCRIPT.test(character)) role = UNSPACED;
    else role = WORD_CHARACTER.test(character) ? WORD : OTHER;
    if (roles.size < 10_000) roles.set(code, role);
  }
  return role;
}

/** The words of a paragraph, or `undefined` when it holds a script written without spaces. */
function countSpacedWords(paragraph: string): number | undefined {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < paragraph.length; ) {
    let code = paragraph.charCodeAt(index);
    let role: Role;
    if (code < 128) {
      role = ASCII_ROLES[code] as Role;
      index++;
    } else {
      code = paragraph.codePointAt(index) as number;
      index += code > 0xffff ? 2 : 1;
      role = roleOfOther(code);
    }
    if (role === WORD) {
      if (!inWord) words++;
      inWord = true;
    } else if (role === UNSPACED) {
      return undefined;
    } else if (role === JOINER && inWord && index < paragraph.length) {
      const next = roleOf(paragraph.codePointAt(index) as number);
      if (next === UNSPACED) return undefined;
      inWord = next === WORD;
    } else {
      inWord = false;
    }
  }
  return words;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word-like segments of a paragraph, as `Intl.Segmenter` finds them in a language. */
function countSegmentedWords(paragraph: string, language: string): number {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(paragraph)) if (segment.isWordLike) words++;
  return words;
}

/**
 * The number of words in some paragraphs (see the module's description for what a word is).
 *
 * @param paragraphs - The article's body.
 * @param language - The article's language (BCP 47), for text written without spaces; default `en`.
 * @returns The number of words.
 */
export function countWords(paragraphs: readonly string[], language: string | undefined): number {
  let words = 0;
  for (const paragraph of paragraphs)
    words += countSpacedWords(paragraph) ?? countSegmentedWords(paragraph, language ?? "en");
  return words;
}
