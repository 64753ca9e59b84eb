/**
 * The payload types: what `validateArticle` reads, written as TypeScript types, entities given
 * inline and entities without ids included (the validators move the first into registries and make
 * ids for both). Types only; nothing here runs.
 */
import type * as z from "zod";
import type { Article } from "./article.js";
import type { Event } from "./event.js";
import type { Image } from "./image.js";
import type { Location } from "./location.js";
import type { Organization } from "./organization.js";
import type { Person } from "./person.js";
import type { Quote } from "./quote.js";
import type { EntityKind } from "./references.js";

/** Each kind's schema. */
interface Schemas {
  person: typeof Person;
  organization: typeof Organization;
  location: typeof Location;
  event: typeof Event;
  quote: typeof Quote;
  image: typeof Image;
}

type Agents = "person" | "organization";
type Anything = "person" | "organization" | "location" | "event" | "image";

/** The fields that refer to entities, of the article and of each kind, and the kinds each allows. */
interface References {
  article: {
    authors: Agents;
    publisher: Agents;
    image: "image";
    about: Anything;
    mentions: Anything;
    contentLocation: "location";
    locationCreated: "location";
  };
  person: { affiliation: "organization"; image: "image" };
  organization: { logo: "image"; parentOrganization: "organization" };
  location: { containedIn: "location" };
  event: { location: "location"; organizer: Agents; participants: Agents; partOf: "event"; about: Anything };
  quote: { speaker: Agents; event: "event" };
  image: Record<never, never>;
}

/** The words an inline entity's `type` may use for a kind (matched without regard to case). */
interface TypeNames {
  person: "person";
  organization: "organization" | "organisation";
  location: "location" | "place";
  event: "event";
  quote: "quote";
  image: "image";
}

/**
 * An inline entity in a field that allows kinds `Allowed`: in a field of one or two kinds its `type`
 * may be left out (the first is meant: a person among authors); in `about` and `mentions` it is
 * needed.
 */
type InlineEntity<Allowed extends EntityKind> = {
  [K in Allowed]: EntityPayload<K> &
    ([Anything] extends [Allowed] ? { type: TypeNames[K] } : { type?: TypeNames[K] });
}[Allowed];

/** A reference field's value: ids, as in the schema, or entities given inline. */
type ReferenceValue<Value, Allowed extends EntityKind> = Value extends readonly (infer Item)[]
  ? (Item | InlineEntity<Allowed>)[]
  : Value | InlineEntity<Allowed>;

/** A payload type with its reference fields widened to take entities inline. */
type WithInline<Payload, Fields> = {
  [F in keyof Payload]: F extends keyof Fields
    ? Fields[F] extends EntityKind
      ? ReferenceValue<Payload[F], Fields[F]>
      : Payload[F]
    : Payload[F];
};

/**
 * An entity as an article payload may give it, in its registry or inline: the schema's input with
 * its `id` optional (one is made from its name) and its own references open to inline entities
 * (which only an article has registries to move into).
 *
 * @example
 * ```ts
 * const speaker: EntityPayload<"person"> = { name: "Elnur Mammadov", affiliation: { name: "MFA" } };
 * const payload = { headline: "H", datePublished: "2025-07-09T14:05:00+04:00", authors: [speaker] };
 * parseArticle(payload).organizations.map((organization) => organization.id); //=> ["org:mfa"]
 * ```
 */
export type EntityPayload<K extends EntityKind> = Omit<
  WithInline<z.input<Schemas[K]>, References[K]>,
  "id"
> & { id?: string };

/** The article's registries. */
interface Registries {
  people: "person";
  organizations: "organization";
  locations: "location";
  events: "event";
  quotes: "quote";
  images: "image";
}

/**
 * An article payload: what `validateArticle` reads. Entities may stand in their registries, with or
 * without ids, or be given inline where they are referred to; `serializeArticle` writes the
 * normal form (every entity in its registry, referred to by id), which this type includes.
 *
 * @example
 * ```ts
 * const payload: ArticlePayload = {
 *   headline: "Diplomats visit Khankendi",
 *   datePublished: "2025-07-09T14:05:00+04:00",
 *   authors: [{ name: "Qabil Ashirov" }],
 *   mentions: [{ type: "place", name: "Khankendi" }],
 * };
 * validateArticle(payload).ok; //=> true
 * ```
 */
export type ArticlePayload = {
  [F in keyof z.input<typeof Article>]: F extends keyof Registries
    ? EntityPayload<Registries[F]>[] | Extract<z.input<typeof Article>[F], undefined>
    : F extends keyof References["article"]
      ? ReferenceValue<z.input<typeof Article>[F], References["article"][F]>
      : z.input<typeof Article>[F];
};
