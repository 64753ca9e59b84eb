/**
 * The checks a schema cannot make because they need the whole article: references resolve to an
 * entity of the right kind, ids are unique, no place contains itself and no event is part of itself,
 * dates are in order, and quotes are where they say and say what the body says.
 */

import { formatDateValue } from "../dates/format.js";
import { describeValue, quoteInput } from "../dates/issues.js";
import { type DateValue, isInstant, parseDateValue } from "../dates/parse.js";
import { isEntityId } from "../models/fields.js";
import {
  ENTITY_KINDS,
  type EntityKind,
  isPlainObject,
  own,
  type PayloadPath,
  type PlainObject,
  REFERENCE_FIELDS,
  REGISTRY_OF,
  type ReferenceField,
} from "../models/references.js";
import { includesWords, WORD_CHARACTER } from "../models/words.js";
import { fieldName, issueAt, type ValidationIssue, type ValidationIssueCode } from "./issues.js";

const KIND_WORDS: Readonly<Record<EntityKind, string>> = {
  person: "a person",
  organization: "an organization",
  location: "a place",
  event: "an event",
  quote: "a quote",
  image: "an image",
};

/** `a person or an organization`, for messages. */
function kindsInWords(kinds: readonly EntityKind[]): string {
  const words = kinds.map((kind) => KIND_WORDS[kind]);
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

interface Indexed {
  readonly kind: EntityKind;
  readonly entity: PlainObject;
  readonly path: PayloadPath;
}

/** The entities of a payload, registry by registry, with where each stands. */
function* entities(payload: PlainObject): Generator<Indexed> {
  for (const kind of ENTITY_KINDS) {
    const list = own(payload, REGISTRY_OF[kind]);
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index++) {
      const entity = list[index];
      if (isPlainObject(entity)) yield { kind, entity, path: [REGISTRY_OF[kind], index] };
    }
  }
}

/** Every id to its entity; a second entity with an id already taken is a `duplicate_id`. */
function indexIds(payload: PlainObject, report: Report): Map<string, Indexed> {
  const index = new Map<string, Indexed>();
  for (const item of entities(payload)) {
    const ownId = own(item.entity, "id");
    if (typeof ownId !== "string") continue;
    const id = ownId.trim();
    const first = index.get(id);
    if (first === undefined) {
      index.set(id, item);
    } else {
      report(
        [...item.path, "id"],
        "duplicate_id",
        (field, nameOf) =>
          `Expected ${field} to be unique in the article, but found "${quoteInput(id)}", the id of ${nameOf(first.path)} too.`,
      );
    }
  }
  return index;
}

type Report = (
  path: PayloadPath,
  code: ValidationIssueCode,
  message: (field: string, nameOf: (path: PayloadPath) => string) => string,
) => void;

/** Checks one reference: it names an entity, of a kind the field allows. */
function checkReference(
  value: unknown,
  spec: ReferenceField,
  path: PayloadPath,
  ids: Map<string, Indexed>,
  report: Report,
) {
  if (typeof value !== "string" || !isEntityId(value)) return;
  const target = ids.get(value.trim());
  if (target === undefined) {
    report(
      path,
      "unresolved_reference",
      (field) =>
        `Expected ${field} to refer to ${kindsInWords(spec.kinds)} in the article, but found "${quoteInput(value)}", which is the id of no entity.`,
    );
  } else if (!spec.kinds.includes(target.kind)) {
    report(
      path,
      "wrong_reference_kind",
      (field) =>
        `Expected ${field} to refer to ${kindsInWords(spec.kinds)}, but found "${quoteInput(value)}", which is ${KIND_WORDS[target.kind]}.`,
    );
  }
}

/** Checks every reference field of one owner (the article or an entity). */
function checkReferences(
  owner: PlainObject,
  fields: readonly ReferenceField[],
  base: PayloadPath,
  ids: Map<string, Indexed>,
  report: Report,
) {
  for (const spec of fields) {
    const value = own(owner, spec.field);
    if (spec.many) {
      // One id where a list belongs is reported by the schema alone.
      if (!Array.isArray(value)) continue;
      value.forEach((item, index) => {
        checkReference(item, spec, [...base, spec.field, index], ids, report);
      });
    } else {
      checkReference(value, spec, [...base, spec.field], ids, report);
    }
  }
}

/** The fields that lead from an entity to a larger one of its kind, and what a loop in them is called. */
export const CHAINS: readonly {
  kind: EntityKind;
  field: string;
  code: ValidationIssueCode;
  words: string;
}[] = [
  { kind: "location", field: "containedIn", code: "containment_cycle", words: "a larger place" },
  {
    kind: "organization",
    field: "parentOrganization",
    code: "organization_cycle",
    words: "a larger organization",
  },
  { kind: "event", field: "partOf", code: "event_cycle", words: "a larger event" },
];

/** A string trimmed; anything else `undefined`. */
function trimmed(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

/** One entity of a chain: its id and the id its chain field names (trimmed), when it has them. */
export interface ChainLink {
  readonly id: string | undefined;
  readonly next: string | undefined;
}

/** A loop of a chain: the position of its first member, and the ids around it from that member. */
export interface ChainLoop {
  readonly position: number;
  readonly loop: readonly string[];
}

/**
 * The loops among entities that each lead to at most one other (`containedIn`, `partOf`,
 * `parentOrganization`), each found once and in linear time. An entity's own link is taken from
 * `links`; further steps from `next` (which knows the entity each id names). A loop is told from
 * its member that comes first in `links`, and the loops come in that order.
 */
export function chainLoops(
  links: readonly ChainLink[],
  next: (id: string) => string | undefined,
): ChainLoop[] {
  // Where each id first stands: needed only to tell a loop, so made when the first one is found.
  let firstPosition: Map<string, number> | undefined;
  const positionOf = (id: string) => {
    if (firstPosition === undefined) {
      firstPosition = new Map();
      for (const [position, link] of links.entries()) {
        if (link.id !== undefined && !firstPosition.has(link.id)) firstPosition.set(link.id, position);
      }
    }
    return firstPosition.get(id) ?? Number.POSITIVE_INFINITY;
  };
  const walkOf = new Map<string, number>();
  const loops: ChainLoop[] = [];
  links.forEach(({ id, next: first }, position) => {
    if (id === undefined || walkOf.has(id)) return;
    const path: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !walkOf.has(current)) {
      walkOf.set(current, position);
      path.push(current);
      current = path.length === 1 ? first : next(current);
    }
    // Only a walk that meets itself has found a loop (meeting an earlier walk found nothing new).
    if (current === undefined || walkOf.get(current) !== position) return;
    const members = path.slice(path.indexOf(current));
    const start = members.reduce(
      (best, member, index) => (positionOf(member) < positionOf(members[best] as string) ? index : best),
      0,
    );
    const loop = [...members.slice(start), ...members.slice(0, start)];
    loops.push({ position: positionOf(loop[0] as string), loop });
  });
  return loops.sort((a, b) => a.position - b.position);
}

/** Finds chains (`containedIn`, `partOf`, `parentOrganization`) that come back to where they started. */
function checkCycles(payload: PlainObject, ids: Map<string, Indexed>, report: Report) {
  for (const chain of CHAINS) {
    const list = own(payload, REGISTRY_OF[chain.kind]);
    if (!Array.isArray(list)) continue;
    // Ids are compared as the model has them: trimmed.
    const links = list.map(
      (entity): ChainLink =>
        isPlainObject(entity)
          ? { id: trimmed(own(entity, "id")), next: trimmed(own(entity, chain.field)) }
          : { id: undefined, next: undefined },
    );
    const next = (id: string) => {
      const entry = ids.get(id);
      return entry?.kind === chain.kind ? trimmed(own(entry.entity, chain.field)) : undefined;
    };
    for (const { position, loop } of chainLoops(links, next)) {
      const start = loop[0] as string;
      const around = [...loop, start].join(" → ");
      report(
        [REGISTRY_OF[chain.kind], position, chain.field],
        chain.code,
        (field) =>
          `Expected ${field} to lead to ${chain.words}, but it comes back to "${start}" (${quoteInput(around)}).`,
      );
    }
  }
}

const HOUR = 3_600_000;

/**
 * The earliest and latest instants a date can mean, in milliseconds. A partial date is a span of
 * calendar days; against an instant it is widened by the zones' reach (−12:00…+14:00), since it
 * has no zone of its own.
 */
function bounds(value: DateValue, widen: boolean): [number, number] {
  if (isInstant(value)) return [value.toMillis(), value.toMillis()];
  const month = value.precision === "year" ? 0 : value.month - 1;
  const start = utcDay(value.year, month, value.precision === "day" ? value.day : 1);
  const end =
    value.precision === "year"
      ? utcDay(value.year + 1, 0, 1)
      : value.precision === "month"
        ? utcDay(value.year, month + 1, 1)
        : utcDay(value.year, month, value.day + 1);
  return widen ? [start - 14 * HOUR, end + 12 * HOUR] : [start, end - 1];
}

/** Midnight UTC of a day, in milliseconds; years 0–99 are those years, not 1900–1999 as `Date.UTC` has it. */
function utcDay(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month, day);
}

/** A date field's value: from the decoded model when there is one, else read from the payload. */
function dateOf(payloadValue: unknown, modelValue: DateValue | undefined): DateValue | undefined {
  if (modelValue !== undefined) return modelValue;
  if (typeof payloadValue !== "string") return undefined;
  const result = parseDateValue(payloadValue);
  return result.ok ? result.value : undefined;
}

/**
 * Whether a later date is not before an earlier one: for partial dates, not certainly before (a day
 * or a year is a span; against an instant it is widened by the zones' reach).
 */
export function isInOrder(earlier: DateValue, later: DateValue): boolean {
  const widen = isInstant(earlier) !== isInstant(later);
  return bounds(later, widen)[1] >= bounds(earlier, widen)[0];
}

/** The message for a date before the one it must not precede (`earlierName`, holding `earlier`). */
export function outOfOrderMessage(
  field: string,
  earlierName: string,
  earlier: DateValue,
  later: DateValue,
): string {
  return `Expected ${field} to be on or after ${earlierName} (${formatDateValue(earlier)}), but found ${formatDateValue(later)}.`;
}

/** Checks that a later date is not before an earlier one (certainly before, for partial dates). */
function checkOrder(
  earlier: DateValue | undefined,
  later: DateValue | undefined,
  path: PayloadPath,
  code: ValidationIssueCode,
  earlierPath: PayloadPath,
  report: Report,
) {
  if (earlier === undefined || later === undefined || isInOrder(earlier, later)) return;
  report(path, code, (field, nameOf) => outOfOrderMessage(field, nameOf(earlierPath), earlier, later));
}

/**
 * What the schema decoded of an article, for the date checks: the whole article when it passed, else
 * the events that passed (`undefined` for one that did not), so that their dates are not read twice.
 */
export interface DecodedDates {
  readonly datePublished?: DateValue | undefined;
  readonly dateModified?: DateValue | undefined;
  readonly events?:
    | readonly (
        | { readonly startDate?: DateValue | undefined; readonly endDate?: DateValue | undefined }
        | undefined
      )[]
    | undefined;
}

function checkDates(payload: PlainObject, model: DecodedDates | undefined, report: Report) {
  checkOrder(
    dateOf(own(payload, "datePublished"), model?.datePublished),
    dateOf(own(payload, "dateModified"), model?.dateModified),
    ["dateModified"],
    "modified_before_published",
    ["datePublished"],
    report,
  );
  const events = own(payload, "events");
  if (!Array.isArray(events)) return;
  events.forEach((event, index) => {
    if (!isPlainObject(event)) return;
    const decoded = model?.events?.[index];
    checkOrder(
      dateOf(own(event, "startDate"), decoded?.startDate),
      dateOf(own(event, "endDate"), decoded?.endDate),
      ["events", index, "endDate"],
      "end_before_start",
      ["events", index, "startDate"],
      report,
    );
  });
}

const QUOTE_MARKS = /["'`\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F\uFF02\uFF07]/g;

/**
 * Runs of white space other than one plain space: a run that starts with another white-space
 * character, or a space followed by more. Replacing these with one space gives what replacing every
 * run (`/\s+/g`) gives, without replacing each single space between two words by itself.
 */
const UNFOLDED_WHITE_SPACE = /[^\S ]\s*| \s+/g;

/**
 * A text with every run of white space (as `\s` means it) folded into one space.
 *
 * @param text - Any text.
 * @returns `text.replace(/\s+/g, " ")`, several times faster on prose.
 */
export function foldWhiteSpace(text: string): string {
  return text.replace(UNFOLDED_WHITE_SPACE, " ");
}

/** Whether the characters on both sides of `at` are word characters (`n’a`, `don't`). */
function isInsideWord(text: string, at: number): boolean {
  return WORD_CHARACTER.test(text.charAt(at - 1)) && WORD_CHARACTER.test(text.charAt(at + 1));
}

/**
 * A text as quotes are compared: quote marks removed, but one inside a word (`n’a`, `don't`,
 * `"…승리한다"고`) made one and the same mark, so that words stay apart; white space folded,
 * Unicode composed.
 */
function comparable(value: string): string {
  const text = value.normalize("NFC");
  const unmarked = text.replace(QUOTE_MARKS, (_mark, at: number) => (isInsideWord(text, at) ? "\u0000" : ""));
  return foldWhiteSpace(unmarked).trim();
}

/** Closing punctuation that reporting changes ("… pride." is printed "… pride,” he noted."). */
const CLOSING_PUNCTUATION = ".,;:!?\u2026";

/** A text without the closing punctuation reporting changes. */
function withoutClosingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_PUNCTUATION.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** What is wrong with where a quote says it stands; `undefined` when nothing is. */
export type QuoteProblem =
  | { readonly code: "paragraph_out_of_range"; readonly paragraph: number }
  | { readonly code: "misquote"; readonly paragraph: number | undefined; readonly foundIn: number };

/**
 * Whether a quote stands where it says: its paragraph exists, and a direct quote's words stand in the
 * body (in that paragraph, when one is given). The words are first looked for as written, and only
 * then compared without quotation marks and with white space folded. With no body there is nothing
 * to compare a quote with. `comparableBody` gives the body as {@link comparable} has it, made once
 * for all of an article's quotes.
 */
export function findQuoteProblem(
  quote: { readonly text: unknown; readonly kind?: unknown; readonly paragraph?: unknown },
  body: readonly string[],
  comparableBody: () => readonly string[],
): QuoteProblem | undefined {
  const { text, paragraph } = quote;
  const hasParagraph = typeof paragraph === "number" && Number.isInteger(paragraph) && paragraph >= 0;
  if (hasParagraph && paragraph >= body.length) return { code: "paragraph_out_of_range", paragraph };
  const kind = quote.kind ?? "direct";
  if (kind !== "direct" || typeof text !== "string" || body.length === 0) return undefined;
  const asWritten = withoutClosingPunctuation(text.trim());
  if (asWritten === "") return undefined;
  if (
    hasParagraph
      ? includesWords(body[paragraph] ?? "", asWritten)
      : body.some((p) => includesWords(p, asWritten))
  )
    return undefined;
  const comparableParagraphs = comparableBody();
  const words = withoutClosingPunctuation(comparable(text));
  if (hasParagraph && includesWords(comparableParagraphs[paragraph] ?? "", words)) return undefined;
  const foundIn = comparableParagraphs.findIndex((p) => includesWords(p, words));
  if (!hasParagraph && foundIn >= 0) return undefined;
  return { code: "misquote", paragraph: hasParagraph ? paragraph : undefined, foundIn };
}

/** The body's paragraphs as quotes are compared with them, made when first asked for. */
export function comparableBodyOf(body: readonly string[]): () => readonly string[] {
  let paragraphs: readonly string[] | undefined;
  return () => {
    paragraphs ??= body.map(comparable);
    return paragraphs;
  };
}

/** Quote paragraphs exist; direct quotes stand in the body (see {@link findQuoteProblem}). */
function checkQuotes(payload: PlainObject, report: Report) {
  const quotes = own(payload, "quotes");
  const bodyValue = own(payload, "body");
  if (!Array.isArray(quotes) || (bodyValue !== undefined && !Array.isArray(bodyValue))) return;
  // Paragraphs as the model has them: trimmed.
  const body = Array.isArray(bodyValue) ? bodyValue.map((p) => (typeof p === "string" ? p.trim() : "")) : [];
  const comparableBody = comparableBodyOf(body);
  quotes.forEach((quote, index) => {
    if (!isPlainObject(quote)) return;
    const text = own(quote, "text");
    const problem = findQuoteProblem(
      { text, kind: own(quote, "kind"), paragraph: own(quote, "paragraph") },
      body,
      comparableBody,
    );
    if (problem === undefined) return;
    if (problem.code === "paragraph_out_of_range") {
      const { paragraph } = problem;
      report(["quotes", index, "paragraph"], "paragraph_out_of_range", (field) =>
        body.length === 0
          ? `Expected ${field} to be the index of a paragraph of the body, but found ${paragraph}, and the body has no paragraphs.`
          : `Expected ${field} to be the index of a paragraph of the body (0 to ${body.length - 1}), but found ${paragraph}.`,
      );
      return;
    }
    const { paragraph, foundIn } = problem;
    const found =
      foundIn >= 0
        ? `it stands in paragraph ${foundIn}, not ${String(paragraph)}`
        : "the body does not contain these words";
    report(
      ["quotes", index, "text"],
      "misquote",
      (field) =>
        `Expected ${field}, a direct quote, to stand word for word in the body${paragraph !== undefined ? ` (paragraph ${paragraph})` : ""}, but ${found}: "${quoteInput(String(text))}".`,
    );
  });
}

/** Paywalled sections need `isAccessibleForFree: false`. */
function checkPaywall(payload: PlainObject, report: Report) {
  const sections = own(payload, "paywalledSections");
  if (!Array.isArray(sections) || sections.length === 0 || own(payload, "isAccessibleForFree") === false)
    return;
  report(
    ["isAccessibleForFree"],
    "paywall_conflict",
    (field) =>
      `Expected ${field} to be false, since paywalledSections names paywalled parts, but found ${describeValue(own(payload, "isAccessibleForFree"))}.`,
  );
}

/**
 * Runs every cross-check on a normalised payload. `model` is what the schema decoded: the article
 * when it passed, else the events that passed (their dates are then not read twice); `mapPath` moves
 * paths back to where the caller's payload had each value.
 */
export function crossCheck(
  payload: PlainObject,
  mapPath: (path: PayloadPath) => PayloadPath,
  model?: DecodedDates,
): ValidationIssue<ValidationIssueCode>[] {
  const issues: ValidationIssue<ValidationIssueCode>[] = [];
  const report: Report = (path, code, message) => {
    const where = mapPath(path);
    issues.push(
      issueAt(
        where,
        code,
        message(fieldName(where), (other) => fieldName(mapPath(other))),
      ),
    );
  };
  const ids = indexIds(payload, report);
  checkReferences(payload, REFERENCE_FIELDS.article, [], ids, report);
  for (const item of entities(payload))
    checkReferences(item.entity, REFERENCE_FIELDS[item.kind], item.path, ids, report);
  checkCycles(payload, ids, report);
  checkDates(payload, model, report);
  checkQuotes(payload, report);
  checkPaywall(payload, report);
  return issues;
}
