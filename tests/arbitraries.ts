/**
 * fast-check arbitraries for *valid* article payloads: every string trimmed and visible, every id
 * unique, every reference resolving to an entity of a kind its field allows, no containment, event
 * or organization cycles, dates in the normal form `formatDateTime` writes (so a payload survives
 * `serializeArticle(parseArticle(p))` unchanged but for the documented defaults), events that end
 * no earlier than they start, `dateModified` no earlier than `datePublished`, and direct quotes cut
 * verbatim out of a body paragraph.
 *
 * Registries hold 0–5 entities by default (people or organizations one more, for the first author),
 * so hundreds of runs stay fast. The pieces (texts, URLs, language tags, zones, dates, single
 * entities given the ids they may refer to) are exported for other properties (JSON-LD output, say).
 * Articles are built with `map` only (references are indexes resolved against the ids there are),
 * so a failing article shrinks to a small one.
 */
import fc from "fast-check";
import type * as z from "zod";
import {
  type Article,
  AttendanceMode,
  type Event,
  EventKind,
  EventStatus,
  type Image,
  type Location,
  LocationKind,
  type Organization,
  OrganizationKind,
  type Person,
  type Quote,
} from "../src/index.js";

// ─── Payload types: what a payload may hold (dates as strings, references as ids). ────────────────

/** An article payload, as `parseArticle` reads it. */
export type ArticlePayload = z.input<typeof Article>;
/** A person payload. */
export type PersonPayload = z.input<typeof Person>;
/** An organization payload. */
export type OrganizationPayload = z.input<typeof Organization>;
/** A location payload. */
export type LocationPayload = z.input<typeof Location>;
/** An event payload. */
export type EventPayload = z.input<typeof Event>;
/** A quote payload. */
export type QuotePayload = z.input<typeof Quote>;
/** An image payload. */
export type ImagePayload = z.input<typeof Image>;

/** The names of the article's registries. */
export const REGISTRIES = ["people", "organizations", "locations", "events", "quotes", "images"] as const;

/** The name of one registry. */
export type RegistryName = (typeof REGISTRIES)[number];

/** Options for {@link articlePayload}. */
export interface ArticlePayloadOptions {
  /** The most entities in one registry (default 5; people or organizations one more, for the first author). */
  readonly maxRegistry?: number;
  /** The most paragraphs in the body (default 4). */
  readonly maxParagraphs?: number;
  /** The earliest year of a partial date (default 1: the model accepts `0001`–`9999`). */
  readonly minPartialYear?: number;
}

// ─── Building objects with optional fields. ───────────────────────────────────────────────────────

/**
 * One arbitrary per field of `T` (every field must be named, so a field added to a model is not
 * silently left out); `undefined` leaves a field out.
 */
type Fields<T> = { [K in keyof T]-?: fc.Arbitrary<Exclude<T[K], undefined>> | undefined };

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** A plain object with the required fields always and each optional field sometimes. */
function payloadOf<T>(fields: Fields<T>, required: readonly RequiredKeys<T>[]): fc.Arbitrary<T> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, arbitrary] of Object.entries(fields) as [string, fc.Arbitrary<unknown> | undefined][]) {
    if (arbitrary !== undefined) model[key] = arbitrary;
  }
  const requiredKeys = required.map(String);
  return fc.record(model, { requiredKeys, noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
}

/** A choice of one entity among those a field may refer to: an index, taken modulo their number. */
export type Choice = number | undefined;

/** A choice of several entities: indexes, taken modulo their number (repeats dropped). */
export type Choices = readonly number[] | undefined;

/** Maybe a choice (shrinks to no choice, so to fewer references). */
function choice(): fc.Arbitrary<Choice> {
  return fc.option(fc.nat(), { nil: undefined, freq: 2 });
}

/** Maybe several choices. */
function choices(maxLength = 4): fc.Arbitrary<Choices> {
  return fc.option(fc.array(fc.nat(), { maxLength }), { nil: undefined, freq: 2 });
}

/** The id chosen, or `undefined` when nothing was chosen or there is nothing to choose. */
export function pickOne(ids: readonly string[], chosen: Choice): string | undefined {
  return chosen === undefined || ids.length === 0 ? undefined : ids[chosen % ids.length];
}

/** The ids chosen, without repeats, or `undefined` when nothing was chosen or there is nothing to choose. */
export function pickSome(ids: readonly string[], chosen: Choices): string[] | undefined {
  if (chosen === undefined || ids.length === 0) return undefined;
  return [...new Set(chosen.map((index) => ids[index % ids.length] as string))];
}

/** The object without its `undefined` fields (so that they are absent, not present and undefined). */
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

// ─── Text. ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Words in several scripts, with accents (precomposed and decomposed), emoji (with skin tones, ZWJ
 * sequences and flags), and typographic and straight quote marks. None has white space at either end.
 */
export const WORDS = [
  "Khankendi",
  "Xankəndi",
  "Ханкенди",
  "Aghdara",
  "Ağdərə",
  "Khojaly",
  "Xocalı",
  "Garabagh",
  "Qarabağ",
  "university",
  "conference",
  "diplomats",
  "the",
  "of",
  "and",
  "in",
  "1823",
  "2025",
  "café",
  "cafe\u0301",
  "naïve",
  "Zoë",
  "Zoe\u0308",
  "Ærøskøbing",
  "Füzuli",
  "Şuşa",
  "Москва",
  "Україна",
  "Азербайджан",
  "реконструкция",
  "Αθήνα",
  "Երևան",
  "თბილისი",
  "東京",
  "باكو",
  "🎉",
  "🙂",
  "👩🏽‍💻",
  "🇦🇿",
  "“Today,",
  "pride,”",
  "«Bakı»",
  "‘we’",
  '"quoted"',
  "it's",
  "O’Brien",
  "—",
  "(UTC+04:00)",
  "100%",
  "a&b",
  "<tag>",
] as const;

/** A character anyone can see: a letter, a digit, a punctuation mark or a symbol (emoji included). */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\p{Cf}])[\p{L}\p{N}\p{P}\p{S}]/u;

/** A word of random graphemes (any script, any plane) with no white space and something visible. */
export function graphemeWord(): fc.Arbitrary<string> {
  return fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 6 })
    .map((value) => value.replace(/\s+/gu, ""))
    .filter((value) => value !== "" && VISIBLE.test(value));
}

/** A word: mostly from {@link WORDS}, sometimes random graphemes. */
export function word(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
    { arbitrary: graphemeWord(), weight: 1 },
  );
}

/** Words of a paragraph or a line: 1 to `maxWords`. */
export function words(maxWords = 8): fc.Arbitrary<string[]> {
  return fc.array(word(), { minLength: 1, maxLength: maxWords });
}

/** Trimmed, non-empty text of 1 to `maxWords` words joined by single spaces. */
export function visibleText(maxWords = 8): fc.Arbitrary<string> {
  return words(maxWords).map((list) => list.join(" "));
}

const GIVEN_NAMES = ["Elnur", "Sabuhi", "Qabil", "Aysel", "Zoë", "Léa", "José", "Ольга", "Nguyễn", "Ülvi"];
const FAMILY_NAMES = [
  "Mammadov",
  "Məmmədov",
  "Gahramanov",
  "Ashirov",
  "O’Brien",
  "Шевченко",
  "Müller",
  "Núñez",
];

/** A person's name: a given name and a family name, in several scripts. */
export function personName(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...GIVEN_NAMES), fc.constantFrom(...FAMILY_NAMES))
    .map(([given, family]) => `${given} ${family}`);
}

/** Several distinct short texts (alternate names, keywords). */
export function textList(maxLength = 3): fc.Arbitrary<string[]> {
  return fc.uniqueArray(visibleText(3), { minLength: 0, maxLength });
}

// ─── URLs, languages, zones, countries. ──────────────────────────────────────────────────────────

const HOSTS = [
  "news.example.org",
  "example.com",
  "www.wikidata.org",
  "az.wikipedia.org",
  "xn--80ak6aa92e.example",
  "192.0.2.10",
  "[2001:db8::1]",
  "localhost:8080",
];
const PATH_SEGMENTS = ["politics", "wiki", "Q1234", "Xank%C9%99ndi", "ünïcode", "a-b_c.d", "~user", "2025"];

/** An absolute `http` or `https` URL, kept as written (no white space, no credentials). */
export function httpUrl(): fc.Arbitrary<string> {
  const built = fc
    .tuple(
      fc.constantFrom("https", "http", "HTTPS"),
      fc.constantFrom(...HOSTS),
      fc.array(fc.constantFrom(...PATH_SEGMENTS), { maxLength: 3 }),
      fc.constantFrom("", "?q=1&lang=az", "#section-2"),
    )
    .map(([scheme, host, path, tail]) => `${scheme}://${host}/${path.join("/")}${tail}`);
  return fc.oneof(
    built,
    fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
  );
}

/** A few `sameAs` links. */
export function sameAs(): fc.Arbitrary<string[]> {
  return fc.uniqueArray(httpUrl(), { maxLength: 3 });
}

/** BCP 47 tags, each already in the canonical form `Intl.getCanonicalLocales` writes. */
export const LANGUAGE_TAGS = [
  "en",
  "en-GB",
  "az",
  "az-Latn",
  "az-Latn-AZ",
  "az-Cyrl",
  "ru",
  "ru-RU",
  "tr",
  "ka",
  "hy",
  "fr-CA",
  "de-CH",
  "es-419",
  "pt-BR",
  "zh-Hant-TW",
  "zh-Hans",
  "sr-Cyrl-RS",
  "uk",
  "ar",
  "fa-IR",
  "he",
  "ja",
] as const;

/** A canonical BCP 47 language tag. */
export function languageTag(): fc.Arbitrary<string> {
  return fc.constantFrom(...LANGUAGE_TAGS);
}

/** IANA zones, spelled as the library writes them: offsets of whole, half and quarter hours. */
export const TIME_ZONES = [
  "UTC",
  "Asia/Baku",
  "Asia/Tbilisi",
  "Asia/Yerevan",
  "Europe/Istanbul",
  "Europe/Moscow",
  "Europe/London",
  "Europe/Kyiv",
  "America/New_York",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Africa/Monrovia",
] as const;

/** An IANA time zone. */
export function ianaTimeZone(): fc.Arbitrary<string> {
  return fc.constantFrom(...TIME_ZONES);
}

/** ISO 3166-1 alpha-2 codes of real countries. */
export const COUNTRY_CODES = [
  "AZ",
  "GE",
  "AM",
  "TR",
  "RU",
  "UA",
  "KZ",
  "IR",
  "FR",
  "DE",
  "GB",
  "US",
  "JP",
  "BR",
  "IN",
  "ZA",
  "NZ",
  "NP",
] as const;

/** A country code. */
export function countryCode(): fc.Arbitrary<string> {
  return fc.constantFrom(...COUNTRY_CODES);
}

// ─── Dates, in the normal written form. ──────────────────────────────────────────────────────────

const MINUTE = 60_000;

/** Milliseconds since the epoch of a UTC calendar day (any year 1–9999; `Date.UTC` would read 0–99 as 19xx). */
export function utcMillis(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Two digits. */
function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** An offset in the form `formatDateTime` writes: `Z` for zero, else `+04:00`, `-00:30`. */
export function offsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "Z";
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}

/** An instant and the offset it is written at. */
export interface WrittenInstant {
  /** Milliseconds since the epoch. */
  readonly millis: number;
  /** The offset written, in minutes east of UTC (−720 to 840). */
  readonly offsetMinutes: number;
}

/**
 * An instant in normal form, `YYYY-MM-DDTHH:MM:SS[.mmm]±HH:MM` (or `Z`): seconds always, milliseconds
 * only when not zero.
 */
export function formatInstant({ millis, offsetMinutes }: WrittenInstant): string {
  const wall = new Date(millis + offsetMinutes * MINUTE);
  const date = `${String(wall.getUTCFullYear()).padStart(4, "0")}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`;
  const time = `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}:${pad2(wall.getUTCSeconds())}`;
  const millisecond = wall.getUTCMilliseconds();
  const fraction = millisecond === 0 ? "" : `.${String(millisecond).padStart(3, "0")}`;
  return `${date}T${time}${fraction}${offsetText(offsetMinutes)}`;
}

/** Instants whose wall clock stays within years 1000–9999 at any offset the library accepts. */
const FIRST_INSTANT = utcMillis(1000, 1, 2);
const LAST_INSTANT = utcMillis(9999, 12, 30);

/** Real-world offsets (half and quarter hours, the extremes, `-00:30`), or any whole minute in range. */
export function offsetMinutes(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(
      0,
      60,
      180,
      240,
      270,
      330,
      345,
      525,
      570,
      630,
      765,
      840,
      -30,
      -150,
      -210,
      -300,
      -570,
      -720,
    ),
    fc.integer({ min: -720, max: 840 }),
  );
}

/** An instant (mostly 1990–2040, sometimes anywhere in 1000–9999), often on a whole second. */
export function writtenInstant(): fc.Arbitrary<WrittenInstant> {
  const millis = fc.oneof(
    { arbitrary: fc.integer({ min: utcMillis(1990), max: utcMillis(2040) }), weight: 2 },
    { arbitrary: fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT }), weight: 1 },
  );
  return fc
    .record({ millis, whole: fc.boolean(), offsetMinutes: offsetMinutes() })
    .map(({ millis: value, whole, offsetMinutes: offset }) => ({
      millis: whole ? value - (((value % 1000) + 1000) % 1000) : value,
      offsetMinutes: offset,
    }));
}

/** An instant in normal form (see {@link formatInstant}). */
export function instantText(): fc.Arbitrary<string> {
  return writtenInstant().map(formatInstant);
}

/** Two instants in normal form, the second not before the first (possibly at another offset). */
export function orderedInstantTexts(): fc.Arbitrary<[string, string]> {
  return fc
    .tuple(
      writtenInstant(),
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 * 86_400_000 })),
      offsetMinutes(),
    )
    .map(([first, delay, offset]) => {
      const millis = Math.min(first.millis + delay, LAST_INSTANT);
      return [
        formatInstant(first),
        formatInstant({ millis: Math.max(millis, first.millis), offsetMinutes: offset }),
      ];
    });
}

/** Whether a year is a leap year in the proleptic Gregorian calendar. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The days in a month. */
function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date as written, and the first millisecond (UTC) it can mean, for ordering. */
export interface WrittenDate {
  /** The text: an instant in normal form, or `YYYY`, `YYYY-MM`, `YYYY-MM-DD`. */
  readonly text: string;
  /** The first instant it covers, reading a partial date in UTC. */
  readonly from: number;
}

/**
 * A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (days on the calendar only), years from
 * `minYear` to 9999, often historical, sometimes at the edges (`0001`, the years below 100).
 */
export function writtenPartialDate(minYear = 1): fc.Arbitrary<WrittenDate> {
  const low = Math.max(1, minYear);
  const year = fc.oneof(
    { arbitrary: fc.integer({ min: Math.max(low, 1800), max: 2100 }), weight: 3 },
    { arbitrary: fc.integer({ min: low, max: 9999 }), weight: 2 },
    { arbitrary: fc.integer({ min: low, max: Math.max(low, 120) }), weight: 1 },
  );
  return fc
    .tuple(year, fc.constantFrom("year", "month", "day"), fc.integer({ min: 1, max: 12 }), fc.nat())
    .map(([y, precision, month, dayChoice]) => {
      const yearText = String(y).padStart(4, "0");
      if (precision === "year") return { text: yearText, from: utcMillis(y) };
      if (precision === "month") return { text: `${yearText}-${pad2(month)}`, from: utcMillis(y, month) };
      const day = (dayChoice % daysIn(y, month)) + 1;
      return { text: `${yearText}-${pad2(month)}-${pad2(day)}`, from: utcMillis(y, month, day) };
    });
}

/** A partial date's text. */
export function partialDateText(minYear = 1): fc.Arbitrary<string> {
  return writtenPartialDate(minYear).map((date) => date.text);
}

/** An instant or a partial date, as written. */
export function writtenDateValue(minYear = 1): fc.Arbitrary<WrittenDate> {
  return fc.oneof(
    writtenInstant().map((instant) => ({ text: formatInstant(instant), from: instant.millis })),
    writtenPartialDate(minYear),
  );
}

/** An instant or a partial date's text (what event and quote dates hold). */
export function dateValueText(minYear = 1): fc.Arbitrary<string> {
  return writtenDateValue(minYear).map((date) => date.text);
}

/** An event's `startDate` and `endDate`, each maybe absent; when both are there, the end is not before the start. */
export function eventDates(minYear = 1): fc.Arbitrary<Pick<EventPayload, "startDate" | "endDate">> {
  const maybe = fc.option(writtenDateValue(minYear), { nil: undefined, freq: 3 });
  return fc.tuple(maybe, maybe).map(([first, second]) => {
    const [start, end] =
      first !== undefined && second !== undefined && second.from < first.from
        ? [second, first]
        : [first, second];
    return {
      ...(start === undefined ? {} : { startDate: start.text }),
      ...(end === undefined ? {} : { endDate: end.text }),
    };
  });
}

// ─── Ids. ─────────────────────────────────────────────────────────────────────────────────────────

const ID_WORDS = ["khankendi", "Xankəndi", "ханкенди", "café", "🎉", "a.b_c", "x~y", "1823"];

/** How an id is spelled: `person:3`, `urn:person:café:3`, `https://example.org/person/3`, `person:café-3`. */
export interface IdStyle {
  readonly style: "colon" | "urn" | "url" | "slug";
  readonly word: string;
}

/** A way to spell ids. */
export function idStyle(): fc.Arbitrary<IdStyle> {
  return fc.record({
    style: fc.constantFrom("colon", "urn", "url", "slug"),
    word: fc.constantFrom(...ID_WORDS),
  });
}

/**
 * The id of the `index`th entity of a kind, in a style. Kind and index are always in it, so ids of
 * different entities never clash, whatever their styles.
 */
export function formatId(kind: string, index: number, { style, word: part }: IdStyle): string {
  switch (style) {
    case "colon":
      return `${kind}:${index}`;
    case "urn":
      return `urn:${kind}:${part}:${index}`;
    case "url":
      return `https://example.org/${kind}/${index}`;
    case "slug":
      return `${kind}:${part}-${index}`;
  }
}

/** A unique id for the `index`th entity of a kind (see {@link formatId}). */
export function entityId(kind: string, index: number): fc.Arbitrary<string> {
  return idStyle().map((style) => formatId(kind, index, style));
}

// ─── Entities. ────────────────────────────────────────────────────────────────────────────────────

/**
 * An entity before it knows which other entities exist: its own fields are generated, its references
 * are {@link Choice}s, resolved against the ids it is given. Drafts make articles shrink well: when
 * a registry loses an entity, the references to it move to another (or vanish), and stay valid.
 */
export type Draft<Refs, T> = (id: string, refs: Refs) => T;

/** An image's fields but its id (images refer to nothing). */
export function imageFields(): fc.Arbitrary<Omit<ImagePayload, "id">> {
  return payloadOf<Omit<ImagePayload, "id">>(
    {
      url: httpUrl(),
      caption: visibleText(10),
      credit: visibleText(4),
      width: fc.integer({ min: 1, max: 100_000 }),
      height: fc.integer({ min: 1, max: 100_000 }),
      encodingFormat: fc.constantFrom("image/jpeg", "image/png", "image/webp", "image/svg+xml", "image/avif"),
    },
    ["url"],
  );
}

/** An image with this id. */
export function imagePayload(id: string): fc.Arbitrary<ImagePayload> {
  return imageFields().map((fields) => ({ id, ...fields }));
}

/** What an organization may refer to: images (its logo), and the organizations it may belong to. */
export interface OrganizationRefs {
  readonly images: readonly string[];
  readonly parents: readonly string[];
}

/** An organization draft. */
export function organizationDraft(): fc.Arbitrary<Draft<OrganizationRefs, OrganizationPayload>> {
  const fields = payloadOf<Omit<OrganizationPayload, "id" | "logo" | "parentOrganization">>(
    {
      name: visibleText(6),
      alternateNames: textList(),
      kind: fc.constantFrom(...OrganizationKind.options),
      description: visibleText(12),
      url: httpUrl(),
      sameAs: sameAs(),
    },
    ["name"],
  );
  return fc.tuple(fields, choice(), choice()).map(([own, logo, parent]) => (id, refs) => ({
    id,
    ...own,
    ...defined({ logo: pickOne(refs.images, logo), parentOrganization: pickOne(refs.parents, parent) }),
  }));
}

/** An organization with this id. */
export function organizationPayload(id: string, refs: OrganizationRefs): fc.Arbitrary<OrganizationPayload> {
  return organizationDraft().map((draft) => draft(id, refs));
}

/** What a person may refer to. */
export interface PersonRefs {
  readonly organizations: readonly string[];
  readonly images: readonly string[];
}

/** A person draft. */
export function personDraft(): fc.Arbitrary<Draft<PersonRefs, PersonPayload>> {
  const fields = payloadOf<Omit<PersonPayload, "id" | "affiliation" | "image">>(
    {
      name: fc.oneof(personName(), visibleText(3)),
      givenName: fc.constantFrom(...GIVEN_NAMES),
      familyName: fc.constantFrom(...FAMILY_NAMES),
      honorificPrefix: fc.constantFrom("Dr.", "Ambassador", "Prof.", "Гн."),
      alternateNames: textList(),
      jobTitle: visibleText(6),
      description: visibleText(12),
      url: httpUrl(),
      sameAs: sameAs(),
    },
    ["name"],
  );
  return fc.tuple(fields, choice(), choice()).map(([own, affiliation, image]) => (id, refs) => ({
    id,
    ...own,
    ...defined({
      affiliation: pickOne(refs.organizations, affiliation),
      image: pickOne(refs.images, image),
    }),
  }));
}

/** A person with this id. */
export function personPayload(id: string, refs: PersonRefs): fc.Arbitrary<PersonPayload> {
  return personDraft().map((draft) => draft(id, refs));
}

/** A postal address (any of its fields, possibly none). */
export function addressPayload(): fc.Arbitrary<NonNullable<LocationPayload["address"]>> {
  return payloadOf<NonNullable<LocationPayload["address"]>>(
    {
      street: visibleText(4),
      locality: visibleText(2),
      region: visibleText(3),
      postalCode: fc.constantFrom("AZ 2600", "SW1A 1AA", "10115", "0105", "101000", "Ç-12"),
      country: countryCode(),
    },
    [],
  );
}

/** Degrees from `-limit` to `limit`: any double (extremes, tiny values, −0 included), or to six decimals. */
function degrees(limit: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.double({ min: -limit, max: limit, noNaN: true }),
    fc.integer({ min: -limit * 1e6, max: limit * 1e6 }).map((micro) => micro / 1e6),
  );
}

/** A point on the Earth, from the poles to the antimeridian (Khankendi is at 39.8153, 46.7519). */
export function geoPayload(): fc.Arbitrary<NonNullable<LocationPayload["geo"]>> {
  return fc.record({ latitude: degrees(90), longitude: degrees(180) }, { noNullPrototype: true });
}

/** A place draft; its refs are the places it may lie in (those made before it: no cycles). */
export function locationDraft(): fc.Arbitrary<Draft<readonly string[], LocationPayload>> {
  const fields = payloadOf<Omit<LocationPayload, "id" | "containedIn">>(
    {
      name: visibleText(4),
      alternateNames: textList(),
      kind: fc.constantFrom(...LocationKind.options),
      description: visibleText(12),
      address: addressPayload(),
      geo: geoPayload(),
      timeZone: ianaTimeZone(),
      sameAs: sameAs(),
    },
    ["name"],
  );
  return fc.tuple(fields, choice()).map(([own, parent]) => (id, parents) => ({
    id,
    ...own,
    ...defined({ containedIn: pickOne(parents, parent) }),
  }));
}

/** A place with this id; `parents` are the places it may lie in. */
export function locationPayload(id: string, parents: readonly string[]): fc.Arbitrary<LocationPayload> {
  return locationDraft().map((draft) => draft(id, parents));
}

/** What an event may refer to. */
export interface EventRefs {
  readonly locations: readonly string[];
  /** People and organizations. */
  readonly agents: readonly string[];
  /** The events it may be part of (those made before it: no cycles). */
  readonly parents: readonly string[];
  /** Anything `about` may name: people, organizations, places, events, images. */
  readonly anything: readonly string[];
}

type EventRefKeys = "location" | "organizer" | "participants" | "partOf" | "about";

/** An event draft; partial dates from `minPartialYear` (default 1). */
export function eventDraft(minPartialYear = 1): fc.Arbitrary<Draft<EventRefs, EventPayload>> {
  const fields = payloadOf<Omit<EventPayload, "id" | "startDate" | "endDate" | EventRefKeys>>(
    {
      name: visibleText(6),
      description: visibleText(12),
      kind: fc.constantFrom(...EventKind.options),
      status: fc.constantFrom(...EventStatus.options),
      attendanceMode: fc.constantFrom(...AttendanceMode.options),
      sameAs: sameAs(),
    },
    ["name"],
  );
  const chosen = fc.record({
    location: choice(),
    organizer: choice(),
    participants: choices(),
    partOf: choice(),
    about: choices(),
  });
  return fc.tuple(fields, eventDates(minPartialYear), chosen).map(([own, dates, refs]) => (id, ids) => ({
    id,
    ...own,
    ...dates,
    ...defined({
      location: pickOne(ids.locations, refs.location),
      organizer: pickOne(ids.agents, refs.organizer),
      participants: pickSome(ids.agents, refs.participants),
      partOf: pickOne(ids.parents, refs.partOf),
      about: pickSome(ids.anything, refs.about),
    }),
  }));
}

/** An event with this id. */
export function eventPayload(id: string, refs: EventRefs, minPartialYear = 1): fc.Arbitrary<EventPayload> {
  return eventDraft(minPartialYear).map((draft) => draft(id, refs));
}

/** A body as paragraphs of words (joined by single spaces in the payload). */
export type BodyWords = readonly (readonly string[])[];

/** A body of 0 to `maxParagraphs` paragraphs of 1–24 words. */
export function bodyWords(maxParagraphs = 4): fc.Arbitrary<string[][]> {
  return fc.array(fc.array(word(), { minLength: 1, maxLength: 24 }), { maxLength: maxParagraphs });
}

/** The body text of {@link bodyWords}. */
export function bodyText(body: BodyWords): string[] {
  return body.map((paragraph) => paragraph.join(" "));
}

/** How a quote is said: a direct quote's place in the body, or a paraphrase's paragraph. */
type Saying =
  | {
      readonly kind: "direct";
      /** Paragraph, first word and number of words: choices, taken modulo what the body has. */
      readonly paragraph: number;
      readonly start: number;
      readonly length: number;
      /** Whether the text is put in typographic quote marks (`“…”`). */
      readonly marks: boolean;
      /** Whether the quote gives its paragraph's index. */
      readonly withIndex: boolean;
      /** Whether `kind: "direct"` is written or left to its default. */
      readonly explicit: boolean;
    }
  | { readonly kind: "paraphrase"; readonly paragraph: Choice };

/** What a quote says and how: a direct quote (a cut from the body), or a paraphrase. */
function saying(): fc.Arbitrary<Saying> {
  return fc.oneof(
    fc.record({
      kind: fc.constant("direct" as const),
      paragraph: fc.nat(),
      start: fc.nat(),
      length: fc.nat(),
      marks: fc.boolean(),
      withIndex: fc.oneof(fc.constant(true), fc.boolean()),
      explicit: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("paraphrase" as const), paragraph: choice() }),
  );
}

/** The text, kind and paragraph of a quote. */
type QuoteWords = Pick<QuotePayload, "text" | "kind" | "paragraph">;

/**
 * A direct quote: a run of consecutive words cut from one paragraph, sometimes in typographic quote
 * marks, with that paragraph's index (or none). A paraphrase: the reporter's words, maybe with the
 * index of a paragraph. With no body to cut from, a direct quote becomes a paraphrase.
 */
function quoteWords(how: Saying, paraphrase: string, body: BodyWords): QuoteWords {
  if (how.kind === "direct" && body.length > 0) {
    const paragraph = how.paragraph % body.length;
    const list = body[paragraph] ?? [];
    const start = how.start % list.length;
    const cut = list.slice(start, start + 1 + (how.length % (list.length - start))).join(" ");
    return {
      text: how.marks ? `“${cut}”` : cut,
      ...(how.explicit ? { kind: "direct" as const } : {}),
      ...(how.withIndex ? { paragraph } : {}),
    };
  }
  const paragraph = how.kind === "paraphrase" && how.paragraph !== undefined && body.length > 0;
  return {
    text: paraphrase,
    kind: "paraphrase",
    ...(paragraph ? { paragraph: (how.paragraph as number) % body.length } : {}),
  };
}

/** What a quote may refer to. */
export interface QuoteRefs {
  /** People and organizations; at least one (a quote must have a speaker). */
  readonly agents: readonly string[];
  readonly events: readonly string[];
  readonly body: BodyWords;
}

/** A quote draft: direct (when the body has text) or paraphrased; partial dates from `minPartialYear`. */
export function quoteDraft(minPartialYear = 1): fc.Arbitrary<Draft<QuoteRefs, QuotePayload>> {
  const fields = payloadOf<Omit<QuotePayload, "id" | "speaker" | "event" | keyof QuoteWords>>(
    { date: dateValueText(minPartialYear), language: languageTag() },
    [],
  );
  return fc
    .tuple(fields, fc.nat(), choice(), saying(), visibleText(16))
    .map(([own, speaker, event, how, paraphrase]) => (id, refs) => ({
      id,
      speaker: refs.agents[speaker % refs.agents.length] as string,
      ...own,
      ...defined({ event: pickOne(refs.events, event) }),
      ...quoteWords(how, paraphrase, refs.body),
    }));
}

/** A quote with this id. */
export function quotePayload(id: string, refs: QuoteRefs, minPartialYear = 1): fc.Arbitrary<QuotePayload> {
  return quoteDraft(minPartialYear).map((draft) => draft(id, refs));
}

// ─── Articles. ────────────────────────────────────────────────────────────────────────────────────

/** One entity of a registry as generated: how its id is spelled, its draft, and where it is shuffled to. */
interface Entry<D> {
  readonly id: IdStyle;
  readonly draft: D;
  /** Entries are sorted by it (stably): it shrinks to 0, to the order they were made in. */
  readonly place: number;
}

/** One entry. */
function entry<D>(draft: fc.Arbitrary<D>): fc.Arbitrary<Entry<D>> {
  return fc.record({ id: idStyle(), draft, place: fc.nat({ max: 20 }) });
}

/** Up to `max` entries. */
function entries<D>(draft: fc.Arbitrary<D>, max: number): fc.Arbitrary<Entry<D>[]> {
  return fc.array(entry(draft), { maxLength: max });
}

/** The ids of entries of a kind, by the order they were made in. */
function idsFor(kind: string, list: readonly Entry<unknown>[]): string[] {
  return list.map((entry, index) => formatId(kind, index, entry.id));
}

/** Builds a registry: entity `i` is given its id and the ids made before it; then the registry is shuffled. */
function build<Refs, T>(
  list: readonly Entry<Draft<Refs, T>>[],
  ids: readonly string[],
  refs: (earlier: readonly string[]) => Refs,
): T[] {
  return list
    .map((entry, index) => ({
      place: entry.place,
      index,
      item: entry.draft(ids[index] as string, refs(ids.slice(0, index))),
    }))
    .sort((a, b) => a.place - b.place || a.index - b.index)
    .map(({ item }) => item);
}

/** The article's own fields that depend on each other: dates in order, paywall and its sections. */
type LinkedFields = "datePublished" | "dateModified" | "isAccessibleForFree" | "paywalledSections";

/** The article's references to its entities. */
type ArticleRefKeys =
  | "authors"
  | "publisher"
  | "image"
  | "about"
  | "mentions"
  | "contentLocation"
  | "locationCreated";

/** The registries and the body, which {@link articlePayload} adds itself. */
type AddedFields = RegistryName | "body";

/** `datePublished` and maybe a `dateModified` not before it; maybe a paywall with its sections. */
function linkedFields(): fc.Arbitrary<Pick<ArticlePayload, LinkedFields>> {
  return fc
    .record({
      dates: orderedInstantTexts(),
      modified: fc.boolean(),
      free: fc.constantFrom(undefined, true, false),
      sections: fc.uniqueArray(fc.constantFrom(".paywall", "#premium", "article > .locked", "[data-paid]"), {
        maxLength: 2,
      }),
      withSections: fc.boolean(),
    })
    .map(({ dates: [published, modified], modified: hasModified, free, sections, withSections }) => ({
      datePublished: published,
      ...(hasModified ? { dateModified: modified } : {}),
      ...(free === undefined ? {} : { isAccessibleForFree: free }),
      ...(free === false && withSections ? { paywalledSections: sections } : {}),
    }));
}

/** The article's own fields that are neither linked nor references. */
function articleFields(): fc.Arbitrary<Omit<ArticlePayload, LinkedFields | ArticleRefKeys | AddedFields>> {
  return payloadOf<Omit<ArticlePayload, LinkedFields | ArticleRefKeys | AddedFields>>(
    {
      url: httpUrl(),
      headline: visibleText(12),
      alternativeHeadline: visibleText(12),
      description: visibleText(24),
      section: fc.constantFrom("Politics", "Политика", "Cəmiyyət", "World 🌍"),
      keywords: textList(4),
      language: languageTag(),
      dateline: fc.oneof(visibleText(3), fc.constant("9 July 2025 14:05 (UTC+04:00)")),
      dateCreated: instantText(),
      timeZone: ianaTimeZone(),
    },
    ["headline"],
  );
}

/**
 * A valid article payload, built in dependency order: images; organizations (logos, parents made
 * before them); people (affiliations, portraits); places (containment, parents made before them);
 * events (places, people and organizations, larger events made before them, anything); quotes
 * (speakers, events, and the body for direct quotes); then the article: 1–3 authors, maybe a
 * publisher, images, `about` and `mentions` naming any entity but quotes, the places it is about and
 * was written in. At least one person or organization is there (the first author). Every registry
 * holds 0–5 entities (one more at most for the first author), shuffled, and when empty is given as
 * `[]` or left out; so is an empty body.
 */
export function articlePayload(options: ArticlePayloadOptions = {}): fc.Arbitrary<ArticlePayload> {
  const max = options.maxRegistry ?? 5;
  const minYear = options.minPartialYear ?? 1;
  const firstAgent = fc.oneof(
    fc.record({ kind: fc.constant("person" as const), entry: entry(personDraft()) }),
    fc.record({ kind: fc.constant("organization" as const), entry: entry(organizationDraft()) }),
  );
  const omitted = fc.record(
    Object.fromEntries([...REGISTRIES, "body"].map((key) => [key, fc.boolean()])) as Record<
      AddedFields,
      fc.Arbitrary<boolean>
    >,
  );
  return fc
    .record({
      body: bodyWords(options.maxParagraphs ?? 4),
      images: entries(imageFields(), max),
      organizations: entries(organizationDraft(), max),
      people: entries(personDraft(), max),
      firstAgent,
      locations: entries(locationDraft(), max),
      events: entries(eventDraft(minYear), max),
      quotes: entries(quoteDraft(minYear), max),
      fields: articleFields(),
      linked: linkedFields(),
      refs: fc.record({
        authors: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        publisher: choice(),
        image: choices(3),
        about: choices(),
        mentions: choices(),
        contentLocation: choices(3),
        locationCreated: choice(),
      }),
      omitted,
    })
    .map((g) => {
      const organizationEntries =
        g.firstAgent.kind === "organization" ? [g.firstAgent.entry, ...g.organizations] : g.organizations;
      const personEntries = g.firstAgent.kind === "person" ? [g.firstAgent.entry, ...g.people] : g.people;
      const imageIds = idsFor("image", g.images);
      const organizationIds = idsFor("org", organizationEntries);
      const personIds = idsFor("person", personEntries);
      const locationIds = idsFor("place", g.locations);
      const eventIds = idsFor("event", g.events);
      const agents = [...personIds, ...organizationIds];
      const anything = [...agents, ...locationIds, ...eventIds, ...imageIds];
      const registries: { [K in RegistryName]: NonNullable<ArticlePayload[K]> } = {
        images: g.images.map((entry, index) => ({ id: imageIds[index] as string, ...entry.draft })),
        organizations: build(organizationEntries, organizationIds, (parents) => ({
          images: imageIds,
          parents,
        })),
        people: build(personEntries, personIds, () => ({ organizations: organizationIds, images: imageIds })),
        locations: build(g.locations, locationIds, (parents) => parents),
        events: build(g.events, eventIds, (parents) => ({
          locations: locationIds,
          agents,
          parents,
          anything,
        })),
        quotes: build(g.quotes, idsFor("quote", g.quotes), () => ({
          agents,
          events: eventIds,
          body: g.body,
        })),
      };
      const added: Partial<Pick<ArticlePayload, AddedFields>> = {};
      const body = bodyText(g.body);
      if (body.length > 0 || !g.omitted.body) added.body = body;
      for (const name of REGISTRIES) {
        if (registries[name].length > 0 || !g.omitted[name])
          Object.assign(added, { [name]: registries[name] });
      }
      const refs: Pick<ArticlePayload, ArticleRefKeys> = {
        authors: pickSome(agents, g.refs.authors) ?? [],
        ...defined({
          publisher: pickOne(agents, g.refs.publisher),
          image: pickSome(imageIds, g.refs.image),
          about: pickSome(anything, g.refs.about),
          mentions: pickSome(anything, g.refs.mentions),
          contentLocation: pickSome(locationIds, g.refs.contentLocation),
          locationCreated: pickOne(locationIds, g.refs.locationCreated),
        }),
      };
      return { ...g.fields, ...g.linked, ...refs, ...added };
    });
}

/**
 * Values that are valid somewhere in an article, and random JSON: for properties that change a
 * field to something else. References are to `ids` (default: the first id of each kind, and one
 * that names nothing).
 */
export function fieldValue(
  ids: readonly string[] = ["person:0", "org:0", "place:0", "event:0", "quote:0", "image:0", "missing:id"],
): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    visibleText(4),
    instantText(),
    dateValueText(),
    languageTag(),
    ianaTimeZone(),
    httpUrl(),
    fc.constantFrom(...ids),
    fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    fc.constantFrom(
      "  padded  ",
      "",
      " ",
      "\u200B",
      "2025-07-09 14:05",
      "javascript:alert(1)",
      "direct",
      "paraphrase",
      1.5,
      -1,
    ),
  );
}
