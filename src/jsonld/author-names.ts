/**
 * What author names hold besides a name, as pages write them: a byline word ("By Jane Doe", "Von …",
 * "By: …") or several people ("Jane Doe and John Roe"). Google's checks warn about both, and the
 * reader flags them.
 */

/** A byline word that is no part of a name, before the name (`By Jane Doe`, `Par: …`). */
const BYLINE_WORD = /^(?:by|par|por|door)(?:\s*[:\-\u2013\u2014]\s*|\s+)/i;

/**
 * A byline word that is also a particle of names (`von`, `di`, `da`, `af`, `av`), before a separator
 * or before a name of two words or more whose first is capitalised: `Von Anna Weber`, `Di: Marco
 * Rossi`; not `Von Miller`, `Da Silva`, `von der Leyen`. (Letters are spelt in both cases instead of
 * the `i` flag, under which `\p{Lu}` would match small letters too.)
 */
const PARTICLE_BYLINE =
  /^(?:[Vv][Oo][Nn]|[Dd][IiAa]|[Aa][FfVv])(?:\s*[:\-\u2013\u2014]\s*|\s+(?=\p{Lu}\S*\s+\S))/u;

/** Whether an author name starts with a byline word (see BYLINE_WORD and PARTICLE_BYLINE). */
export function startsWithBylineWord(name: string): boolean {
  return BYLINE_WORD.test(name) || PARTICLE_BYLINE.test(name);
}

/** A last suffix or credential after a comma: `Jr.`, `III`, `PhD`, `M.D.`, `CPA`, `RN`… */
const SUFFIX =
  "(?:jr|sr|ii|iii|iv|v|ph\\.?\\s?d|m\\.?d|d\\.?o|d\\.?d\\.?s|j\\.?d|ll\\.?m|m\\.?b\\.?a|m\\.?sc|b\\.?sc|m\\.?a|b\\.?a|c\\.?p\\.?a|r\\.?n|esq)\\.?";

/** The whole of one part between commas when it is a last suffix, white space around it allowed. */
const SUFFIX_PART = new RegExp(`^\\s*${SUFFIX}\\s*$`, "i");

/** A joining word between white space, a semicolon, a slash or a bar. */
const JOINER = /\s(?:and|&|und|et|и|və)\s|[;/|]/i;

/** The Spanish, Portuguese and Italian words for "and" that join two names (`y`, `e`), in either case. */
const NAME_AND = new Set(["y", "Y", "e", "E"]);

/**
 * Whether a comma joins names: whether some part after the first comma is not a last suffix. (Every
 * later comma is followed by fewer of the same parts, so the first comma decides.)
 */
function joinedByComma(name: string): boolean {
  return name
    .split(",")
    .slice(1)
    .some((part) => !SUFFIX_PART.test(part));
}

/**
 * Whether a word `y` or `e` stands between two words or more on each side (`Juan Pérez y María
 * López`), words being what white space divides.
 */
function joinedByAnd(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word !== "");
  return words.some((word, index) => index >= 2 && index < words.length - 2 && NAME_AND.has(word));
}

/**
 * Whether an author name holds two or more names joined into one: by a word (`and`, `&`, `und`, `et`,
 * `и`, `və`), a semicolon, a slash or a bar, a comma that is not before last suffixes (`Jane Doe,
 * PhD, MD`, `Martin Luther King, Jr.`), or the Spanish, Portuguese and Italian `y`/`e` between two
 * names of two words or more each (`Juan Pérez y María López`; not `Ortega y Gasset`, `García-López y
 * Pérez`). Linear in the name's length: each test looks at each character a bounded number of times.
 */
export function namesJoined(name: string): boolean {
  return JOINER.test(name) || joinedByComma(name) || joinedByAnd(name);
}
