/**
 * The public surface: the exact list of names the package root exports, and a doc comment with an
 * `@example` on every one of them (typedoc builds the site from these comments).
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";
import * as newsmodel from "../src/index.js";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

function exportedSymbols(): ts.Symbol[] {
  const program = ts.createProgram([entry], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error("src/index.ts not found");
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error("src/index.ts is not a module");
  return checker
    .getExportsOfModule(module)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
}

test("the package root exports exactly these values", () => {
  expect(Object.keys(newsmodel).sort()).toEqual([
    "Address",
    "Article",
    "ArticleValidationError",
    "AttendanceMode",
    "Event",
    "EventKind",
    "EventStatus",
    "GeoPoint",
    "Image",
    "Location",
    "LocationKind",
    "Organization",
    "OrganizationKind",
    "Person",
    "Quote",
    "QuoteKind",
    "articleJsonSchema",
    "checkGoogleArticle",
    "dateTimeCodec",
    "dateValueCodec",
    "extractJsonLd",
    "formatDateTime",
    "formatDateValue",
    "formatDisplay",
    "formatIssues",
    "formatPartialDate",
    "formatRelative",
    "fromJsonLd",
    "isInstant",
    "isPartialDate",
    "isValidDateTime",
    "parseArticle",
    "parseDateTime",
    "parseDateValue",
    "parseEvent",
    "parseImage",
    "parseLocation",
    "parseOrganization",
    "parsePartialDate",
    "parsePerson",
    "parseQuote",
    "parseZone",
    "partialDateCodec",
    "serializeArticle",
    "stringifyForScript",
    "timeZoneCodec",
    "toJsonLd",
    "toJsonLdScript",
    "validateArticle",
    "validateEntity",
    "zoneName",
  ]);
});

test("every export, value or type, has a doc comment with an @example", () => {
  const missing = exportedSymbols()
    .filter((symbol) => {
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) return true;
      const tags = ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
      const comment = ts.getJSDocCommentsAndTags(declaration).length > 0;
      return !comment || !tags.includes("example");
    })
    .map((symbol) => symbol.name)
    .sort();
  expect(missing).toEqual([]);
});
