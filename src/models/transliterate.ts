/**
 * Readable ASCII for names in any script, so that ids derived from names can be read
 * (`Xankəndi` → `xankendi`, `Ханкенди` → `khankendi`).
 */

const LETTERS: Readonly<Record<string, string>> = {
  // Latin letters that Unicode does not decompose.
  ə: "e",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ħ: "h",
  ŋ: "ng",
  // Cyrillic (Russian, Ukrainian, Belarusian, Azerbaijani and Kazakh letters).
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "gh",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  ј: "y",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "ng",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ү: "u",
  ұ: "u",
  ў: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ҹ: "j",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ә: "e",
  ю: "yu",
  я: "ya",
  // Greek.
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
  // Armenian.
  ա: "a",
  բ: "b",
  գ: "g",
  դ: "d",
  ե: "e",
  զ: "z",
  է: "e",
  ը: "y",
  թ: "t",
  ժ: "zh",
  ի: "i",
  լ: "l",
  խ: "kh",
  ծ: "ts",
  կ: "k",
  հ: "h",
  ձ: "dz",
  ղ: "gh",
  ճ: "ch",
  մ: "m",
  յ: "y",
  ն: "n",
  շ: "sh",
  ո: "o",
  չ: "ch",
  պ: "p",
  ջ: "j",
  ռ: "r",
  ս: "s",
  վ: "v",
  տ: "t",
  ր: "r",
  ց: "ts",
  ւ: "v",
  փ: "p",
  ք: "k",
  օ: "o",
  ֆ: "f",
  // Georgian.
  ა: "a",
  ბ: "b",
  გ: "g",
  დ: "d",
  ე: "e",
  ვ: "v",
  ზ: "z",
  თ: "t",
  ი: "i",
  კ: "k",
  ლ: "l",
  მ: "m",
  ნ: "n",
  ო: "o",
  პ: "p",
  ჟ: "zh",
  რ: "r",
  ს: "s",
  ტ: "t",
  უ: "u",
  ფ: "p",
  ქ: "k",
  ღ: "gh",
  ყ: "q",
  შ: "sh",
  ჩ: "ch",
  ც: "ts",
  ძ: "dz",
  წ: "ts",
  ჭ: "ch",
  ხ: "kh",
  ჯ: "j",
  ჰ: "h",
};

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Lower-case ASCII for a text: accents dropped (NFKD), other letters of Latin, Cyrillic, Greek,
 * Armenian and Georgian transliterated; characters of other scripts are dropped.
 */
export function toAscii(value: string): string {
  // ASCII needs neither decomposing nor transliterating.
  if (!NOT_ASCII.test(value)) return value.toLowerCase();
  const decomposed = value.normalize("NFKD").toLowerCase();
  let out = "";
  for (const character of decomposed) {
    if (character <= "\u007f") {
      out += character;
    } else if (Object.hasOwn(LETTERS, character)) {
      out += LETTERS[character];
    }
  }
  return out;
}

/** An FNV-1a hash of a text, in base 36: a short, stable name for text with no readable ASCII. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A slug for an id: readable ASCII words joined by `-`, at most 60 characters, cut at a word
 * boundary; `x-` and a hash when nothing readable is left (a name in Chinese script, say).
 *
 * @example
 * ```ts
 * slugify("Xankəndi"); //=> "xankendi"
 * slugify("Elnur Mammadov"); //=> "elnur-mammadov"
 * ```
 */
export function slugify(value: string): string {
  const words = toAscii(value)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > 60) break;
    slug = next;
  }
  if (slug === "" && words[0] !== undefined) slug = words[0].slice(0, 60);
  return slug === "" ? `x-${shortHash(value)}` : slug;
}
