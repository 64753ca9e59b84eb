/**
 * What author names hold besides a name, as pages write them: a byline word ("By Jane Doe", "Von …",
 * "By: …") or several people ("Jane Doe and John Roe"). Google's checks warn about both, and the
 * reader flags them.
 */

/** A byline word before the name. */
export const BYLINE_PREFIX = /^(by|von|par|por|door|di|da|af|av)(?:\s*[:\-\u2013\u2014]\s*|\s+)/i;

/** Two or more names joined into one. */
export const JOINED_NAMES = /\s(and|&|und|et|y|e|и|və)\s|[,;/|]/i;
