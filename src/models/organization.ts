/**
 * An organization: a publisher, a ministry, a university, an army, a department.
 */
import * as z from "zod";
import { entityId, httpUrl, LIMITS, list, reference, sameAsList, text } from "./fields.js";

/**
 * The kinds of organization; the JSON-LD output chooses the schema.org type from it
 * (`news-media` → NewsMediaOrganization, `government` → GovernmentOrganization, `university` →
 * CollegeOrUniversity, …).
 *
 * @example
 * ```ts
 * OrganizationKind.parse("government"); //=> "government"
 * ```
 */
export const OrganizationKind = z.enum([
  "news-media",
  "government",
  "university",
  "school",
  "armed-forces",
  "political-party",
  "ngo",
  "corporation",
  "other",
]);

/** A kind of organization; see the {@link OrganizationKind} schema. */
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/**
 * An organization named in an article.
 *
 * @example
 * ```ts
 * const ministry: Organization = Organization.parse({
 *   id: "org:mfa-azerbaijan",
 *   name: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
 *   kind: "government",
 * });
 * ```
 */
export const Organization = z.object({
  /** The id other entities refer to this organization by. */
  id: entityId(),
  /** The name as the article writes it. */
  name: text(LIMITS.name),
  /** Other names, spellings and abbreviations (`MFA`). */
  alternateNames: list(text(LIMITS.name)).optional(),
  /** What kind of organization it is. */
  kind: OrganizationKind.optional(),
  /** A short description. */
  description: text(LIMITS.text).optional(),
  /** Its own web site. */
  url: httpUrl().optional(),
  /** Its logo: an Image id. */
  logo: reference().optional(),
  /** The same organization elsewhere (Wikidata, Wikipedia). */
  sameAs: sameAsList().optional(),
  /** The organization it belongs to: an Organization id. */
  parentOrganization: reference().optional(),
});

/** An organization named in an article; see the {@link Organization} schema. */
export type Organization = z.infer<typeof Organization>;
