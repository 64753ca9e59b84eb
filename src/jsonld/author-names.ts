/**
 * What author names hold besides a name, as pages write them: a byline word ("By Jane Doe", "Von …",
 * "By: …") or several people ("Jane Doe and John Roe"). Google's checks warn about both, and the
 * reader flags them.
 */

/** A byline word before the name. */
export const BYLINE_PREFIX = /^(by|von|par|por|door|di|da|af|av)(?:\s*[:\-\u2013\u2014]\s*|\s+)/i;

/** A last suffix or credential after a comma: `Jr.`, `III`, `PhD`, `M.D.`, `CPA`, `RN`… */
const SUFFIX =
  "(?:jr|sr|ii|iii|iv|v|ph\\.?\\s?d|m\\.?d|d\\.?o|d\\.?d\\.?s|j\\.?d|ll\\.?m|m\\.?b\\.?a|m\\.?sc|b\\.?sc|m\\.?a|b\\.?a|c\\.?p\\.?a|r\\.?n|esq)\\.?";

/**
 * Two or more names joined into one: by a word (`and`, `&`, `und`, `et`, `и`, `və`), a semicolon,
 * a slash or a bar, a comma that is not before last suffixes (`Jane Doe, PhD, MD`, `Martin Luther
 * King, Jr.`), or the Spanish, Portuguese and Italian `y`/`e` between two names of two words or
 * more each (`Juan Pérez y María López`; not `Ortega y Gasset`, `García-López y Pérez`).
 */
export const JOINED_NAMES = new RegExp(
  `\\s(?:and|&|und|et|и|və)\\s|[;/|]|,(?!(?:\\s*${SUFFIX}\\s*,)*\\s*${SUFFIX}\\s*$)|\\S+\\s+\\S+\\s+(?:y|e)\\s+\\S+\\s+\\S+`,
  "i",
);
