/**
 * What author names hold besides a name, as pages write them: a byline word ("By Jane Doe", "Von …",
 * "By: …") or several people ("Jane Doe and John Roe"). Google's checks warn about both, and the
 * reader flags them.
 */

/** A byline word before the name. */
export const BYLINE_PREFIX = /^(by|von|par|por|door|di|da|af|av)(?:\s*[:\-\u2013\u2014]\s*|\s+)/i;

/**
 * Two or more names joined into one: by a word (`and`, `&`, `und`, `et`, `и`, `və`), a semicolon,
 * a slash or a bar, or a comma that is not before a last suffix (`Jane Doe, PhD`, `Martin Luther
 * King, Jr.`). The Spanish and Portuguese `y` and `e` are left alone: they join surnames too
 * (`García-López y Pérez`).
 */
export const JOINED_NAMES =
  /\s(?:and|&|und|et|и|və)\s|[;/|]|,(?!\s*(?:jr|sr|ph\.?\s?d|m\.?d|ii|iii|iv|esq)\.?\s*$)/i;
