/**
 * Cleaning what pages put in JSON-LD strings: HTML entities (even double-encoded), HTML markup, and
 * URLs that are relative, protocol-relative or broken.
 */
import { decodeHTMLStrict } from "entities/decode";
import { Parser } from "htmlparser2";

/** Reports a warning or an error at a JSON Pointer. */
export type Report = (pointer: string, code: string, message: string, severity?: "error" | "warning") => void;

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const TAG = /<\/?[a-z][^<>]*>/i;

/** The text of an HTML fragment, as a browser would show it (without tags). */
function textOfHtml(html: string): string {
  let text = "";
  const parser = new Parser({ ontext: (part) => (text += part) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}

/**
 * A string field as people should read it: HTML entities decoded (up to three times, for
 * `&amp;amp;`), markup stripped where `markup` allows it (descriptions, bodies), white space trimmed;
 * each change reported as a warning. `undefined` for anything that is not a non-empty string.
 */
export function cleanText(
  value: unknown,
  pointer: string,
  report: Report,
  markup = false,
): string | undefined {
  if (typeof value !== "string") return undefined;
  let text = value;
  if (markup && TAG.test(text)) {
    text = textOfHtml(text);
    report(pointer, "html_stripped", `HTML markup in ${pointer || "the value"} was removed.`);
  }
  let decoded = false;
  for (let round = 0; round < 3 && ENTITY.test(text); round++) {
    const next = decodeHTMLStrict(text);
    if (next === text) break;
    text = next;
    decoded = true;
  }
  if (decoded)
    report(pointer, "html_entities_decoded", `HTML entities in ${pointer || "the value"} were decoded.`);
  text = text.trim();
  return text === "" ? undefined : text;
}

/**
 * An absolute http(s) URL from what a page wrote: trimmed, entities with their `;` decoded
 * (`&amp;` → `&`; `&copy=1` in a query is left alone), relative and
 * protocol-relative URLs resolved against `base` (reported), anything else dropped (reported).
 */
export function cleanUrl(
  value: unknown,
  base: string | undefined,
  pointer: string,
  report: Report,
): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = decodeHTMLStrict(value.trim());
  if (text === "") return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    report(
      pointer,
      "invalid_url",
      `The URL "${text.slice(0, 80)}" at ${pointer} could not be read; it was dropped.`,
      "warning",
    );
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username !== "" || url.password !== "") {
    report(
      pointer,
      "invalid_url",
      `The URL "${text.slice(0, 80)}" at ${pointer} is not a plain http(s) URL; it was dropped.`,
      "warning",
    );
    return undefined;
  }
  if (!/^https?:\/\//i.test(text)) {
    report(
      pointer,
      "url_resolved",
      `The relative URL "${text.slice(0, 80)}" at ${pointer} was resolved to ${url.href}.`,
    );
  }
  return /^https?:\/\//i.test(text) ? text : url.href;
}
