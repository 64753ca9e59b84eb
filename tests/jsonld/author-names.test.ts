/**
 * The author-name patterns the reader and Google's checks share: which names look like several
 * names joined into one, said word by word and comma by comma; and long names read in time linear
 * in their length (a pattern that backtracked took seconds on a 100 KB name, and minutes on these).
 */
import { expect, test } from "vitest";
import { checkGoogleArticle, fromJsonLd } from "../../src/index.js";
import { namesJoined } from "../../src/jsonld/author-names.js";

/** A lone NewsArticle node with one Person author of this name. */
function withAuthorNamed(name: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "H",
    datePublished: "2025-07-09T14:05:00+04:00",
    author: { "@type": "Person", name },
  };
}

test("y and e join two names of two words or more each, whatever the white space and case", () => {
  for (const name of [
    "Juan Pérez y María López",
    "Juan  Pérez\ty\u00a0María López",
    "João Silva E Maria Santos",
    "A B y C D",
    " Ana Ruiz Y Eva Gil Sanz ",
  ]) {
    expect(namesJoined(name), name).toBe(true);
  }
  for (const name of [
    "José Ortega y Gasset",
    "María José García-López y Pérez",
    "A B y C",
    "A y B C D",
    "A B ye C D",
    "A B ÿ C D",
    "A B é C D",
    "A B y",
    "y e y e",
  ]) {
    expect(namesJoined(name), name).toBe(false);
  }
});

test("a comma joins names unless only last suffixes follow it, each part whole", () => {
  for (const name of ["Jane Doe, PhD", "Martin Luther King, Jr.", "Jane Doe, PhD, MD", "Al Poe ,  d.o. "]) {
    expect(namesJoined(name), name).toBe(false);
  }
  for (const name of [
    "Jane Doe, John Roe",
    "Jane Doe, PhD, John Roe",
    "Jane Doe, Jr, ",
    "Jane Doe,, Jr",
    "Jane Doe, Jr John",
    "Jane Doe, PhD; John Roe",
    "Jane Doe und John Roe",
  ]) {
    expect(namesJoined(name), name).toBe(true);
  }
});

test("an author name of one 600,000-letter word is one name, read and checked in linear time", () => {
  const document = withAuthorNamed("x".repeat(600_000));
  expect(checkGoogleArticle(document).map((warning) => [warning.code, warning.pointer])).toEqual([
    ["author_without_url", "/author"],
    ["missing_image", ""],
  ]);
  const result = fromJsonLd(document);
  expect(result.article).toBeUndefined();
  expect(result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}`)).toEqual([
    "warning too_long ",
    "error too_few ",
  ]);
});

test("a comma before 160,001 last suffixes does not join names, found in linear time", () => {
  expect(namesJoined(`Jane Doe, ${"Jr,".repeat(160_000)}Jr`)).toBe(false);
  expect(namesJoined(`Jane Doe, ${"Jr,".repeat(160_000)}John Roe`)).toBe(true);
});
