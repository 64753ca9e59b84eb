/**
 * What a word is made of, for the word count and for finding a quote's words in the body: letters,
 * marks, digits and connectors (`_`).
 */

/** A letter, mark, digit or connector. */
export const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\p{Pc}]/u;

/** A character of a script written without spaces between words. */
export const UNSPACED_SCRIPT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

/** The same, with the characters those scripts share (the long-vowel mark ー): for word ends. */
const UNSPACED_EXTENDED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}]/u;

/** Whether each ASCII character, by code, is a word character. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) =>
  WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0,
);

/**
 * Whether a code point is a word character that words are told apart around: a character of a
 * script written without spaces is not (its words touch).
 */
function isWordCodePoint(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let word = otherWords.get(code);
  if (word === undefined) {
    const character = String.fromCodePoint(code);
    word = WORD_CHARACTER.test(character) && !UNSPACED_EXTENDED.test(character);
    if (otherWords.size < 10_000) otherWords.set(code, word);
  }
  return word;
}

/** What {@link isWordCodePoint} found for characters beyond ASCII (a few thousand at most in practice). */
const otherWords = new Map<number, boolean>();

/** Scripts whose words take prefixes joined to them (Arabic و, Hebrew ו). */
const JOINED_PREFIX_SCRIPT = /[\p{sc=Arabic}\p{sc=Hebrew}]/u;

/** Whether the character before `index` is an Arabic or Hebrew letter (a prefix may end there). */
function followsJoinedPrefix(text: string, index: number): boolean {
  return index > 0 && JOINED_PREFIX_SCRIPT.test(text.charAt(index - 1));
}

/** Whether the character that starts at `index` is a word character (`false` past the end). */
function startsWithWordAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && isWordCodePoint(code);
}

/** Whether the character that ends at `index` is a word character (`false` at the start). */
function endsWithWordAt(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  const code = isPair ? text.codePointAt(index - 2) : low;
  return code !== undefined && isWordCodePoint(code);
}

/** An apostrophe, or the mark quote comparison puts for a quotation mark inside a word (U+0000). */
const APOSTROPHES = "'\u2019\u0000";

/**
 * Whether a word runs on from `index`: a word character, or the negation `n’t` goes on there
 * (`can’t`, `don't`: `We can` does not stand in `We can’t`, which says the opposite). Other
 * apostrophes keep words apart (`the union’s`, `l’Europe`, `"…승리한다"고`).
 */
function continuesAfter(text: string, index: number): boolean {
  if (startsWithWordAt(text, index)) return true;
  const mark = text.charAt(index);
  const next = text.charAt(index + 1);
  return (
    mark !== "" &&
    APOSTROPHES.includes(mark) &&
    (next === "t" || next === "T") &&
    !startsWithWordAt(text, index + 2)
  );
}

/**
 * Calls `visit` with every place `pattern` starts in `text`, in order, until it returns `true`
 * (Knuth–Morris–Pratt: time linear in both lengths, however the pattern repeats itself).
 */
function someOccurrence(text: string, pattern: string, visit: (at: number) => boolean): boolean {
  const fallback = new Int32Array(pattern.length);
  for (let index = 1, matched = 0; index < pattern.length; index++) {
    while (matched > 0 && pattern.charCodeAt(index) !== pattern.charCodeAt(matched))
      matched = fallback[matched - 1] ?? 0;
    if (pattern.charCodeAt(index) === pattern.charCodeAt(matched)) matched++;
    fallback[index] = matched;
  }
  for (let index = 0, matched = 0; index < text.length; index++) {
    while (matched > 0 && text.charCodeAt(index) !== pattern.charCodeAt(matched))
      matched = fallback[matched - 1] ?? 0;
    if (text.charCodeAt(index) === pattern.charCodeAt(matched)) matched++;
    if (matched === pattern.length) {
      if (visit(index - pattern.length + 1)) return true;
      matched = fallback[matched - 1] ?? 0;
    }
  }
  return false;
}

/**
 * Whether `words` stand in `text` as whole words: found where they neither continue a word before
 * them nor run on into a word after them (`"legal"` is not in `"illegal"`, `"We support"` is not in
 * `"We supported"`). Where `words` start or end with something other than a word character (a
 * dash, a comma) or with a character of a script written without spaces (Han, Kana, Thai…), that
 * end may touch anything; so may the start of words after an Arabic or Hebrew letter (their
 * prefixes, such as "and" and "the", are written joined to the word).
 *
 * @param text - The text to look in.
 * @param words - The words to find.
 * @returns Whether they stand in the text.
 */
export function includesWords(text: string, words: string): boolean {
  const first = text.indexOf(words);
  if (first === -1) return false;
  const checkStart = startsWithWordAt(words, 0);
  const checkEnd = endsWithWordAt(words, words.length);
  const standsWhole = (at: number) =>
    !(checkStart && endsWithWordAt(text, at) && !followsJoinedPrefix(text, at)) &&
    !(checkEnd && continuesAfter(text, at + words.length));
  // The first place is nearly always the answer; all of them are looked at only when it is not.
  return standsWhole(first) || someOccurrence(text, words, standsWhole);
}
