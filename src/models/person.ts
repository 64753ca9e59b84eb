/**
 * A person named in an article: an author, a speaker, a participant.
 */
import * as z from "zod";
import { entityId, httpUrl, LIMITS, list, reference, sameAsList, text } from "./fields.js";

/**
 * A person, as an article names them. References (`affiliation`, `image`) are ids of entities in
 * the article's registries.
 *
 * @example
 * ```ts
 * const mammadov: Person = Person.parse({
 *   id: "person:elnur-mammadov",
 *   name: "Elnur Mammadov",
 *   jobTitle: "Deputy Foreign Minister",
 *   affiliation: "org:mfa-azerbaijan",
 * });
 * ```
 */
export const Person = z.object({
  /** The id other entities refer to this person by. */
  id: entityId(),
  /** The name as the article writes it, and nothing else (no "By", no title). */
  name: text(LIMITS.name),
  /** Given name. */
  givenName: text(LIMITS.name).optional(),
  /** Family name. */
  familyName: text(LIMITS.name).optional(),
  /** A title before the name: `Dr.`, `Ambassador`. */
  honorificPrefix: text(LIMITS.name).optional(),
  /** Other spellings and transliterations (`Elnur Məmmədov`). */
  alternateNames: list(text(LIMITS.name)).optional(),
  /** The position held, as the article gives it (`Deputy Foreign Minister`). */
  jobTitle: text(LIMITS.line).optional(),
  /** The organization the person works for or represents: an Organization id. */
  affiliation: reference().optional(),
  /** A short description. */
  description: text(LIMITS.text).optional(),
  /** The person's own page. */
  url: httpUrl().optional(),
  /** A portrait: an Image id. */
  image: reference().optional(),
  /** The same person elsewhere (Wikidata, Wikipedia). */
  sameAs: sameAsList().optional(),
});

/** A person named in an article; see the {@link Person} schema. */
export type Person = z.infer<typeof Person>;
