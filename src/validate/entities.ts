/**
 * Reading one entity on its own (a person from a CMS's author list, a place from a gazetteer): the
 * same checks as inside an article, but for the cross-references, which need the article.
 */
import type * as z from "zod";
import { describeValue } from "../dates/issues.js";
import { ENTITY_SCHEMAS } from "../models/entity-schemas.js";
import type { Event } from "../models/event.js";
import type { Image } from "../models/image.js";
import type { Location } from "../models/location.js";
import type { Organization } from "../models/organization.js";
import type { Person } from "../models/person.js";
import type { Quote } from "../models/quote.js";
import {
  type EntityKind,
  IdAllocator,
  isPlainObject,
  type PayloadPath,
  withId,
} from "../models/references.js";
import { isInOrder, outOfOrderMessage } from "./cross-checks.js";
import { ArticleValidationError } from "./error.js";
import { checkJsonValue, type JsonLimits, parseDefused } from "./guard.js";
import { fieldName, issueAt, type ValidationIssue, type ValidationIssueCode } from "./issues.js";
import { blameOptionZone, type LocalTimeOptions, zoneLocalTimes } from "./local-times.js";
import { fromZodIssues } from "./messages.js";
import { resultOf, type ValidationResult } from "./result.js";
import { unknownKeyWarnings } from "./unknown-keys.js";

const DATE_FIELDS: Readonly<Record<EntityKind, readonly string[]>> = {
  person: [],
  organization: [],
  location: [],
  event: ["startDate", "endDate"],
  quote: ["date"],
  image: [],
};

const samePath = (path: PayloadPath): PayloadPath => path;

/**
 * An event that ends before it starts (`end_before_start`, as in an article): the one cross-check an
 * entity needs no other entity for.
 */
function eventOrderIssues(event: Event, root: string): ValidationIssue<ValidationIssueCode>[] {
  const { startDate, endDate } = event;
  if (startDate === undefined || endDate === undefined || isInOrder(startDate, endDate)) return [];
  const message = outOfOrderMessage(
    fieldName(["endDate"], root),
    fieldName(["startDate"], root),
    startDate,
    endDate,
  );
  return [issueAt(["endDate"], "end_before_start", message)];
}

/**
 * Checks one entity payload and reads it into its model; never throws. An entity without an `id`
 * gets one made from its kind and name (`person:elnur-mammadov`). Local times in an event's or a
 * quote's dates are read in `options.zone` (an entity alone has no place or article to take one from).
 *
 * @param kind - The kind of entity: `person`, `organization`, `location`, `event`, `quote` or `image`.
 * @param input - The entity payload, as parsed JSON; any value is accepted and checked.
 * @param options - The zone and disambiguation for local times, and limits on the payload; default `{}` (no zone).
 * @returns `{ ok: true, value, warnings }` with the entity model, or `{ ok: false, issues, warnings }`.
 *
 * @example
 * ```ts
 * const result = validateEntity("person", { name: "Elnur Mammadov", jobTitle: "Deputy Foreign Minister" });
 * if (result.ok) result.value.id; //=> "person:elnur-mammadov"
 * ```
 */
export function validateEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
  options: LocalTimeOptions & { readonly limits?: JsonLimits } = {},
): ValidationResult<z.output<(typeof ENTITY_SCHEMAS)[K]>> {
  try {
    return readEntity(kind, input, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown error";
    const message = `Expected the ${kind} to be readable data, but reading it failed (${reason}).`;
    return resultOf<z.output<(typeof ENTITY_SCHEMAS)[K]>>(
      undefined,
      [issueAt([], "invalid_value", message)],
      [],
    );
  }
}

/** {@link validateEntity}'s work, which may meet values that throw when read. */
function readEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
  options: LocalTimeOptions & { readonly limits?: JsonLimits } = {},
): ValidationResult<z.output<(typeof ENTITY_SCHEMAS)[K]>> {
  type Model = z.output<(typeof ENTITY_SCHEMAS)[K]>;
  const unsafe = checkJsonValue(input, options.limits, `the ${kind}`);
  if (unsafe !== undefined) return resultOf<Model>(undefined, [unsafe], []);
  if (!isPlainObject(input)) {
    const message = `Expected the ${kind} to be an object, but found ${describeValue(input)}.`;
    return resultOf<Model>(undefined, [issueAt([], "invalid_type", message)], []);
  }
  const schema = ENTITY_SCHEMAS[kind];
  const root = `the ${kind}`;
  const entity = withId(kind, { ...input }, new IdAllocator());
  const warnings = unknownKeyWarnings(schema, entity, samePath, root);
  const originals = new Map<string, string>();
  zoneLocalTimes(entity, DATE_FIELDS[kind], options.zone, options, (field, original) => {
    originals.set(`/${field}`, original);
  });
  const decoded = parseDefused((value) => schema.safeParse(value, { reportInput: true }), entity);
  if (decoded.success) {
    const order = kind === "event" ? eventOrderIssues(decoded.data as Event, root) : [];
    return order.length === 0
      ? resultOf(decoded.data as Model, [], warnings)
      : resultOf<Model>(undefined, order, warnings);
  }
  const issues = fromZodIssues(decoded.error.issues, samePath, originals, root);
  return resultOf<Model>(undefined, blameOptionZone(issues, options.zone, root), warnings);
}

/** Reads one entity or throws an {@link ArticleValidationError} with every issue. */
function parseEntity<K extends EntityKind>(kind: K, input: unknown, options: LocalTimeOptions) {
  const result = validateEntity(kind, input, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, result.warnings);
  return result.value;
}

/**
 * Reads a person payload, or throws an {@link ArticleValidationError}.
 *
 * @param input - The person payload, as parsed JSON; without an `id`, one is made from the name.
 * @returns The person model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * parsePerson({ name: "Qabil Ashirov" }); //=> { id: "person:qabil-ashirov", name: "Qabil Ashirov" }
 * ```
 */
export function parsePerson(input: unknown): Person {
  return parseEntity("person", input, {});
}

/**
 * Reads an organization payload, or throws an {@link ArticleValidationError}.
 *
 * @param input - The organization payload, as parsed JSON; without an `id`, one is made from the name.
 * @returns The organization model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * parseOrganization({ name: "Garabagh University", kind: "university" }).id; //=> "org:garabagh-university"
 * ```
 */
export function parseOrganization(input: unknown): Organization {
  return parseEntity("organization", input, {});
}

/**
 * Reads a location payload, or throws an {@link ArticleValidationError}.
 *
 * @param input - The location payload, as parsed JSON; without an `id`, one is made from the name.
 * @returns The location model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * parseLocation({ name: "Xankəndi", timeZone: "asia/baku" });
 * //=> { id: "place:xankendi", name: "Xankəndi", timeZone: "Asia/Baku" }
 * ```
 */
export function parseLocation(input: unknown): Location {
  return parseEntity("location", input, {});
}

/**
 * Reads an event payload, or throws an {@link ArticleValidationError}; local times are read in
 * `options.zone`.
 *
 * @param input - The event payload, as parsed JSON; without an `id`, one is made from the name.
 * @param options - The zone and disambiguation for local times in its dates; default `{}` (no zone).
 * @returns The event model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * const concert = parseEvent({ name: "Concert", startDate: "2025-07-09 19:00" }, { zone: "Asia/Baku" });
 * formatDateValue(concert.startDate!); //=> "2025-07-09T19:00:00+04:00"
 * ```
 */
export function parseEvent(input: unknown, options: LocalTimeOptions = {}): Event {
  return parseEntity("event", input, options);
}

/**
 * Reads a quote payload, or throws an {@link ArticleValidationError}. (Whether a direct quote stands
 * in the body can only be checked inside an article.)
 *
 * @param input - The quote payload, as parsed JSON; without an `id`, it is given a numbered one.
 * @param options - The zone and disambiguation for a local time in its `date`; default `{}` (no zone).
 * @returns The quote model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * parseQuote({ text: "Today, Khankendi is hosting international events.", speaker: "person:elnur-mammadov" }).kind;
 * //=> "direct"
 * ```
 */
export function parseQuote(input: unknown, options: LocalTimeOptions = {}): Quote {
  return parseEntity("quote", input, options);
}

/**
 * Reads an image payload, or throws an {@link ArticleValidationError}.
 *
 * @param input - The image payload, as parsed JSON; without an `id`, one is made from its file name.
 * @returns The image model.
 * @throws {@link ArticleValidationError} when the payload has errors; its `issues` lists them all.
 *
 * @example
 * ```ts
 * parseImage({ url: "https://news.example.org/images/delegation.jpg" }).id; //=> "image:delegation"
 * ```
 */
export function parseImage(input: unknown): Image {
  return parseEntity("image", input, {});
}
