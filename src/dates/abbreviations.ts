/**
 * Zone abbreviations as newsrooms and servers print them (`CET`, `GMT`). Only those with one meaning
 * are read without help; the rest need the caller's mapping.
 */

/** Abbreviations with exactly one meaning, as offsets in minutes. */
const UNAMBIGUOUS: Readonly<Record<string, number>> = {
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EEST: 180,
  MSK: 180,
  AZT: 240,
  PKT: 300,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/** Abbreviations in common use for more than one offset, with what they can mean. */
const AMBIGUOUS: Readonly<Record<string, string>> = {
  CST: "US Central -06:00, China +08:00, Cuba -05:00",
  CDT: "US Central -05:00, Cuba -04:00",
  IST: "India +05:30, Ireland +01:00, Israel +02:00",
  EET: "Eastern European +02:00, loosely also its summer time +03:00",
  EST: "US Eastern -05:00, Australian Eastern +10:00",
  EDT: "US Eastern -04:00, Australian Eastern +11:00",
  BST: "British Summer +01:00, Bangladesh +06:00",
  PST: "US Pacific -08:00, Philippine +08:00, Pakistan +05:00",
  PDT: "US Pacific -07:00, Pakistan +06:00",
  MST: "US Mountain -07:00, Malaysia +08:00",
  MDT: "US Mountain -06:00",
  AST: "Atlantic -04:00, Arabia +03:00",
  ADT: "Atlantic -03:00, Arabia +04:00",
  AMT: "Amazon -04:00, Armenia +04:00",
  ART: "Argentina -03:00",
  GST: "Gulf +04:00, South Georgia -02:00",
  SST: "Samoa -11:00, Singapore +08:00",
  CAT: "Central Africa +02:00",
  ECT: "Ecuador -05:00, Eastern Caribbean -04:00",
};

/** What an abbreviation means to this library. */
export type AbbreviationMeaning =
  | { readonly kind: "offset"; readonly minutes: number }
  | { readonly kind: "ambiguous"; readonly meanings: string }
  | { readonly kind: "unknown" };

/**
 * Looks up an abbreviation (case-insensitive). A caller's mapping is applied by the parser before
 * this table is consulted.
 */
export function lookupAbbreviation(abbreviation: string): AbbreviationMeaning {
  const key = abbreviation.toUpperCase();
  if (Object.hasOwn(UNAMBIGUOUS, key)) return { kind: "offset", minutes: UNAMBIGUOUS[key] ?? 0 };
  if (Object.hasOwn(AMBIGUOUS, key)) return { kind: "ambiguous", meanings: AMBIGUOUS[key] ?? "" };
  return { kind: "unknown" };
}
