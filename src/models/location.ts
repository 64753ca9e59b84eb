/**
 * A place: a country, a district, a city, a campus, a venue.
 */
import * as z from "zod";
import { timeZoneCodec } from "../dates/codecs.js";
import { countryCode, entityId, LIMITS, list, reference, sameAsList, text } from "./fields.js";

/**
 * The kinds of place; the JSON-LD output chooses the schema.org type from it (`country` → Country,
 * `administrative-area` → AdministrativeArea, `city` → City, `campus` → CollegeOrUniversity, …).
 *
 * @example
 * ```ts
 * LocationKind.parse("city"); //=> "city"
 * ```
 */
export const LocationKind = z.enum([
  "country",
  "administrative-area",
  "city",
  "campus",
  "venue",
  "landmark",
  "place",
]);

/** A kind of place; see the {@link LocationKind} schema. */
export type LocationKind = z.infer<typeof LocationKind>;

/**
 * A postal address.
 *
 * @example
 * ```ts
 * const address: Address = { locality: "Khankendi", country: "AZ" };
 * Address.safeParse({ ...address, country: "Azerbaijan" }).success; //=> false (not an ISO 3166-1 code)
 * ```
 */
export const Address = z.object({
  street: text(LIMITS.line).optional().describe("Street and number."),
  locality: text(LIMITS.name).optional().describe("Town or city."),
  region: text(LIMITS.name).optional().describe("Region, province or district."),
  postalCode: text(40).optional().describe("Postal code."),
  country: countryCode().optional().describe("ISO 3166-1 alpha-2 country code (`AZ`)."),
});

/** A postal address; see the {@link Address} schema. */
export type Address = z.infer<typeof Address>;

/**
 * A point on the Earth (WGS 84).
 *
 * @example
 * ```ts
 * const point: GeoPoint = { latitude: 39.8153, longitude: 46.7519 };
 * GeoPoint.safeParse({ ...point, latitude: 91 }).success; //=> false
 * ```
 */
export const GeoPoint = z.object({
  latitude: z.number().min(-90).max(90).describe("Degrees north, −90 to 90."),
  longitude: z.number().min(-180).max(180).describe("Degrees east, −180 to 180."),
});

/** A point on the Earth; see the {@link GeoPoint} schema. */
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * A place named in an article. `containedIn` makes the hierarchy (a campus in a city in a country);
 * `timeZone` is how local times of events there are read.
 *
 * @example
 * ```ts
 * const khankendi: Location = Location.parse({
 *   id: "place:khankendi",
 *   name: "Khankendi",
 *   alternateNames: ["Xankəndi"],
 *   kind: "city",
 *   containedIn: "place:azerbaijan",
 *   timeZone: "Asia/Baku",
 * });
 * khankendi.alternateNames; //=> ["Xankəndi"]
 * ```
 */
export const Location = z.object({
  id: entityId().describe("The id other entities refer to this place by."),
  name: text(LIMITS.name).describe("The name as the article writes it."),
  alternateNames: list(text(LIMITS.name)).optional().describe("Other names and spellings (`Xankəndi`)."),
  kind: LocationKind.optional().describe("What kind of place it is."),
  description: text(LIMITS.text).optional().describe("A short description."),
  address: Address.optional().describe("Its postal address."),
  geo: GeoPoint.optional().describe("Its coordinates."),
  timeZone: timeZoneCodec()
    .optional()
    .describe("The IANA zone of the place (`Asia/Baku`): local times of events here are read in it."),
  containedIn: reference().optional().describe("The larger place it lies in: a Location id."),
  sameAs: sameAsList().optional().describe("The same place elsewhere (Wikidata, Wikipedia, OpenStreetMap)."),
});

/** A place named in an article; see the {@link Location} schema. */
export type Location = z.infer<typeof Location>;
