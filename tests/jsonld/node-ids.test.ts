/**
 * Node ids: an entity id becomes a URL fragment and comes back exactly, escaped only where it needs
 * to be (`encodeURIComponent` is skipped for ids it would not change).
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { validateArticle } from "../../src/index.js";
import { fragmentOf, idFromFragment } from "../../src/jsonld/node-ids.js";
import { ENTITY_KINDS } from "../../src/models/references.js";
import { seed } from "../seed.js";

test("exact fragments: a kind's prefix becomes a dash, anything else is marked and escaped", () => {
  expect(fragmentOf("person:elnur-mammadov")).toBe("person-elnur-mammadov");
  expect(fragmentOf("place:Xankəndi")).toBe("place-Xank%C9%99ndi");
  expect(fragmentOf("urn:x:1", "location")).toBe("~place~urn%3Ax%3A1");
  expect(fragmentOf("a(b)*c!~'", "person")).toBe("~person~a(b)*c!~'");
  expect(fragmentOf("person:")).toBe("person-");
  // Another kind's prefix: marked with the entity's own kind, so that it reads back as that kind.
  expect(fragmentOf("org:x", "person")).toBe("~person~org%3Ax");
  expect(fragmentOf("org:x")).toBe("org-x");
});

test("property: every id comes back from its fragment, with its kind, and the fragment is the escaped form", () => {
  const id = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc
      .constantFrom("person:", "org:", "place:", "event:", "quote:", "image:", "~", "urn:")
      .chain((prefix) => fc.string({ unit: "binary", maxLength: 12 }).map((rest) => prefix + rest)),
  );
  fc.assert(
    fc.property(id, fc.constantFrom(...ENTITY_KINDS), (value, kind) => {
      const fragment = fragmentOf(value, kind);
      const back = idFromFragment(fragment);
      expect(back?.id).toBe(value);
      expect(back?.kind).toBe(kind);
      // What encodeURIComponent leaves alone stays as it is; everything else is escaped as it escapes it.
      const colon = value.indexOf(":");
      const tail = fragment.startsWith("~") ? value : value.slice(colon + 1);
      let encoded: string | undefined;
      try {
        encoded = encodeURIComponent(tail);
      } catch {
        encoded = undefined; // a lone surrogate: not an id this library accepts
      }
      if (encoded !== undefined) expect(fragment.endsWith(encoded)).toBe(true);
    }),
    { seed, numRuns: 2_000 },
  );
});

test("an id with a lone surrogate (it cannot go into a URL) is refused as invalid_id, so toJsonLd never meets one", () => {
  const result = validateArticle({
    headline: "H",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: ["person:a"],
    people: [
      { id: "person:a", name: "A" },
      { id: "person:b\uD800", name: "B" },
    ],
  });
  expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([["/people/1/id", "invalid_id"]]);
  expect(() => fragmentOf("person:b\uD800")).toThrow(URIError);
  expect(fragmentOf("person:b😀")).toBe("person-b%F0%9F%98%80");
});
