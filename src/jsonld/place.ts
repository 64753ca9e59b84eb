/** Location → schema.org `Place` or the subtype its kind names, with address and coordinates. */
import type { Address, GeoPoint, Location } from "../models/location.js";
import { type MappingContext, oneOrMany, refOf, startNode } from "./context.js";
import { type JsonLdNode, type MutableNode, put } from "./types.js";
import { PLACE_TYPES } from "./vocabulary.js";

/** An address as a `PostalAddress` node. */
function postalAddress(address: Address | undefined): JsonLdNode | undefined {
  if (address === undefined) return undefined;
  const node: MutableNode = { "@type": "PostalAddress" };
  put(node, "streetAddress", address.street);
  put(node, "addressLocality", address.locality);
  put(node, "addressRegion", address.region);
  put(node, "postalCode", address.postalCode);
  put(node, "addressCountry", address.country);
  return Object.keys(node).length === 1 ? undefined : node;
}

/** Coordinates as a `GeoCoordinates` node. */
function geoCoordinates(geo: GeoPoint | undefined): JsonLdNode | undefined {
  if (geo === undefined) return undefined;
  return { "@type": "GeoCoordinates", latitude: geo.latitude, longitude: geo.longitude };
}

/** The node of a place: `Country`, `AdministrativeArea`, `City`, `CollegeOrUniversity`, `Place`, … */
export function placeNode(location: Location, context: MappingContext): JsonLdNode {
  const node = startNode(PLACE_TYPES[location.kind ?? "place"], context.nodeId(location.id));
  put(node, "name", location.name);
  put(node, "alternateName", oneOrMany(location.alternateNames));
  put(node, "description", location.description);
  put(node, "address", postalAddress(location.address));
  put(node, "geo", geoCoordinates(location.geo));
  put(node, "containedInPlace", refOf(context, location.containedIn));
  put(node, "sameAs", oneOrMany(location.sameAs));
  return node;
}
