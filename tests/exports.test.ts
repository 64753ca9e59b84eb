/**
 * The public surface: the exact list of names the package root exports, and a doc comment with an
 * `@example` on every one of them (typedoc builds the site from these comments).
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";
import * as newsmodel from "../src/index.js";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

let exported: ts.Symbol[] | undefined;

/** The symbols src/index.ts exports, aliases resolved to their declarations (the program is built once). */
function exportedSymbols(): ts.Symbol[] {
  exported ??= readExports();
  return exported;
}

function readExports(): ts.Symbol[] {
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
    "formatIssue",
    "formatIssues",
    "formatPartialDate",
    "formatRelative",
    "fromJsonLd",
    "isInstant",
    "isPartialDate",
    "isValidDateTime",
    "parseArticle",
    "parseArticleJson",
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
    "validateArticleJson",
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

/** The names a declaration's JSDoc `@param` tags give (`options.zone` counts as `options.zone`, not `options`). */
function paramTagNames(declaration: ts.Node): string[] {
  return ts
    .getJSDocTags(declaration)
    .filter(ts.isJSDocParameterTag)
    .map((tag) => tag.name.getText());
}

/** The names of a signature's declared parameters. */
function parameterNames(declaration: ts.SignatureDeclaration): string[] {
  return declaration.parameters.map((parameter) => parameter.name.getText());
}

test("every exported function has an @param for each parameter and an @returns", () => {
  const functions = exportedSymbols().filter((symbol) => symbol.flags & ts.SymbolFlags.Function);
  expect(functions.map((symbol) => symbol.name)).toContain("parseArticle");
  const problems = functions
    .flatMap((symbol) =>
      (symbol.declarations ?? []).filter(ts.isFunctionDeclaration).flatMap((declaration) => {
        const documented = paramTagNames(declaration);
        const tags = ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
        return [
          ...parameterNames(declaration)
            .filter((name) => !documented.includes(name))
            .map((name) => `${symbol.name}: no @param ${name}`),
          ...(tags.includes("returns") ? [] : [`${symbol.name}: no @returns`]),
        ];
      }),
    )
    .sort();
  expect(problems).toEqual([]);
});

test("every exported class's constructor has an @param for each parameter", () => {
  const problems = exportedSymbols()
    .filter((symbol) => symbol.flags & ts.SymbolFlags.Class)
    .flatMap((symbol) =>
      (symbol.declarations ?? []).filter(ts.isClassDeclaration).flatMap((declaration) =>
        declaration.members.filter(ts.isConstructorDeclaration).flatMap((ctor) => {
          const documented = paramTagNames(ctor);
          return parameterNames(ctor)
            .filter((name) => !documented.includes(name))
            .map((name) => `${symbol.name}: no @param ${name}`);
        }),
      ),
    )
    .sort();
  expect(problems).toEqual([]);
});

test("every @example of every export shows its result", () => {
  const silent = exportedSymbols()
    .flatMap((symbol) =>
      (symbol.declarations ?? []).flatMap((declaration) =>
        ts
          .getJSDocTags(declaration)
          .filter((tag) => tag.tagName.text === "example")
          .map((tag) => ({ name: symbol.name, text: ts.getTextOfJSDocComment(tag.comment) ?? "" })),
      ),
    )
    .filter(({ text }) => !text.includes("//=>") && !text.includes("console.log"))
    .map(({ name }) => name)
    .sort();
  expect(silent).toEqual([]);
});
