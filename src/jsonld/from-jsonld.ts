/**
 * `fromJsonLd`: what real pages publish, read back into articles. Lenient where pages are sloppy,
 * honest about it: every repair, guess and loss is an issue, and nothing is ever thrown.
 *
 * It builds a payload for each article node and gives it to `validateArticle`, so an imported article
 * meets exactly the rules every other article meets. (This is the one place where `jsonld/` uses
 * `validate/`: duplicating the validation here would be worse than the import.)
 */
import { describeValue } from "../dates/issues.js";
import type { Disambiguation } from "../dates/local.js";
import { type DateValue, parseDateValue } from "../dates/parse.js";
import type { Article } from "../models/article.js";
import {
  ENTITY_KINDS,
  isPlainObject,
  own,
  type PayloadPath,
  type PlainObject,
  REFERENCE_FIELDS,
  REGISTRY_OF,
} from "../models/references.js";
import { validateArticle } from "../validate/article.js";
import { checkJsonValue, type JsonLimits } from "../validate/guard.js";
import { issueAt, toPointer, type ValidationIssue } from "../validate/issues.js";
import { namesJoined, startsWithBylineWord } from "./author-names.js";
import {
  ARTICLE_TYPES,
  booleanOf,
  indexById,
  type LocatedNode,
  listOf,
  nodesOf,
  typesOf,
} from "./read-document.js";
import { EntityReader, ownBaseOf, type ReadContext, readDate, readOrReport, set } from "./read-entities.js";
import { cleanText, cleanUrl, literalOf, oneOf, type Report } from "./read-text.js";
import { readJson } from "./repair.js";

/**
 * Options for {@link fromJsonLd}.
 *
 * @example
 * ```ts
 * const options: FromJsonLdOptions = { url: "https://news.example.org/a", zone: "Europe/Berlin" };
 * const { article } = fromJsonLd(
 *   {
 *     "@type": "NewsArticle",
 *     headline: "H",
 *     datePublished: "2025-07-09 14:05",
 *     author: { "@type": "Person", name: "Mira Holm" },
 *     image: "/images/h.jpg",
 *   },
 *   options,
 * );
 * article && formatDateTime(article.datePublished); //=> "2025-07-09T14:05:00+02:00"
 * article?.images[0]?.url; //=> "https://news.example.org/images/h.jpg"
 * ```
 */
export interface FromJsonLdOptions {
  /** The page's URL: relative and protocol-relative URLs are resolved against it. */
  readonly url?: string;
  /** The zone for date-times written without an offset; without it they stay floating (reported). */
  readonly zone?: string;
  /** How local times in daylight-saving gaps and overlaps are read; default `reject`. */
  readonly disambiguation?: Disambiguation;
  /** The longest JSON text read, in characters; default 1,000,000 (about 1 MB). */
  readonly maxLength?: number;
  /** Limits on the document, checked before any other work (depth 64, … by default). */
  readonly limits?: JsonLimits;
}

/**
 * What {@link fromJsonLd} found.
 *
 * @example
 * ```ts
 * const jsonLd = { "@type": "NewsArticle", headline: "H", datePublished: "2025-07-09T14:05:00+04:00" };
 * const { article, payloads, issues }: FromJsonLdResult = fromJsonLd(jsonLd);
 * article; //=> undefined (an article needs an author)
 * payloads; //=> [{ headline: "H", datePublished: "2025-07-09T14:05:00+04:00" }]
 * issues.map((issue) => issue.code); //=> ["required"]
 * ```
 */
export interface FromJsonLdResult {
  /** The first article that is a valid model, if any. */
  readonly article?: Article;
  /** Every article node that is a valid model, in document order. */
  readonly articles: readonly Article[];
  /**
   * A payload for every article node, valid or not, in document order: what could be read, to fix and
   * validate (an article without an author, or with a date that has no offset, cannot be a model).
   */
  readonly payloads: readonly Readonly<Record<string, unknown>>[];
  /** Repairs and guesses (warnings), what was dropped, and why an article could not be a model (errors). */
  readonly issues: readonly ValidationIssue[];
}

/** The path segments of a JSON Pointer. */
function pathOf(pointer: string): PayloadPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((part) => (/^(?:0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** The first string of a value that may be a string, a list (the rest reported), or a node with a name. */
function firstText(value: unknown, pointer: string, report: Report): unknown {
  const first = literalOf(oneOf(value, pointer, report));
  if (isPlainObject(first)) return own(first, "alternateName") ?? own(first, "name") ?? own(first, "@id");
  return first;
}

/** An article's body as paragraphs: blank lines divide them, or single line breaks where there are none. */
function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  const blocks = text.split(/\n\s*\n/);
  const parts = blocks.length > 1 ? blocks : text.split(/\n/);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * Keywords from a list or a comma-separated text. A list inside the list is read as part of it, as
 * JSON-LD reads nested lists (`[["US", "AWARDS"]]` is two keywords).
 */
function keywords(value: unknown, pointer: string, report: Report): string[] {
  const items = typeof value === "string" ? value.split(",") : listOf(value);
  return items.flatMap((item, index) =>
    Array.isArray(item)
      ? keywords(item, `${pointer}/${index}`, report)
      : (cleanText(item, `${pointer}/${index}`, report) ?? []),
  );
}

/** Flags author names that hold more than a name, keeping them as written. */
function flagAuthors(payload: PlainObject, reader: EntityReader, pointer: string, report: Report) {
  const people = new Map(reader.registries.people.map((person) => [own(person, "id"), own(person, "name")]));
  for (const id of listOf(own(payload, "authors"))) {
    const name = people.get(id);
    if (typeof name !== "string") continue;
    if (startsWithBylineWord(name)) {
      report(
        `${pointer}/author`,
        "author_name_prefix",
        `The author name "${name}" starts with a byline word; it was kept as written.`,
      );
    }
    if (namesJoined(name)) {
      report(
        `${pointer}/author`,
        "author_names_joined",
        `The author name "${name}" looks like several names; it was kept as written.`,
      );
    }
  }
}

/** The URL of the page an article is the main entity of: the WebPage node's `url`, else its `@id` without the fragment. */
function webPageUrl(page: PlainObject, context: ReadContext): unknown {
  const id = own(page, "@id");
  const node = typeof id === "string" ? (context.index.get(id)?.node ?? page) : page;
  return own(node, "url") ?? own(page, "url") ?? (typeof id === "string" ? id.split("#")[0] : undefined);
}

/** Builds the payload of one article node. */
function articlePayload(
  article: LocatedNode,
  nodes: readonly LocatedNode[],
  context: ReadContext,
): PlainObject {
  const { node, pointer } = article;
  const { report } = context;
  const reader = new EntityReader(context);
  reader.reserveOwnNodes(nodes);
  const text = (field: string, markup = false) =>
    cleanText(own(node, field), `${pointer}/${field}`, report, markup);
  const payload: PlainObject = {};
  const page = own(node, "mainEntityOfPage");
  // A text names the page as `{ "@id": … }` does (schema.org's context gives the property `@id`).
  const pageUrl = isPlainObject(page)
    ? webPageUrl(page, context)
    : typeof page === "string"
      ? webPageUrl({ "@id": page }, context)
      : page;
  set(payload, "url", cleanUrl(own(node, "url") ?? pageUrl, context.pageUrl, `${pointer}/url`, report));
  set(payload, "headline", text("headline") ?? text("name"));
  set(payload, "alternativeHeadline", text("alternativeHeadline"));
  set(payload, "description", text("description", true));
  set(payload, "body", paragraphs(text("articleBody", true)));
  set(
    payload,
    "section",
    cleanText(
      firstText(own(node, "articleSection"), `${pointer}/articleSection`, report),
      `${pointer}/articleSection`,
      report,
    ),
  );
  set(payload, "keywords", keywords(own(node, "keywords"), `${pointer}/keywords`, report));
  const language = firstText(own(node, "inLanguage"), `${pointer}/inLanguage`, report);
  set(
    payload,
    "language",
    readOrReport(
      language,
      (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
      `${pointer}/inLanguage`,
      "a language tag",
      report,
    ),
  );
  set(payload, "dateline", text("dateline"));
  for (const field of ["datePublished", "dateModified", "dateCreated"]) {
    set(payload, field, readDate(own(node, field), `${pointer}/${field}`, context));
  }
  const agents = ["person", "organization"] as const;
  const anything = ["person", "organization", "location", "event", "image"] as const;
  set(payload, "authors", reader.entities(own(node, "author"), agents, `${pointer}/author`));
  set(
    payload,
    "publisher",
    reader.entity(own(node, "publisher"), ["organization", "person"], `${pointer}/publisher`),
  );
  set(payload, "image", reader.entities(own(node, "image"), ["image"], `${pointer}/image`));
  set(payload, "about", reader.entities(own(node, "about"), anything, `${pointer}/about`));
  set(payload, "mentions", reader.entities(own(node, "mentions"), anything, `${pointer}/mentions`));
  set(
    payload,
    "contentLocation",
    reader.entities(own(node, "contentLocation"), ["location"], `${pointer}/contentLocation`),
  );
  set(
    payload,
    "locationCreated",
    reader.entity(own(node, "locationCreated"), ["location"], `${pointer}/locationCreated`),
  );
  set(
    payload,
    "isAccessibleForFree",
    readOrReport(
      own(node, "isAccessibleForFree"),
      booleanOf,
      `${pointer}/isAccessibleForFree`,
      "true or false",
      report,
    ),
  );
  const parts = listOf(own(node, "hasPart"));
  const sections: string[] = [];
  parts.forEach((part, index) => {
    const partPointer = `${pointer}/hasPart${Array.isArray(own(node, "hasPart")) ? `/${index}` : ""}`;
    const types = isPlainObject(part) ? typesOf(part, partPointer, report) : [];
    if (types.includes("WebPageElement") && isPlainObject(part)) {
      const selector = cleanText(
        firstText(own(part, "cssSelector"), `${partPointer}/cssSelector`, report),
        `${partPointer}/cssSelector`,
        report,
      );
      if (selector !== undefined && booleanOf(own(part, "isAccessibleForFree")) === false)
        sections.push(selector);
    } else {
      reader.entity(part, ["quote"], partPointer);
    }
  });
  set(payload, "paywalledSections", sections);
  for (const kind of ENTITY_KINDS) set(payload, REGISTRY_OF[kind], reader.registries[REGISTRY_OF[kind]]);
  flagAuthors(payload, reader, pointer, report);
  return payload;
}

/** Whether a date is certainly before another (instants only; partial dates are left to validation). */
function isBefore(later: unknown, earlier: unknown): boolean {
  if (typeof later !== "string" || typeof earlier !== "string") return false;
  const a = parseDateValue(later);
  const b = parseDateValue(earlier);
  const millis = (value: DateValue) => (isPlainObject(value) ? undefined : value.toMillis());
  if (!a.ok || !b.ok) return false;
  const laterMillis = millis(a.value);
  const earlierMillis = millis(b.value);
  return laterMillis !== undefined && earlierMillis !== undefined && laterMillis < earlierMillis;
}

/** Removes an entity and every reference to it (when validation refuses what it needs most). */
function removeEntity(payload: PlainObject, registry: string, index: number): void {
  const list = own(payload, registry);
  if (!Array.isArray(list)) return;
  const entity = list[index];
  const id = isPlainObject(entity) ? own(entity, "id") : undefined;
  payload[registry] = list.filter((_, position) => position !== index);
  if (typeof id !== "string") return;
  const owners: [PlainObject, (typeof REFERENCE_FIELDS)[keyof typeof REFERENCE_FIELDS]][] = [
    [payload, REFERENCE_FIELDS.article],
  ];
  for (const kind of ENTITY_KINDS) {
    for (const item of listOf(own(payload, REGISTRY_OF[kind])))
      if (isPlainObject(item)) owners.push([item, REFERENCE_FIELDS[kind]]);
  }
  for (const [owner, fields] of owners) {
    for (const spec of fields) {
      const value = own(owner, spec.field);
      if (value === id) delete owner[spec.field];
      else if (Array.isArray(value)) owner[spec.field] = value.filter((item) => item !== id);
    }
  }
}

const REQUIRED_ARTICLE_FIELDS = new Set(["headline", "datePublished", "authors"]);
const REQUIRED_ENTITY_FIELDS = new Set(["id", "name", "url", "text", "speaker"]);

/**
 * What to drop for an issue: the value refused, or, when a field its object needs is missing (a
 * latitude dropped in an earlier round leaves a `geo` without one), the object that needs it.
 */
function droppedPath(issue: ValidationIssue): PayloadPath {
  const last = issue.path.at(-1);
  return issue.code === "required" && issue.path.length > 1 && typeof last === "string"
    ? issue.path.slice(0, -1)
    : issue.path;
}

/** What is dropped for an issue: a path in the payload, or a whole entity. */
interface Drop {
  readonly issue: ValidationIssue;
  readonly path: PayloadPath;
  readonly entity?: readonly [registry: string, index: number];
}

/** Orders drops by where they drop, last first (so that earlier list items keep their indices). */
function lastFirst(a: { readonly path: PayloadPath }, b: { readonly path: PayloadPath }): number {
  return toPointer(b.path).localeCompare(toPointer(a.path), "en", { numeric: true });
}

/**
 * Drops what validation refused, where the article can do without it: an optional field, a list item,
 * an object that lacks a field it needs, or (when an entity's name, URL, text or speaker is refused)
 * the entity and the references to it. Returns the issues it dropped for, each with where it
 * dropped, or `undefined` when something the article needs was refused.
 *
 * Paths are dropped first, the last first, and entities afterwards (by id): so no drop moves what
 * another one points at, and two issues that drop the same thing drop it once.
 */
function prune(
  payload: PlainObject,
  issues: readonly ValidationIssue[],
): { issue: ValidationIssue; pointer: string }[] | undefined {
  const drops: Drop[] = [];
  for (const issue of issues) {
    const path = droppedPath(issue);
    const [first, second, third] = path;
    if (
      typeof first !== "string" ||
      (REQUIRED_ARTICLE_FIELDS.has(first) && (second === undefined || first !== "authors"))
    ) {
      return undefined;
    }
    const isRegistry = ENTITY_KINDS.some((kind) => REGISTRY_OF[kind] === first);
    const wholeEntity =
      isRegistry &&
      typeof second === "number" &&
      (third === undefined || (typeof third === "string" && REQUIRED_ENTITY_FIELDS.has(third)));
    drops.push(wholeEntity ? { issue, path: [first, second], entity: [first, second] } : { issue, path });
  }
  const done = new Set<string>();
  const once = (drop: Drop) => {
    const pointer = toPointer(drop.path);
    if (done.has(pointer)) return false;
    done.add(pointer);
    return true;
  };
  for (const drop of drops.filter((each) => each.entity === undefined).sort(lastFirst))
    if (once(drop)) deletePath(payload, drop.path);
  for (const drop of drops.filter((each) => each.entity !== undefined).sort(lastFirst))
    if (drop.entity !== undefined && once(drop)) removeEntity(payload, ...drop.entity);
  return drops
    .sort((a, b) => String(b.issue.pointer).localeCompare(String(a.issue.pointer), "en", { numeric: true }))
    .map(({ issue, path }) => ({ issue, pointer: toPointer(path) }));
}

/** Deletes the value at a path (a list item is taken out of its list). */
function deletePath(target: PlainObject, path: PayloadPath): void {
  const [head, next, ...rest] = path;
  if (typeof head !== "string") return;
  const value = own(target, head);
  if (next === undefined) {
    delete target[head];
  } else if (typeof next === "number" && Array.isArray(value)) {
    if (rest.length === 0) target[head] = value.filter((_, index) => index !== next);
    else if (isPlainObject(value[next])) deletePath(value[next], rest);
  } else if (isPlainObject(value)) {
    deletePath(value, [next, ...rest]);
  }
}

/**
 * Validates a payload, dropping what can be dropped until it is valid or cannot be; at most three
 * rounds. The payload itself is left as it was read (it is handed back to the caller): a copy is pruned.
 */
function settle(
  payload: PlainObject,
  options: FromJsonLdOptions,
  pointer: string,
  issues: ValidationIssue[],
): Article | undefined {
  const validateOptions = {
    ...(options.zone === undefined ? {} : { zone: options.zone }),
    ...(options.disambiguation === undefined ? {} : { disambiguation: options.disambiguation }),
  };
  const path = pathOf(pointer);
  let working = payload;
  for (let round = 0; round < 3; round++) {
    const result = validateArticle(working, validateOptions);
    if (result.ok) return result.value;
    if (working === payload) working = structuredClone(payload);
    const dropped = round < 2 ? prune(working, result.issues) : undefined;
    if (dropped === undefined) {
      for (const issue of result.issues) {
        issues.push(
          issueAt(path, issue.code, `The article at ${pointer || "/"} cannot be a model: ${issue.message}`),
        );
      }
      return undefined;
    }
    for (const { issue, pointer: droppedAt } of dropped) {
      issues.push(
        issueAt(
          path,
          issue.code,
          `${issue.message} (${droppedAt} was dropped from the article at ${pointer || "/"}.)`,
          "warning",
        ),
      );
    }
  }
  return undefined;
}

/** The document, from a value or its JSON text. */
function documentOf(
  input: unknown,
  options: FromJsonLdOptions,
  issues: ValidationIssue[],
): { value: unknown } | undefined {
  if (typeof input !== "string") return { value: input };
  const maxLength = options.maxLength ?? 1_000_000;
  if (input.length > maxLength) {
    issues.push(
      issueAt(
        [],
        "too_large",
        `Expected JSON-LD of at most ${maxLength} characters, but found ${input.length}.`,
      ),
    );
    return undefined;
  }
  const read = readJson(input.replace(/^\uFEFF/, ""));
  if (!read.ok) {
    issues.push(
      issueAt(
        [],
        "invalid_json",
        `Expected JSON-LD text, but it is not JSON at line ${read.line}, column ${read.column} (${read.reason}).`,
      ),
    );
    return undefined;
  }
  for (const repair of read.repairs)
    issues.push(issueAt([], repair, `The JSON-LD text was repaired (${repair}).`, "warning"));
  return { value: read.value };
}

/**
 * Reads the articles in a JSON-LD document, or its text, as real pages publish it: a lone node, a
 * list, `@graph`, an article under a `WebPage`'s `mainEntity`, `@type` lists, `http`/`https` and
 * trailing-slash spellings of the schema.org context (another context is reported and never fetched).
 * Finds every article node (NewsArticle and its subtypes, Article, BlogPosting, LiveBlogPosting,
 * Report…), resolves `@id` references inside the document, and reads authors as strings, nodes,
 * lists or references; images as strings, nodes and lists; dates in every form the dates module
 * reads and the forms pages use besides (`+0200`, `…ZZ`, `11.11.2021`, `2022-5-5 22:17:36`). A time
 * without an offset is read in `options.zone`, else kept as written and reported; never in the
 * machine's zone. HTML entities are decoded and markup in descriptions stripped, each reported;
 * relative URLs are resolved against `options.url`, broken ones dropped and reported; wrongly cased
 * types are understood and reported; a `dateModified` before `datePublished` is a warning (and is
 * dropped), not a failure.
 *
 * Each article node gives a payload (in `payloads`); the payloads that validate give the models (in
 * `articles`, the first as `article`). What validation refuses is dropped where the article can do
 * without it. Never throws, whatever the input.
 *
 * @param input - The JSON-LD: a parsed value, or its JSON text (read with the same repairs as pages need).
 * @param options - The page URL, the zone for local times, the disambiguation and limits; default `{}`.
 * @returns The valid articles (the first as `article`), a payload for every article node, and every issue.
 *
 * @example
 * ```ts
 * const { article, issues } = fromJsonLd(toJsonLd(parseArticle(payload)));
 * article?.headline; //=> "Diplomats visit Khankendi"
 * ```
 */
export function fromJsonLd(input: unknown, options: FromJsonLdOptions = {}): FromJsonLdResult {
  const issues: ValidationIssue[] = [];
  const report: Report = (pointer, code, message, severity = "warning") => {
    issues.push(issueAt(pathOf(pointer), code, message, severity));
  };
  try {
    const read = documentOf(input, options, issues);
    if (read === undefined) return { articles: [], payloads: [], issues };
    const document = read.value;
    const unsafe = checkJsonValue(document, options.limits, "the JSON-LD");
    if (unsafe !== undefined) return { articles: [], payloads: [], issues: [...issues, unsafe] };
    const nodes = nodesOf(document, report);
    const index = indexById(nodes);
    const seen = new Set<unknown>();
    const articleNodes = nodes.filter((located) => {
      const isArticle = typesOf(located.node, located.pointer, report).some((type) =>
        ARTICLE_TYPES.has(type),
      );
      const id = own(located.node, "@id");
      const key = typeof id === "string" ? id : located.node;
      if (!isArticle || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (articleNodes.length === 0) {
      issues.push(
        issueAt(
          [],
          "no_article",
          `Expected an Article, NewsArticle or BlogPosting node in the JSON-LD, but found ${nodes.length === 0 ? describeValue(document) : "none"}.`,
        ),
      );
    }
    const pageUrl = options.url !== undefined && URL.canParse(options.url) ? options.url : undefined;
    if (options.url !== undefined && pageUrl === undefined) {
      report(
        "",
        "invalid_url",
        `The page URL "${options.url.slice(0, 80)}" given in options.url could not be read; it was not used.`,
      );
    }
    // The nodes an article may have named itself, grouped once by the URL before their fragment
    // (blank nodes apart), so that each article looks only at its own.
    const blankNodes: LocatedNode[] = [];
    const nodesByBase = new Map<string, LocatedNode[]>();
    for (const located of nodes) {
      const id = own(located.node, "@id");
      if (typeof id !== "string") continue;
      if (id.startsWith("_:")) blankNodes.push(located);
      else if (id.includes("#")) {
        const base = id.slice(0, id.indexOf("#"));
        const group = nodesByBase.get(base) ?? [];
        group.push(located);
        nodesByBase.set(base, group);
      }
    }
    const articles: Article[] = [];
    const payloads: PlainObject[] = [];
    for (const located of articleNodes) {
      const ownBase = ownBaseOf(located.node);
      const context: ReadContext = {
        index,
        pageUrl: pageUrl ?? ownBase,
        ownBase,
        zone: options.zone,
        disambiguation: options.disambiguation,
        report,
      };
      const named = ownBase === undefined ? [] : (nodesByBase.get(ownBase) ?? []);
      const candidates = blankNodes.length === 0 ? named : [...named, ...blankNodes];
      const payload = articlePayload(located, candidates, context);
      if (isBefore(own(payload, "dateModified"), own(payload, "datePublished"))) {
        report(
          `${located.pointer}/dateModified`,
          "modified_before_published",
          `dateModified (${String(own(payload, "dateModified"))}) is before datePublished (${String(own(payload, "datePublished"))}), as some sites write it; it was dropped.`,
        );
        delete payload.dateModified;
      }
      payloads.push(payload);
      const article = settle(payload, options, located.pointer, issues);
      if (article !== undefined) articles.push(article);
    }
    const [first] = articles;
    return first === undefined
      ? { articles, payloads, issues }
      : { article: first, articles, payloads, issues };
  } catch (error) {
    issues.push(
      issueAt(
        [],
        "internal_error",
        `The JSON-LD could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      ),
    );
    return { articles: [], payloads: [], issues };
  }
}
