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
 * mammadov.affiliation; //=> "org:mfa-azerbaijan"
 * ```
 */
export const Person = z.object({
  id: entityId().describe("The id other entities refer to this person by."),
  name: text(LIMITS.name).describe(
    'The name as the article writes it, and nothing else (no "By", no title).',
  ),
  givenName: text(LIMITS.name).optional().describe("Given name."),
  familyName: text(LIMITS.name).optional().describe("Family name."),
  honorificPrefix: text(LIMITS.name).optional().describe("A title before the name: `Dr.`, `Ambassador`."),
  alternateNames: list(text(LIMITS.name))
    .optional()
    .describe("Other spellings and transliterations (`Elnur Məmmədov`)."),
  jobTitle: text(LIMITS.line)
    .optional()
    .describe("The position held, as the article gives it (`Deputy Foreign Minister`)."),
  affiliation: reference()
    .optional()
    .describe("The organization the person works for or represents: an Organization id."),
  description: text(LIMITS.text).optional().describe("A short description."),
  url: httpUrl().optional().describe("The person's own page."),
  image: reference().optional().describe("A portrait: an Image id."),
  sameAs: sameAsList().optional().describe("The same person elsewhere (Wikidata, Wikipedia)."),
});

/** A person named in an article; see the {@link Person} schema. */
export type Person = z.infer<typeof Person>;
