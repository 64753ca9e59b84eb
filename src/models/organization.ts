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
 * ministry.kind; //=> "government"
 * ```
 */
export const Organization = z.object({
  id: entityId().describe("The id other entities refer to this organization by."),
  name: text(LIMITS.name).describe("The name as the article writes it."),
  alternateNames: list(text(LIMITS.name))
    .optional()
    .describe("Other names, spellings and abbreviations (`MFA`)."),
  kind: OrganizationKind.optional().describe("What kind of organization it is."),
  description: text(LIMITS.text).optional().describe("A short description."),
  url: httpUrl().optional().describe("Its own web site."),
  logo: reference().optional().describe("Its logo: an Image id."),
  sameAs: sameAsList().optional().describe("The same organization elsewhere (Wikidata, Wikipedia)."),
  parentOrganization: reference().optional().describe("The organization it belongs to: an Organization id."),
});

/** An organization named in an article; see the {@link Organization} schema. */
export type Organization = z.infer<typeof Organization>;
