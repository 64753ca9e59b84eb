/**
 * Reading the entities of a JSON-LD document into payload entities: people, organizations, places,
 * events, quotations and images, wherever and however a page gives them (a string, a node, a list,
 * an `@id` reference), each once, with its links.
 */
import { formatDateValue } from "../dates/format.js";
import type { Disambiguation } from "../dates/local.js";
import { parseDateValue } from "../dates/parse.js";
import {
  ENTITY_KINDS,
  type EntityKind,
  IdAllocator,
  isPlainObject,
  own,
  type PlainObject,
  REGISTRY_OF,
  type RegistryName,
  withId,
} from "../models/references.js";
import { idFromFragment, withoutFragment } from "./node-ids.js";
import {
  EVENT_KINDS,
  type LocatedNode,
  listOf,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  typesOf,
} from "./read-document.js";
import {
  cleanText,
  cleanUrl,
  isNothing,
  literalOf,
  oneOf,
  type Report,
  reportUnreadable,
  termOf,
} from "./read-text.js";
import { ATTENDANCE_MODE_URLS, EVENT_STATUS_URLS } from "./vocabulary.js";

/** What the readers of one article share. */
export interface ReadContext {
  /** The document's nodes by `@id`. */
  readonly index: ReadonlyMap<string, LocatedNode>;
  /** The URL relative URLs are resolved against. */
  readonly pageUrl: string | undefined;
  /** The article's URL without its fragment: `@id`s under it are this library's own. */
  readonly ownBase: string | undefined;
  /** The zone for date-times written without an offset. */
  readonly zone: string | undefined;
  /** How local times in gaps and overlaps are read. */
  readonly disambiguation: Disambiguation | undefined;
  readonly report: Report;
}

const STATUS_BY_URL = new Map(
  Object.entries(EVENT_STATUS_URLS).map(([status, url]) => [url.toLowerCase(), status]),
);
const MODE_BY_URL = new Map(
  Object.entries(ATTENDANCE_MODE_URLS).map(([mode, url]) => [url.toLowerCase(), mode]),
);

/** Sets a payload field when it has a value (not `undefined`, not an empty list). */
export function set(target: PlainObject, field: string, value: unknown): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  target[field] = value;
}

/**
 * A whole number of pixels from a number, `"1200"`, `"1200px"`, a `QuantitativeValue`'s `value` or
 * (as some pages write it) an `Intangible`'s `name`.
 */
function pixels(value: unknown): number | undefined {
  const literal = literalOf(value);
  if (typeof literal === "number") return Number.isInteger(literal) && literal > 0 ? literal : undefined;
  if (typeof literal === "string") {
    const match = /^\s*(\d{1,6})\s*(?:px)?\s*$/i.exec(literal);
    return match === null ? undefined : pixels(Number(match[1]));
  }
  if (isPlainObject(literal)) {
    const inner = own(literal, "value") ?? own(literal, "name");
    return isPlainObject(inner) ? undefined : pixels(inner);
  }
  return undefined;
}

/** A number from a number or a numeric string. */
function numeric(value: unknown): number | undefined {
  const literal = literalOf(value);
  if (typeof literal === "number" && Number.isFinite(literal)) return literal;
  if (typeof literal === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(literal)) return Number(literal);
  return undefined;
}

/**
 * Reads a field with a reader; a value that is there (not `undefined`, `null` or an empty text) but
 * that the reader cannot read is reported (`unreadable_value`) and left out.
 */
export function readOrReport<T>(
  value: unknown,
  read: (value: unknown) => T | undefined,
  pointer: string,
  expected: string,
  report: Report,
): T | undefined {
  const result = read(value);
  if (result === undefined && !isNothing(value)) reportUnreadable(report, pointer, value, expected);
  return result;
}

/** A two-letter country code, from a code or a `Country` node's `name` (`az` → `AZ`). */
function countryCode(value: unknown): string | undefined {
  const literal = literalOf(value);
  const code = isPlainObject(literal) ? own(literal, "name") : literal;
  return typeof code === "string" && /^[A-Za-z]{2}$/.test(code.trim())
    ? code.trim().toUpperCase()
    : undefined;
}

/**
 * A schema.org enumeration member from its URL (`http:` or `https:`, any case), its compact IRI
 * (`schema:EventScheduled`, `schema.org/EventScheduled`) or its name alone (`EventScheduled`), by a
 * table of URLs.
 */
function memberOf(table: ReadonlyMap<string, string>): (value: unknown) => string | undefined {
  return (value) => {
    const term = termOf(value);
    if (typeof term !== "string") return undefined;
    const text = term
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|schema:|(?=schema\.org\/))(?:schema\.org\/)?/, "");
    return table.get(`https://schema.org/${text}`);
  };
}

const DATE_REPAIRS: readonly [RegExp, string][] = [
  [/^(.*\d)ZZ$/i, "$1Z"],
  [/^(\d{4}-\d{2}-\d{2})[A-Z]{3,4}(\d{2}:\d{2})/, "$1T$2"],
  [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, "$3-$2-$1"],
];

/** Pads the month and day of `2022-5-5 22:17:36` and of the repaired `2021-11-1`. */
function padDate(text: string): string {
  return text.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])/, (_all, y: string, m: string, d: string) => {
    return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  });
}

/**
 * A date as the payload writes it: an instant in its normal form, a partial date, or (when it has
 * no offset and no zone was given) the local time as written, reported as floating. Forms real pages
 * use that the dates module does not (`…ZZ`, `11.11.2021`, `2022-5-5 22:17:36`) are repaired first.
 */
export function readDate(value: unknown, pointer: string, context: ReadContext): string | undefined {
  const one = literalOf(oneOf(value, pointer, context.report));
  if (isNothing(one)) return undefined;
  if (typeof one !== "string") {
    reportUnreadable(context.report, pointer, one, "a date as text");
    return undefined;
  }
  const original = one.trim();
  const options = {
    ...(context.zone === undefined ? {} : { zone: context.zone }),
    ...(context.disambiguation === undefined ? {} : { disambiguation: context.disambiguation }),
  };
  let text = original;
  let result = parseDateValue(text, options);
  if (!result.ok && result.issue.code === "unrecognized_format") {
    for (const [pattern, replacement] of DATE_REPAIRS) text = text.replace(pattern, replacement);
    text = padDate(text);
    if (text !== original) {
      result = parseDateValue(text, options);
      if (result.ok)
        context.report(
          pointer,
          "date_repaired",
          `The date "${original}" at ${pointer} was read as ${formatDateValue(result.value)}.`,
        );
    }
  }
  if (result.ok) return formatDateValue(result.value);
  if (result.issue.code === "missing_zone") {
    context.report(
      pointer,
      "floating_time",
      `The date-time "${original}" at ${pointer} has no offset and no zone was given; it is kept as a local time, which an article cannot hold without a zone.`,
    );
    return text;
  }
  context.report(pointer, result.issue.code, `${result.issue.message} (at ${pointer}; dropped)`, "warning");
  return undefined;
}

/** The kinds an entity's types allow, in the order the referring field prefers them. */
function kindsOf(types: readonly string[], allowed: readonly EntityKind[]): EntityKind[] {
  const possible = new Set<EntityKind>();
  for (const type of types) {
    if (type === "Person") possible.add("person");
    if (ORGANIZATION_KINDS.has(type)) possible.add("organization");
    if (PLACE_KINDS.has(type)) possible.add("location");
    if (EVENT_KINDS.has(type)) possible.add("event");
    if (type === "Quotation" || type === "Claim") possible.add("quote");
    if (type === "ImageObject" || type === "MediaObject") possible.add("image");
  }
  return allowed.filter((kind) => possible.has(kind));
}

/** The kind of the first type that names one, in a kind map. */
function kindFrom(
  types: readonly string[],
  map: ReadonlyMap<string, string | undefined>,
): string | undefined {
  for (const type of types) {
    const kind = map.get(type);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** The entity id this library gave a node, and its kind when known (see {@link EntityReader.ownId}). */
interface OwnId {
  readonly id: string;
  readonly kind: EntityKind | undefined;
}

/** Reads entities into registries for one article, each node once per kind. */
export class EntityReader {
  readonly registries: Record<RegistryName, PlainObject[]> = {
    people: [],
    organizations: [],
    locations: [],
    events: [],
    quotes: [],
    images: [],
  };
  readonly #ids = new IdAllocator();
  readonly #made = new Map<unknown, Map<EntityKind, string>>();
  /** The answers of {@link ownId} so far: by node, and for references by `@id` (`null`: not the article's own). */
  readonly #typedIds = new Map<PlainObject, OwnId | null>();
  readonly #referenceIds = new Map<string, OwnId | null>();
  readonly #context: ReadContext;
  /** While the article's own nodes get their places, their fields wait here (so order follows the document). */
  #deferred: (() => void)[] | undefined;

  constructor(context: ReadContext) {
    this.#context = context;
  }

  /**
   * The entity id this library gave a node, when its `@id` is one of the article's own (under the
   * article's URL, or a blank node this library named), and its kind when the id or the node's type
   * says it (an id such as `urn:x:1` on a `CollegeOrUniversity` leaves the kind to the referring field).
   */
  ownId(node: PlainObject): OwnId | undefined {
    const nodeId = own(node, "@id");
    if (typeof nodeId !== "string") return undefined;
    // A reference (`{ "@id" }`, no type) says no more than its id: one answer for every one of them.
    if (own(node, "@type") === undefined) {
      let found = this.#referenceIds.get(nodeId);
      if (found === undefined) {
        found = this.#findOwnId(node, nodeId) ?? null;
        this.#referenceIds.set(nodeId, found);
      }
      return found ?? undefined;
    }
    let found = this.#typedIds.get(node);
    if (found === undefined) {
      found = this.#findOwnId(node, nodeId) ?? null;
      this.#typedIds.set(node, found);
    }
    return found ?? undefined;
  }

  #findOwnId(node: PlainObject, nodeId: string): OwnId | undefined {
    const base = this.#context.ownBase;
    const blank = nodeId.startsWith("_:");
    if (!blank && (base === undefined || !nodeId.startsWith(`${base}#`))) return undefined;
    const read = idFromFragment(nodeId.slice(blank ? 2 : (base?.length ?? 0) + 1));
    if (read === undefined) return undefined;
    const byType = kindsOf(
      typesOf(node, "", () => {}),
      ENTITY_KINDS,
    );
    return { id: read.id, kind: read.kind ?? (byType.length === 1 ? byType[0] : undefined) };
  }

  /**
   * Reserves the ids of the article's own nodes and gives them registry places in document order, so
   * that a document this library wrote reads back with the same ids in the same order.
   */
  reserveOwnNodes(nodes: readonly LocatedNode[]): void {
    for (const { node } of nodes) {
      const known = this.ownId(node);
      if (known !== undefined) this.#ids.reserve(known.id);
    }
    this.#deferred = [];
    for (const located of nodes) {
      const known = this.ownId(located.node);
      if (known?.kind === undefined || Object.keys(located.node).length <= 1) continue;
      this.entity(located.node, [known.kind], located.pointer);
    }
    const deferred = this.#deferred;
    this.#deferred = undefined;
    for (const fill of deferred) fill();
  }

  /** Reads every value of a field (one or a list) as entities of the allowed kinds; returns their ids. */
  entities(value: unknown, kinds: readonly EntityKind[], pointer: string): string[] {
    const list = listOf(value);
    const ids: string[] = [];
    list.forEach((item, index) => {
      const id = this.entity(item, kinds, Array.isArray(value) ? `${pointer}/${index}` : pointer);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    });
    return ids;
  }

  /** Reads one value as an entity of one of the allowed kinds; returns its id, or `undefined`. */
  entity(given: unknown, kinds: readonly EntityKind[], pointer: string): string | undefined {
    if (Array.isArray(given)) return this.entities(given, kinds, pointer)[0];
    const value = kinds[0] === "image" ? this.#urlOfBareReference(given) : given;
    let node: PlainObject;
    let where = pointer;
    if (typeof value === "string") {
      const first = kinds[0];
      if (first === undefined) return undefined;
      if (kinds.length > 2) {
        // `about` and `mentions` hold any Thing: a text there is a topic, of no kind the model has.
        this.#context.report(
          pointer,
          "unsupported_type",
          `The text "${value}" at ${pointer} names a topic, not a person, organization, place, event or image; it was dropped.`,
        );
        return undefined;
      }
      node = first === "image" ? { url: value } : { name: value };
    } else if (isPlainObject(value)) {
      const reference = own(value, "@id");
      const target = typeof reference === "string" ? this.#context.index.get(reference) : undefined;
      node = target !== undefined && Object.keys(value).length <= 2 ? target.node : value;
      where = target !== undefined && node === target.node ? target.pointer : pointer;
    } else {
      return undefined;
    }
    const known = this.ownId(node);
    const types = typesOf(node, where, () => {});
    const kind =
      known?.kind !== undefined && kinds.includes(known.kind)
        ? known.kind
        : types.length === 0
          ? kinds[0]
          : kindsOf(types, kinds)[0];
    if (kind === undefined) {
      this.#context.report(
        where,
        "unsupported_type",
        `The ${types.join(" / ")} at ${where} is not a kind this field holds (${kinds.join(", ")}); it was dropped.`,
      );
      return undefined;
    }
    const key = typeof value === "string" ? `${kind}:${value}` : node;
    const madeBefore = this.#made.get(key);
    const made = madeBefore?.get(kind);
    if (made !== undefined) return made;
    const fields = this.#fields(kind, node, types, where);
    if (fields === undefined) return undefined;
    const keepsId =
      known !== undefined && (known.kind === undefined || known.kind === kind) && madeBefore === undefined;
    const entity = withId(kind, keepsId ? { id: known.id, ...fields } : fields, this.#ids);
    const id = own(entity, "id") as string;
    const byKind = this.#made.get(key) ?? new Map<EntityKind, string>();
    byKind.set(kind, id);
    this.#made.set(key, byKind);
    this.registries[REGISTRY_OF[kind]].push(entity);
    const fill = () => this.#fill(kind, entity, node, types, where);
    if (this.#deferred === undefined) fill();
    else this.#deferred.push(fill);
    return id;
  }

  /**
   * An image's `{ "@id": url }` that no node of the document describes, as its URL: the same as the
   * URL as text, since schema.org's context gives `image` the type `@id`. Anything else as it is.
   */
  #urlOfBareReference(value: unknown): unknown {
    if (!isPlainObject(value) || Object.keys(value).length !== 1) return value;
    const reference = own(value, "@id");
    if (typeof reference !== "string") return value;
    const described = Object.keys(this.#context.index.get(reference)?.node ?? value).length > 1;
    return described ? value : reference;
  }

  /** The fields an entity needs before its id can be made (its name or URL); `undefined` drops it. */
  #fields(
    kind: EntityKind,
    node: PlainObject,
    types: readonly string[],
    pointer: string,
  ): PlainObject | undefined {
    const report = this.#context.report;
    if (kind === "image") {
      const url = cleanUrl(
        own(node, "url") ?? own(node, "contentUrl"),
        this.#context.pageUrl,
        `${pointer}/url`,
        report,
      );
      if (url === undefined && own(node, "url") === undefined && own(node, "contentUrl") === undefined)
        report(pointer, "missing_name", `The image at ${pointer || "/"} has no URL; it was left out.`);
      return url === undefined ? undefined : { url };
    }
    if (kind === "quote") {
      const text = cleanText(own(node, "text"), `${pointer}/text`, report);
      if (text === undefined) return undefined;
      return { text, kind: types.includes("Claim") ? "paraphrase" : "direct" };
    }
    let name = cleanText(own(node, "name"), `${pointer}/name`, report);
    if (name === undefined && kind === "person") {
      const parts = [own(node, "givenName"), own(node, "familyName")]
        .map(literalOf)
        .filter((part) => typeof part === "string");
      name = parts.length > 0 ? parts.join(" ") : undefined;
    }
    if (name === undefined) {
      report(pointer, "missing_name", `The ${kind} at ${pointer || "/"} has no name; it was left out.`);
      return undefined;
    }
    return { name };
  }

  /** Reads the rest of an entity's fields, following its links. */
  #fill(
    kind: EntityKind,
    entity: PlainObject,
    node: PlainObject,
    types: readonly string[],
    pointer: string,
  ): void {
    const context = this.#context;
    const text = (field: string, markup = false) =>
      cleanText(own(node, field), `${pointer}/${field}`, context.report, markup);
    const url = (field: string) =>
      cleanUrl(own(node, field), context.pageUrl, `${pointer}/${field}`, context.report);
    const urls = (field: string) =>
      listOf(own(node, field)).flatMap((item, index) => {
        const resolved = cleanUrl(item, context.pageUrl, `${pointer}/${field}/${index}`, context.report);
        return resolved === undefined ? [] : [resolved];
      });
    const names = (field: string) =>
      listOf(own(node, field)).flatMap(
        (item, index) => cleanText(item, `${pointer}/${field}/${index}`, context.report) ?? [],
      );
    const one = (field: string, kinds: readonly EntityKind[]) =>
      this.entity(own(node, field), kinds, `${pointer}/${field}`);
    const many = (field: string, kinds: readonly EntityKind[]) =>
      this.entities(own(node, field), kinds, `${pointer}/${field}`);
    const agents: readonly EntityKind[] = ["person", "organization"];
    const anything: readonly EntityKind[] = ["person", "organization", "location", "event", "image"];
    switch (kind) {
      case "person":
        set(entity, "givenName", text("givenName"));
        set(entity, "familyName", text("familyName"));
        set(entity, "honorificPrefix", text("honorificPrefix"));
        set(entity, "alternateNames", names("alternateName"));
        set(
          entity,
          "jobTitle",
          cleanText(
            listOf(own(node, "jobTitle")).map((title) =>
              isPlainObject(title) && own(title, "@value") === undefined ? own(title, "name") : title,
            )[0],
            `${pointer}/jobTitle`,
            context.report,
          ),
        );
        set(entity, "affiliation", one("affiliation", ["organization"]));
        set(entity, "description", text("description", true));
        set(entity, "url", url("url"));
        set(entity, "image", one("image", ["image"]));
        set(entity, "sameAs", urls("sameAs"));
        return;
      case "organization":
        set(entity, "alternateNames", names("alternateName"));
        set(entity, "kind", kindFrom(types, ORGANIZATION_KINDS));
        set(entity, "description", text("description", true));
        set(entity, "url", url("url"));
        set(entity, "logo", one("logo", ["image"]));
        set(entity, "sameAs", urls("sameAs"));
        set(entity, "parentOrganization", one("parentOrganization", ["organization"]));
        return;
      case "location": {
        set(entity, "alternateNames", names("alternateName"));
        set(entity, "kind", kindFrom(types, PLACE_KINDS));
        set(entity, "description", text("description", true));
        set(
          entity,
          "address",
          this.#address(
            oneOf(own(node, "address"), `${pointer}/address`, context.report),
            `${pointer}/address`,
          ),
        );
        set(
          entity,
          "geo",
          this.#geo(oneOf(own(node, "geo"), `${pointer}/geo`, context.report), `${pointer}/geo`),
        );
        set(
          entity,
          "containedIn",
          one(own(node, "containedInPlace") !== undefined ? "containedInPlace" : "containedIn", ["location"]),
        );
        set(entity, "sameAs", urls("sameAs"));
        return;
      }
      case "event": {
        set(entity, "description", text("description", true));
        set(entity, "kind", kindFrom(types, EVENT_KINDS));
        set(entity, "startDate", readDate(own(node, "startDate"), `${pointer}/startDate`, context));
        set(entity, "endDate", readDate(own(node, "endDate"), `${pointer}/endDate`, context));
        set(entity, "location", one("location", ["location"]));
        set(entity, "organizer", one("organizer", agents));
        set(entity, "participants", many("attendee", agents));
        set(entity, "partOf", one("superEvent", ["event"]));
        set(
          entity,
          "status",
          readOrReport(
            own(node, "eventStatus"),
            memberOf(STATUS_BY_URL),
            `${pointer}/eventStatus`,
            "a schema.org EventStatusType",
            context.report,
          ),
        );
        set(
          entity,
          "attendanceMode",
          readOrReport(
            own(node, "eventAttendanceMode"),
            memberOf(MODE_BY_URL),
            `${pointer}/eventAttendanceMode`,
            "a schema.org EventAttendanceModeEnumeration",
            context.report,
          ),
        );
        set(entity, "about", many("about", anything));
        set(entity, "sameAs", urls("sameAs"));
        return;
      }
      case "quote": {
        const speaker = own(node, "creator") ?? own(node, "author") ?? own(node, "spokenByCharacter");
        set(entity, "speaker", this.entity(speaker, agents, `${pointer}/creator`));
        set(entity, "event", one("recordedAt", ["event"]));
        set(entity, "date", readDate(own(node, "dateCreated"), `${pointer}/dateCreated`, context));
        const language = own(node, "inLanguage");
        set(entity, "language", typeof language === "string" ? language.trim() : undefined);
        return;
      }
      case "image":
        set(entity, "caption", text("caption"));
        set(entity, "credit", text("creditText"));
        for (const field of ["width", "height"])
          set(
            entity,
            field,
            readOrReport(
              own(node, field),
              pixels,
              `${pointer}/${field}`,
              "a whole number of pixels",
              context.report,
            ),
          );
        set(entity, "encodingFormat", text("encodingFormat"));
        return;
    }
  }

  /** A postal address from a `PostalAddress` node (a plain string becomes the street). */
  #address(value: unknown, pointer: string): PlainObject | undefined {
    const report = this.#context.report;
    if (typeof value === "string") {
      const street = cleanText(value, pointer, report);
      return street === undefined ? undefined : { street };
    }
    if (!isPlainObject(value)) return undefined;
    const address: PlainObject = {};
    set(address, "street", cleanText(own(value, "streetAddress"), `${pointer}/streetAddress`, report));
    set(address, "locality", cleanText(own(value, "addressLocality"), `${pointer}/addressLocality`, report));
    set(address, "region", cleanText(own(value, "addressRegion"), `${pointer}/addressRegion`, report));
    set(address, "postalCode", cleanText(own(value, "postalCode"), `${pointer}/postalCode`, report));
    set(
      address,
      "country",
      readOrReport(
        own(value, "addressCountry"),
        countryCode,
        `${pointer}/addressCountry`,
        "a two-letter country code",
        report,
      ),
    );
    return Object.keys(address).length === 0 ? undefined : address;
  }

  /** Coordinates from a `GeoCoordinates` node: both numbers, or nothing (each problem reported). */
  #geo(value: unknown, pointer: string): PlainObject | undefined {
    const report = this.#context.report;
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) {
      reportUnreadable(report, pointer, value, "a GeoCoordinates node");
      return undefined;
    }
    const read = (field: string) =>
      readOrReport(own(value, field), numeric, `${pointer}/${field}`, "a number", report);
    const latitude = read("latitude");
    const longitude = read("longitude");
    if (latitude !== undefined && longitude !== undefined) return { latitude, longitude };
    if (latitude !== undefined || longitude !== undefined) {
      const missing = latitude === undefined ? "latitude" : "longitude";
      report(
        pointer,
        "unreadable_value",
        `The coordinates at ${pointer} have no ${missing}; they were left out.`,
      );
    }
    return undefined;
  }
}

/** The article's own base (its URL without the fragment), from its `@id` or `url`. */
export function ownBaseOf(node: PlainObject): string | undefined {
  for (const value of [own(node, "@id"), own(node, "url")]) {
    if (typeof value === "string" && /^https?:\/\//i.test(value.trim()) && URL.canParse(value.trim())) {
      return withoutFragment(value.trim());
    }
  }
  return undefined;
}
