/**
 * What a word is made of, for the word count and for finding a quote's words in the body: letters,
 * marks, digits and connectors (`_`).
 */

/** A letter, mark, digit or connector. */
export const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\p{Pc}]/u;

/** A character of a script written without spaces between words. */
export const UNSPACED_SCRIPT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

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
  const character = String.fromCodePoint(code);
  return WORD_CHARACTER.test(character) && !UNSPACED_SCRIPT.test(character);
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

/**
 * Whether `words` stand in `text` as whole words: found where they neither continue a word before
 * them nor run on into a word after them (`"legal"` is not in `"illegal"`, `"We support"` is not in
 * `"We supported"`). Where `words` start or end with something other than a word character (a
 * dash, a comma) or with a character of a script written without spaces (Han, Kana, Thai…), that
 * end may touch anything.
 *
 * @param text - The text to look in.
 * @param words - The words to find.
 * @returns Whether they stand in the text.
 */
export function includesWords(text: string, words: string): boolean {
  const checkStart = startsWithWordAt(words, 0);
  const checkEnd = endsWithWordAt(words, words.length);
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (checkStart && endsWithWordAt(text, at)) continue;
    if (checkEnd && startsWithWordAt(text, at + words.length)) continue;
    return true;
  }
  return false;
}
