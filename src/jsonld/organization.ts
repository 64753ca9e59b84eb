/** Organization → schema.org `Organization` or the subtype its kind names. */
import type { Organization } from "../models/organization.js";
import { type MappingContext, oneOrMany, refOf, startNode } from "./context.js";
import { type JsonLdNode, put } from "./types.js";
import { ORGANIZATION_TYPES } from "./vocabulary.js";

/** The node of an organization: `NewsMediaOrganization`, `GovernmentOrganization`, … */
export function organizationNode(organization: Organization, context: MappingContext): JsonLdNode {
  const type = ORGANIZATION_TYPES[organization.kind ?? "other"];
  const node = startNode(type, context.nodeId(organization.id));
  put(node, "name", organization.name);
  put(node, "alternateName", oneOrMany(organization.alternateNames));
  put(node, "description", organization.description);
  put(node, "url", organization.url);
  put(node, "logo", refOf(context, organization.logo));
  put(node, "parentOrganization", refOf(context, organization.parentOrganization));
  put(node, "sameAs", oneOrMany(organization.sameAs));
  return node;
}
