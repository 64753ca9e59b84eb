/**
 * An image: an article's picture, a portrait, a logo.
 */
import * as z from "zod";
import { AROUND, entityId, httpUrl, LIMITS, pixels, text } from "./fields.js";

/**
 * An image, by URL, with what the page says about it.
 *
 * @example
 * ```ts
 * const photo: Image = Image.parse({
 *   id: "image:delegation",
 *   url: "https://news.example.org/images/delegation.jpg",
 *   width: 1600,
 *   height: 900,
 *   encodingFormat: "image/jpeg",
 * });
 * Image.safeParse({ ...photo, url: "images/delegation.jpg" }).success; //=> false (not an absolute URL)
 * ```
 */
export const Image = z.object({
  id: entityId().describe("The id other entities refer to this image by."),
  url: httpUrl().describe("Where the image is."),
  caption: text(LIMITS.line).optional().describe("The caption printed with it."),
  credit: text(LIMITS.line).optional().describe("Who made it or holds its rights (`Photo: …`)."),
  width: pixels().optional().describe("Width in pixels."),
  height: pixels().optional().describe("Height in pixels."),
  encodingFormat: z
    .string()
    .trim()
    .refine((type) => /^image\/[a-z0-9.+-]+$/i.test(type), {
      params: { code: "invalid_media_type" },
      abort: true,
    })
    .meta({ pattern: `^${AROUND}[Ii][Mm][Aa][Gg][Ee]/[A-Za-z0-9.+-]+${AROUND}$` })
    .optional()
    .describe("The media type (`image/jpeg`)."),
});

/** An image; see the {@link Image} schema. */
export type Image = z.infer<typeof Image>;
