/** Person → schema.org `Person`. */
import type { Person } from "../models/person.js";
import { type MappingContext, oneOrMany, refOf, startNode } from "./context.js";
import { type JsonLdNode, put } from "./types.js";

/** The `Person` node of a person. */
export function personNode(person: Person, context: MappingContext): JsonLdNode {
  const node = startNode("Person", context.nodeId(person.id));
  put(node, "name", person.name);
  put(node, "givenName", person.givenName);
  put(node, "familyName", person.familyName);
  put(node, "honorificPrefix", person.honorificPrefix);
  put(node, "alternateName", oneOrMany(person.alternateNames));
  put(node, "jobTitle", person.jobTitle);
  put(node, "affiliation", refOf(context, person.affiliation));
  put(node, "description", person.description);
  put(node, "url", person.url);
  put(node, "image", refOf(context, person.image));
  put(node, "sameAs", oneOrMany(person.sameAs));
  return node;
}
