/** Image → schema.org `ImageObject`; pixel sizes as `QuantitativeValue`s, as schema.org's ranges ask. */
import type { Image } from "../models/image.js";
import { type MappingContext, startNode } from "./context.js";
import { type JsonLdNode, put } from "./types.js";

/** A size in pixels (UN/CEFACT unit code `E37`). */
function pixels(value: number | undefined): JsonLdNode | undefined {
  return value === undefined ? undefined : { "@type": "QuantitativeValue", value, unitCode: "E37" };
}

/** The `ImageObject` node of an image. */
export function imageNode(image: Image, context: MappingContext): JsonLdNode {
  const node = startNode("ImageObject", context.nodeId(image.id));
  put(node, "url", image.url);
  put(node, "contentUrl", image.url);
  put(node, "caption", image.caption);
  put(node, "creditText", image.credit);
  put(node, "width", pixels(image.width));
  put(node, "height", pixels(image.height));
  put(node, "encodingFormat", image.encodingFormat);
  return node;
}
