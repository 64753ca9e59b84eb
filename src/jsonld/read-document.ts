/**
 * Taking a JSON-LD document apart: its nodes wherever they are (a lone node, a list, `@graph`, nested
 * inside other nodes), an index by `@id`, the schema.org types of each node, and the context.
 */
import { isPlainObject, own, type PlainObject } from "../models/references.js";
import { type Report, termOf } from "./read-text.js";

/** A node of the document with the JSON Pointer where it stands. */
export interface LocatedNode {
  readonly node: PlainObject;
  readonly pointer: string;
}

/** A value as a list. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The article types read as articles: schema.org's Article and its subtypes. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article",
  "NewsArticle",
  "AnalysisNewsArticle",
  "AskPublicNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReportageNewsArticle",
  "ReviewNewsArticle",
  "Report",
  "SatiricalArticle",
  "ScholarlyArticle",
  "TechArticle",
  "AdvertiserContentArticle",
  "SocialMediaPosting",
  "BlogPosting",
  "LiveBlogPosting",
  "DiscussionForumPosting",
]);

/** Organization types and the kinds they become. */
export const ORGANIZATION_KINDS: ReadonlyMap<string, string | undefined> = new Map([
  ["Organization", undefined],
  ["NewsMediaOrganization", "news-media"],
  ["GovernmentOrganization", "government"],
  ["CollegeOrUniversity", "university"],
  ["School", "school"],
  ["EducationalOrganization", "school"],
  ["PoliticalParty", "political-party"],
  ["NGO", "ngo"],
  ["Corporation", "corporation"],
  ["LocalBusiness", "corporation"],
  ["OnlineBusiness", "corporation"],
  ["SportsOrganization", undefined],
  ["SportsTeam", undefined],
  ["MedicalOrganization", undefined],
  ["PerformingGroup", undefined],
  ["ResearchOrganization", undefined],
  ["Consortium", undefined],
  ["Project", undefined],
]);

/** Place types and the kinds they become. */
export const PLACE_KINDS: ReadonlyMap<string, string | undefined> = new Map([
  ["Place", undefined],
  ["Country", "country"],
  ["AdministrativeArea", "administrative-area"],
  ["State", "administrative-area"],
  ["City", "city"],
  ["CollegeOrUniversity", "campus"],
  ["School", "campus"],
  ["EducationalOrganization", "campus"],
  ["EventVenue", "venue"],
  ["CivicStructure", "venue"],
  ["LandmarksOrHistoricalBuildings", "landmark"],
  ["TouristAttraction", "landmark"],
  ["Residence", undefined],
  ["LocalBusiness", undefined],
]);

/** Event types and the kinds they become. */
export const EVENT_KINDS: ReadonlyMap<string, string | undefined> = new Map([
  ["Event", undefined],
  ["MusicEvent", "concert"],
  ["ExhibitionEvent", "exhibition"],
  ["Festival", "festival"],
  ["SportsEvent", "sports"],
  ["EducationEvent", "education"],
  ["BusinessEvent", "meeting"],
  ["SocialEvent", undefined],
  ["PublicationEvent", undefined],
  ["BroadcastEvent", undefined],
  ["TheaterEvent", undefined],
  ["ScreeningEvent", undefined],
  ["LiteraryEvent", undefined],
]);

const OTHER_TYPES = [
  "Person",
  "Quotation",
  "Claim",
  "ImageObject",
  "MediaObject",
  "WebPage",
  "WebSite",
  "WebPageElement",
  "BreadcrumbList",
  "PostalAddress",
  "GeoCoordinates",
  "QuantitativeValue",
  "ItemPage",
  "CollectionPage",
  "ProfilePage",
  "SearchAction",
  "ListItem",
];

const KNOWN_TYPES: ReadonlyMap<string, string> = new Map(
  [
    ...ARTICLE_TYPES,
    ...ORGANIZATION_KINDS.keys(),
    ...PLACE_KINDS.keys(),
    ...EVENT_KINDS.keys(),
    ...OTHER_TYPES,
  ].map((type) => [type.toLowerCase(), type]),
);

const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/(?:www\.)?schema\.org\/)/i;

/**
 * The schema.org types of a node, with prefixes (`schema:`, `http://schema.org/`) taken off and the
 * case of known types corrected (reported: `imageObject` → `ImageObject`).
 */
export function typesOf(node: PlainObject, pointer: string, report: Report): string[] {
  const raw = own(node, "@type");
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const types: string[] = [];
  for (const item of list) {
    if (typeof item !== "string") continue;
    const name = item.trim().replace(SCHEMA_PREFIX, "");
    const known = KNOWN_TYPES.get(name.toLowerCase());
    if (known !== undefined && known !== name) {
      report(`${pointer}/@type`, "type_case", `The type "${name}" was read as ${known}.`);
    }
    types.push(known ?? name);
  }
  return types;
}

const SCHEMA_CONTEXT = /^https?:\/\/(?:www\.)?schema\.org\/?(?:docs\/jsonldcontext\.json(?:ld)?)?$/i;

/** Whether a `@context` value says schema.org (a string, an object with `@vocab`, or a list holding one). */
function isSchemaContext(context: unknown): boolean {
  if (typeof context === "string") return SCHEMA_CONTEXT.test(context.trim());
  if (Array.isArray(context)) return context.some(isSchemaContext);
  if (isPlainObject(context)) {
    const vocab = own(context, "@vocab");
    return typeof vocab === "string" && SCHEMA_CONTEXT.test(vocab.trim());
  }
  return false;
}

/** Every node of a document, depth first, in document order; nested nodes too. Never recurses. */
export function nodesOf(document: unknown, report: Report): LocatedNode[] {
  const nodes: LocatedNode[] = [];
  const pending: { value: unknown; pointer: string; depth: number }[] = [
    { value: document, pointer: "", depth: 0 },
  ];
  const seen = new Set<unknown>();
  let contextChecked = false;
  while (pending.length > 0) {
    const { value, pointer, depth } = pending.pop() as { value: unknown; pointer: string; depth: number };
    if (depth > 64 || (typeof value === "object" && value !== null && seen.has(value))) continue;
    if (typeof value === "object" && value !== null) seen.add(value);
    const children: { value: unknown; pointer: string; depth: number }[] = [];
    // Only objects and lists can hold nodes: text, numbers and the like are not queued.
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === "object" && item !== null)
          children.push({ value: item, pointer: `${pointer}/${index}`, depth: depth + 1 });
      });
    } else if (isPlainObject(value)) {
      const context = own(value, "@context");
      if (context !== undefined && !isSchemaContext(context) && !contextChecked) {
        contextChecked = true;
        report(
          `${pointer}/@context`,
          "unsupported_context",
          "The @context is not schema.org; it was not fetched, and the terms were read as schema.org's.",
        );
      }
      if (own(value, "@type") !== undefined || own(value, "@id") !== undefined)
        nodes.push({ node: value, pointer });
      for (const key of Object.keys(value)) {
        const child = value[key];
        if (key === "@context" || typeof child !== "object" || child === null) continue;
        const escaped = key.replaceAll("~", "~0").replaceAll("/", "~1");
        children.push({ value: child, pointer: `${pointer}/${escaped}`, depth: depth + 1 });
      }
    }
    for (let index = children.length - 1; index >= 0; index--)
      pending.push(children[index] as (typeof children)[number]);
  }
  return nodes;
}

/**
 * An index of the document's nodes by `@id`. Where a node appears several times (once in full, then
 * as `{ "@id" }` references), the fullest one is kept.
 */
export function indexById(nodes: readonly LocatedNode[]): Map<string, LocatedNode> {
  const index = new Map<string, LocatedNode>();
  for (const located of nodes) {
    const id = own(located.node, "@id");
    if (typeof id !== "string") continue;
    const known = index.get(id);
    if (known === undefined || Object.keys(located.node).length > Object.keys(known.node).length)
      index.set(id, located);
  }
  return index;
}

/** `true` or `false` as text: any case, alone or as schema.org's member (`https://schema.org/True`). */
const BOOLEAN_TEXT = /^(?:(?:https?:\/\/)?schema\.org\/)?(true|false)$/i;

/**
 * `true`, `false`, or what sites write for them: `"true"` and `"False"`, schema.org's `True` and
 * `False` as URLs or `{ "@id": … }`, any of these as a JSON-LD value object (`{ "@value": false }`);
 * `undefined` for anything else.
 */
export function booleanOf(value: unknown): boolean | undefined {
  const text = termOf(value);
  if (typeof text === "boolean") return text;
  if (typeof text !== "string") return undefined;
  const match = BOOLEAN_TEXT.exec(text.trim());
  return match === null ? undefined : match[1]?.toLowerCase() === "true";
}
