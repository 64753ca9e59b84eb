/**
 * The cross-checks of `cross-checks.ts`, asked of a decoded article as one yes-or-no question and
 * without wording anything: the fast path's last step. A `false` sends the payload down the slow
 * path, where {@link crossCheck} finds and words each problem; a `true` promises it would find none.
 */
import type { Article } from "../models/article.js";
import {
  ENTITY_KINDS,
  type EntityKind,
  REFERENCE_FIELDS,
  REGISTRY_OF,
  type ReferenceField,
} from "../models/references.js";
import { CHAINS, comparableBodyOf, findQuoteProblem, isInOrder } from "./cross-checks.js";

type Entity = Readonly<Record<string, unknown>>;

/** Every id to the kind of its entity, or `undefined` when an id is taken twice. */
function kindsById(article: Article): Map<string, EntityKind> | undefined {
  const kinds = new Map<string, EntityKind>();
  for (const kind of ENTITY_KINDS) {
    for (const entity of article[REGISTRY_OF[kind]]) {
      const size = kinds.size;
      // An id taken before leaves the size as it was.
      if (kinds.set(entity.id, kind).size === size) return undefined;
    }
  }
  return kinds;
}

/** Whether every reference of one owner names an entity of a kind its field allows. */
function referencesResolve(
  owner: Entity,
  fields: readonly ReferenceField[],
  kinds: ReadonlyMap<string, EntityKind>,
): boolean {
  for (const spec of fields) {
    const value = owner[spec.field];
    if (value === undefined) continue;
    if (!spec.many) {
      if (!isOfKinds(value as string, spec, kinds)) return false;
      continue;
    }
    for (const id of value as readonly string[]) if (!isOfKinds(id, spec, kinds)) return false;
  }
  return true;
}

/** Whether an id names an entity of a kind a reference field allows. */
function isOfKinds(id: string, spec: ReferenceField, kinds: ReadonlyMap<string, EntityKind>): boolean {
  const kind = kinds.get(id);
  return kind !== undefined && spec.kinds.includes(kind);
}

/**
 * Whether no `containedIn`, `partOf` or `parentOrganization` chain comes back on itself: a walk from
 * each entity along its links ends (at an entity without a link, or an id of no entity of the kind)
 * within as many steps as the registry has entities, or meets a walk that ended. (Ids are unique
 * here: {@link kindsById} has said so.)
 */
function chainsEnd(article: Article): boolean {
  for (const chain of CHAINS) {
    const registry = article[REGISTRY_OF[chain.kind]] as readonly Entity[];
    // Made at the first entity with a link (most registries have none).
    let nextOf: Map<string, string | undefined> | undefined;
    let ended: Set<string> | undefined;
    for (const entity of registry) {
      let current = entity[chain.field] as string | undefined;
      if (current === undefined || ended?.has(entity.id as string)) continue;
      if (nextOf === undefined || ended === undefined) {
        nextOf = new Map();
        ended = new Set();
        for (const each of registry) nextOf.set(each.id as string, each[chain.field] as string | undefined);
      }
      const walked: string[] = [entity.id as string];
      while (current !== undefined && !ended.has(current) && nextOf.has(current)) {
        if (walked.length > registry.length) return false;
        walked.push(current);
        current = nextOf.get(current);
      }
      for (const id of walked) ended.add(id);
    }
  }
  return true;
}

/** Whether `dateModified` is not before `datePublished` and no event ends before it starts. */
function datesInOrder(article: Article): boolean {
  if (article.dateModified !== undefined && !isInOrder(article.datePublished, article.dateModified))
    return false;
  return article.events.every(
    (event) =>
      event.startDate === undefined ||
      event.endDate === undefined ||
      isInOrder(event.startDate, event.endDate),
  );
}

/** Whether every quote stands where it says. */
function quotesStand(article: Article): boolean {
  const comparableBody = comparableBodyOf(article.body);
  return article.quotes.every((quote) => findQuoteProblem(quote, article.body, comparableBody) === undefined);
}

/**
 * Whether a decoded article passes every cross-check: ids unique, references resolved to the right
 * kinds, no chain that loops, dates in order, quotes where they say, paywalled sections only behind
 * a paywall.
 *
 * @param article - An article as the schema decoded it.
 * @returns `true` when {@link crossCheck} would find nothing; `false` when it would find something.
 */
export function isConsistent(article: Article): boolean {
  const kinds = kindsById(article);
  if (kinds === undefined || !referencesResolve(article, REFERENCE_FIELDS.article, kinds)) return false;
  for (const kind of ENTITY_KINDS) {
    const fields = REFERENCE_FIELDS[kind];
    if (fields.length === 0) continue;
    for (const entity of article[REGISTRY_OF[kind]] as readonly Entity[]) {
      if (!referencesResolve(entity, fields, kinds)) return false;
    }
  }
  if (article.paywalledSections !== undefined && article.paywalledSections.length > 0) {
    if (article.isAccessibleForFree !== false) return false;
  }
  return chainsEnd(article) && datesInOrder(article) && quotesStand(article);
}
