/**
 * The package as users install it, offline: built (`npm run build`), packed (`npm pack`), and the
 * tarball unpacked into the node_modules of fresh temporary projects, next to the packages it declares
 * (its dependencies and peer dependencies, linked from this project's node_modules: nothing is
 * downloaded). Then it is used the ways people use it: ESM JavaScript, CommonJS `require`, the
 * `newsmodel/schema.json` export, the `newsmodel` command, TypeScript under `node16` and `bundler`
 * resolution (type-checked with `tsc --noEmit`, with the types put to work), and a browser bundle made
 * with esbuild that holds nothing from `node:` and runs in a realm with only what browsers have.
 *
 * It is built (`npm run build`) and packed from a copy of the project in a temporary folder, so this
 * project's dist/ is never touched; the folder is removed afterwards. About 20 s, most of it tsc.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  articleJsonSchema,
  parseArticle,
  serializeArticle,
  toJsonLd,
  toJsonLdScript,
  validateArticle,
} from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = join(ROOT, "examples/khankendi-visit.json");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const founding: unknown = JSON.parse(readFileSync(EXAMPLE, "utf8"));

/** The environment of every command: offline npm, no vitest hooks, no colours, no update checks. */
const ENV: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  NO_COLOR: "1",
};
delete ENV.NODE_OPTIONS;
delete ENV.FORCE_COLOR;

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command in a folder and collects what it wrote; rejects only if it could not run or end. */
function sh(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: ENV, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(new Error(`${command} ${args.join(" ")} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}

/** Runs a command that must succeed, and returns its standard output. */
async function ok(command: string, args: readonly string[], cwd: string): Promise<string> {
  const run = await sh(command, args, cwd);
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
  }
  return run.stdout;
}

/** Node's warning that JSON modules are experimental (Node 20), the only thing allowed on stderr. */
function withoutJsonModuleWarning(stderr: string): string {
  return stderr
    .split("\n")
    .filter(
      (line) =>
        !/ExperimentalWarning: Importing JSON modules is an experimental feature/.test(line) &&
        !/Use `node --trace-warnings \.\.\.`/.test(line),
    )
    .join("\n")
    .trim();
}

interface PackedManifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

let work = "";
let unpacked = "";
let manifest: PackedManifest = { name: "", version: "" };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "newsmodel-installed-"));
  // Built and packed from a copy of the project, so that this project's dist/ is left alone while
  // other tests, benchmarks and people use it.
  const source = join(work, "source");
  cpSync(ROOT, source, {
    recursive: true,
    filter: (path) => !/^(?:node_modules|\.git|dist|scratch|docs\/api)(?:\/|$)/.test(relative(ROOT, path)),
  });
  symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"), "dir");
  await ok("npm", ["run", "build", "--silent"], source);
  const packed = JSON.parse(
    await ok("npm", ["pack", "--pack-destination", work, "--json", "--offline"], source),
  ) as { filename: string }[];
  const tarball = join(work, packed[0]?.filename ?? "");
  unpacked = join(work, "unpacked");
  mkdirSync(unpacked);
  await ok("tar", ["-xzf", tarball, "-C", unpacked], work);
  manifest = JSON.parse(readFileSync(join(unpacked, "package/package.json"), "utf8")) as PackedManifest;
}, 180_000);

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

/**
 * A fresh project: `files` written into it, the unpacked package in node_modules/newsmodel, and every
 * package it declares (dependencies and peer dependencies, nothing else) linked from this project's
 * node_modules, the way npm would have installed them.
 */
function project(name: string, files: Readonly<Record<string, string>>): string {
  const folder = join(work, name);
  const modules = join(folder, "node_modules");
  mkdirSync(modules, { recursive: true });
  cpSync(join(unpacked, "package"), join(modules, "newsmodel"), { recursive: true });
  const needed = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ];
  for (const dependency of needed) {
    const installed = join(ROOT, "node_modules", dependency);
    if (!existsSync(installed)) throw new Error(`${dependency} is declared but not installed here`);
    mkdirSync(dirname(join(modules, dependency)), { recursive: true });
    symlinkSync(installed, join(modules, dependency), "dir");
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  return folder;
}

const exampleText = readFileSync(EXAMPLE, "utf8");

describe.concurrent("the packed package, installed", { timeout: 120_000 }, () => {
  test("the tarball holds dist/ and the package files, and declares what dist/ imports", () => {
    const files = readdirSync(join(unpacked, "package", "dist")).sort();
    expect(files).toEqual(
      expect.arrayContaining(["cli.js", "index.cjs", "index.d.cts", "index.d.ts", "index.js", "schema.json"]),
    );
    expect(readdirSync(join(unpacked, "package"))).not.toContain("src");
    expect(manifest.name).toBe("newsmodel");
    expect(
      readFileSync(join(unpacked, "package/dist/cli.js"), "utf8").startsWith("#!/usr/bin/env node\n"),
    ).toBe(true);
    // Every bare import of the built library is a declared dependency or peer dependency.
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) {
      const text = readFileSync(join(unpacked, "package/dist", file), "utf8");
      const specifiers = [
        ...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)["']([^"'./][^"']*)["']/g),
      ].map((match) => match[1] ?? "");
      for (const specifier of specifiers) {
        if (specifier.startsWith("node:")) continue;
        const name = specifier.startsWith("@")
          ? specifier.split("/").slice(0, 2).join("/")
          : specifier.split("/")[0];
        const declaredName = declared.has(name ?? "") || declared.has(`@types/${name}`);
        expect(declaredName, `${file} imports "${specifier}"`).toBe(true);
      }
    }
  });

  test("the command is one file: it imports only Node's own modules, and names the licences of what it bundles", () => {
    const text = readFileSync(join(unpacked, "package/dist/cli.js"), "utf8");
    const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']([^"']+)["']/g)]
      .map((match) => match[1] ?? "")
      // tsx is asked for only when the command runs from the TypeScript sources (the tests do).
      .filter((specifier) => !specifier.startsWith("tsx/"));
    expect(specifiers).toContain("worker_threads");
    expect(specifiers.filter((specifier) => !isBuiltin(specifier))).toEqual([]);
    // The licences of what it bundles travel with it.
    expect(text).toContain("cli-licenses.txt");
    const licences = readFileSync(join(unpacked, "package/dist/cli-licenses.txt"), "utf8");
    const named = [...licences.matchAll(/^(\S+) \d+\.\d+\.\d+\S* \((.+)\)$/gm)].map((match) => match[1]);
    expect(named).toEqual(["entities", "htmlparser2", "luxon", "zod"]);
  });

  test("ESM JavaScript: import { parseArticle, toJsonLd } from 'newsmodel'", async () => {
    const folder = project("esm", {
      "package.json": JSON.stringify({ name: "esm-user", private: true, type: "module" }),
      "example.json": exampleText,
      "index.js": [
        'import { readFileSync } from "node:fs";',
        'import { ArticleValidationError, parseArticle, toJsonLd, validateArticle } from "newsmodel";',
        'const article = parseArticle(JSON.parse(readFileSync("example.json", "utf8")));',
        "console.log(article.headline);",
        'console.log(toJsonLd(article)["@graph"][0].datePublished);',
        "console.log(article.datePublished.offset);",
        'console.log(validateArticle({}).issues.map((issue) => issue.code).join(","));',
        "try { parseArticle({}); } catch (error) { console.log(error instanceof ArticleValidationError); }",
      ].join("\n"),
    });
    const run = await sh(process.execPath, ["index.js"], folder);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "Diplomats visit Khankendi",
      "2025-07-09T14:05:00+04:00",
      "240",
    ]);
    expect(run.stdout.split("\n")[3]).toMatch(/required/);
    expect(run.stdout.split("\n")[4]).toBe("true");
  });

  test("ESM JavaScript: import schema from 'newsmodel/schema.json' with { type: 'json' }", async () => {
    const folder = project("esm-schema", {
      "package.json": JSON.stringify({ name: "esm-schema-user", private: true, type: "module" }),
      "index.js": [
        'import schema from "newsmodel/schema.json" with { type: "json" };',
        'import { articleJsonSchema } from "newsmodel";',
        "console.log(schema.$schema);",
        "console.log(JSON.stringify(schema) === JSON.stringify(articleJsonSchema()));",
      ].join("\n"),
    });
    const run = await sh(process.execPath, ["index.js"], folder);
    expect(withoutJsonModuleWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("https://json-schema.org/draft/2020-12/schema\ntrue\n");
  });

  test("CommonJS: require('newsmodel'), require('newsmodel/schema.json'), and nothing else exported", async () => {
    const folder = project("cjs", {
      "package.json": JSON.stringify({ name: "cjs-user", private: true }),
      "example.json": exampleText,
      "index.js": [
        'const { readFileSync } = require("node:fs");',
        'const { ArticleValidationError, parseArticle, toJsonLdScript } = require("newsmodel");',
        'const article = parseArticle(JSON.parse(readFileSync("example.json", "utf8")));',
        "console.log(article.headline);",
        'console.log(toJsonLdScript(article, { nonce: "n0nce" }).slice(0, 61));',
        "try { parseArticle({}); } catch (error) { console.log(error instanceof ArticleValidationError, error.issues.length > 0); }",
        'const schema = require("newsmodel/schema.json");',
        "console.log(schema.$schema);",
        'console.log(require("newsmodel/package.json").version);',
        'try { require("newsmodel/dist/index.cjs"); console.log("deep import allowed"); } catch (error) { console.log(error.code); }',
      ].join("\n"),
    });
    const run = await sh(process.execPath, ["index.js"], folder);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Diplomats visit Khankendi",
      '<script type="application/ld+json" nonce="n0nce">{"@context":',
      "true true",
      "https://json-schema.org/draft/2020-12/schema",
      manifest.version,
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      "",
    ]);
  });

  test("the newsmodel command: validate, jsonld, schema and the exit statuses", async () => {
    const folder = project("bin", {
      "package.json": JSON.stringify({ name: "bin-user", private: true }),
      "example.json": exampleText,
      "broken.json": JSON.stringify({ headline: "No author", datePublished: "2025-07-09T14:05:00+04:00" }),
    });
    const cli = join("node_modules", "newsmodel", "dist", "cli.js");
    const valid = await sh(process.execPath, [cli, "validate", "example.json"], folder);
    expect(valid.stderr).toBe("");
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain("example.json: valid");

    const invalid = await sh(process.execPath, [cli, "validate", "broken.json"], folder);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(/broken\.json: error \/authors: /);

    const version = await sh(process.execPath, [cli, "--version"], folder);
    expect(version.stdout.trim()).toBe(manifest.version);

    const jsonld = await sh(process.execPath, [cli, "jsonld", "example.json"], folder);
    expect(jsonld.status).toBe(0);
    expect(JSON.parse(jsonld.stdout)).toEqual(toJsonLd(parseArticle(founding)));

    const schema = await sh(process.execPath, [cli, "schema"], folder);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(articleJsonSchema());
    expect(JSON.parse(readFileSync(join(folder, "node_modules/newsmodel/dist/schema.json"), "utf8"))).toEqual(
      articleJsonSchema(),
    );

    const usage = await sh(process.execPath, [cli, "frobnicate"], folder);
    expect(usage.status).toBe(2);
  });

  /** A TypeScript file that puts the types to work; if they were `any`, the @ts-expect-error lines would fail. */
  const typedUse = [
    "import {",
    "  type Article,",
    "  type ArticlePayload,",
    "  ArticleValidationError,",
    "  formatDateTime,",
    "  parseArticle,",
    "  parseDateTime,",
    "  Person,",
    "  toJsonLdScript,",
    "  validateArticle,",
    "  type ValidationIssue,",
    '} from "newsmodel";',
    "",
    "export function publish(input: unknown, nonce: string): string {",
    "  const a: Article = parseArticle(input);",
    "  const offset: number = a.datePublished.offset;",
    "  const headline: string = a.headline;",
    "  const authors: readonly string[] = a.authors;",
    "  // @ts-expect-error the headline is text, not a number",
    "  const wrong: number = a.headline;",
    "  void [offset, headline, authors, wrong];",
    '  return formatDateTime(a.datePublished) + " " + toJsonLdScript(a, { nonce });',
    "}",
    "",
    "export function check(input: unknown): readonly ValidationIssue[] {",
    '  const result = validateArticle(input, { zone: "Asia/Baku", disambiguation: "earlier" });',
    "  if (result.ok) return result.warnings;",
    "  const codes: string[] = result.issues.map((issue) => issue.code);",
    "  void codes;",
    "  return result.issues;",
    "}",
    "",
    'export const author: Person = Person.parse({ id: "person:qabil-ashirov", name: "Qabil Ashirov" });',
    "export const payload: ArticlePayload = {",
    '  headline: "Diplomats visit Khankendi",',
    '  datePublished: "2025-07-09T14:05:00+04:00",',
    '  authors: ["person:qabil-ashirov"],',
    '  people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }],',
    "};",
    'const read = parseDateTime("9 July 2025 14:05 (UTC+04:00)");',
    "export const minutes: number | undefined = read.ok ? read.value.offset : undefined;",
    "export const isError = (error: unknown): boolean => error instanceof ArticleValidationError;",
    "// @ts-expect-error an option that does not exist",
    'validateArticle(payload, { zon: "Asia/Baku" });',
    "",
  ].join("\n");

  /** The compiler options every TypeScript project shares: strict, and the library's types checked too. */
  const strictOptions = {
    target: "es2022",
    lib: ["es2022", "dom"],
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: false,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  };

  test('TypeScript with "module": "node16", "moduleResolution": "node16" (ESM and CommonJS files)', async () => {
    const folder = project("ts-node16", {
      "package.json": JSON.stringify({ name: "ts-node16-user", private: true, type: "module" }),
      "tsconfig.json": JSON.stringify({
        compilerOptions: { ...strictOptions, module: "node16", moduleResolution: "node16" },
        include: ["src"],
      }),
      "src/esm.ts": typedUse,
      "src/common.cts": typedUse,
    });
    const run = await sh(process.execPath, [TSC, "--noEmit", "-p", folder], folder);
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
    // The CommonJS file really resolved to the CommonJS declarations, and the ESM one to the ESM ones.
    const traced = await sh(process.execPath, [TSC, "--noEmit", "--traceResolution", "-p", folder], folder);
    expect(traced.stdout).toMatch(
      /'newsmodel' was successfully resolved to '[^']*node_modules\/newsmodel\/dist\/index\.d\.cts'/,
    );
    expect(traced.stdout).toMatch(
      /'newsmodel' was successfully resolved to '[^']*node_modules\/newsmodel\/dist\/index\.d\.ts'/,
    );
  });

  test('TypeScript with "module": "esnext", "moduleResolution": "bundler", and the JSON Schema import', async () => {
    const folder = project("ts-bundler", {
      "package.json": JSON.stringify({ name: "ts-bundler-user", private: true, type: "module" }),
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          ...strictOptions,
          module: "esnext",
          moduleResolution: "bundler",
          resolveJsonModule: true,
        },
        include: ["src"],
      }),
      "src/main.ts": typedUse,
      "src/schema.ts": [
        'import schema from "newsmodel/schema.json" with { type: "json" };',
        "export const dialect: string = schema.$schema;",
        "",
      ].join("\n"),
    });
    const run = await sh(process.execPath, [TSC, "--noEmit", "-p", folder], folder);
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  /**
   * A project whose entry point imports parseArticle and toJsonLdScript and exports `render`, and
   * (with `withCheck`) exports `check`, which gives {@link answerOf} a payload's text.
   */
  function browserProject(name: string, withCheck = false): string {
    const check = [
      'import { serializeArticle, validateArticle } from "newsmodel";',
      "export function check(text, zone) {",
      "  const result = validateArticle(JSON.parse(text), zone === undefined ? {} : { zone });",
      "  return JSON.stringify(result.ok ? { ...result, value: serializeArticle(result.value) } : result);",
      "}",
    ];
    return project(name, {
      "package.json": JSON.stringify({ name: `${name}-user`, private: true, type: "module" }),
      "entry.js": [
        'import { parseArticle, toJsonLdScript } from "newsmodel";',
        "export function render(text, nonce) {",
        "  return toJsonLdScript(parseArticle(JSON.parse(text)), { nonce });",
        "}",
        ...(withCheck ? check : []),
        "",
      ].join("\n"),
    });
  }

  /** `validateArticle`'s answer as JSON, the model written as its normal payload. */
  function answerOf(payload: unknown, zone?: string): string {
    const result = validateArticle(payload, zone === undefined ? {} : { zone });
    return JSON.stringify(result.ok ? { ...result, value: serializeArticle(result.value) } : result);
  }

  /** Runs a bundle in a fresh realm with only what a browser has (no process, no Buffer, no require). */
  function browserRealm(code: string, globals: Readonly<Record<string, unknown>> = {}) {
    const context = createContext({ console, URL, URLSearchParams, TextEncoder, TextDecoder, ...globals });
    runInContext(code, context);
    return context;
  }

  /** The project's entry point bundled for browsers by esbuild, as an IIFE assigning `newsmodelBundle`. */
  function bundle(folder: string) {
    return build({
      entryPoints: [join(folder, "entry.js")],
      absWorkingDir: folder,
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "newsmodelBundle",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
  }

  test("a browser bundle (esbuild): nothing from node:, and it runs where only browser globals are", async () => {
    const folder = browserProject("browser");
    const result = await bundle(folder);
    expect(result.errors).toEqual([]);
    const inputs = Object.entries(result.metafile.inputs);
    const imports = inputs.flatMap(([, input]) => input.imports.map((imported) => imported.path));
    expect(imports.filter((path) => path.startsWith("node:"))).toEqual([]);
    expect(inputs.map(([path]) => path).filter((path) => path.startsWith("node:"))).toEqual([]);
    const outputs = Object.values(result.metafile.outputs);
    expect(outputs.flatMap((output) => output.imports.map((imported) => imported.path))).toEqual([]);
    const context = browserRealm(result.outputFiles[0]?.text ?? "", { payloadText: exampleText });
    const element: unknown = runInContext('newsmodelBundle.render(payloadText, "n0nce")', context);
    expect(element).toBe(toJsonLdScript(parseArticle(founding), { nonce: "n0nce" }));
    expect(String(element).startsWith('<script type="application/ld+json" nonce="n0nce">')).toBe(true);
  });

  // The ESM build is one file per module, so a bundler keeps only the modules a page imports.
  test("the browser bundle holds the library's browser-safe parts only: no HTML reader", async () => {
    const result = await bundle(browserProject("browser-parts"));
    const bundled = Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(bundled.some((path) => path.includes("node_modules/newsmodel/dist/validate/article.js"))).toBe(
      true,
    );
    expect(
      bundled.filter((path) => /newsmodel\/dist\/(?:jsonld\/(?:extract|read-|from-)|cli)/.test(path)),
    ).toEqual([]);
    expect(bundled.filter((path) => /htmlparser2|domhandler|dom-serializer|entities/.test(path))).toEqual([]);
  });

  // package.json's `browser` field puts the browser modules in place of the fast path's.
  test("for browsers, the fast path is left out, and the answers are Node's", async () => {
    const result = await bundle(browserProject("browser-answers", true));
    const bundled = Object.keys(Object.values(result.metafile.outputs)[0]?.inputs ?? {}).map((path) =>
      path.replace(/^.*node_modules\/newsmodel\/dist\//, ""),
    );
    expect(
      bundled.filter((path) => /^validate\/(?:fast-path|piecewise|compiled-reader)/.test(path)).sort(),
    ).toEqual(["validate/fast-path.browser.js", "validate/piecewise.browser.js"]);
    const context = browserRealm(result.outputFiles[0]?.text ?? "");
    const answerInBrowser = (payload: unknown, zone?: string): string => {
      context.payloadText = JSON.stringify(payload);
      context.zone = zone;
      return String(runInContext("newsmodelBundle.check(payloadText, zone)", context));
    };
    const example = founding as Record<string, unknown> & { people: Record<string, unknown>[] };
    const payloads: [string, unknown, string?][] = [
      ["the founding article", founding],
      ["a local time read in its place's zone", { ...example, datePublished: "2025-07-09 14:05" }],
      [
        "a local time read in the zone given",
        { ...example, datePublished: "2025-07-09 14:05", timeZone: undefined },
        "Asia/Baku",
      ],
      [
        "an author given inline",
        { ...example, authors: [{ type: "person", name: "Qabil Ashirov" }], people: example.people.slice(1) },
      ],
      ["an unknown field", { ...example, subtitle: "x" }],
      [
        "problems of shape and of the whole",
        {
          ...example,
          headline: "",
          url: "javascript:alert(1)",
          dateModified: "2025-07-01T10:00:00+04:00",
          authors: ["person:nobody"],
          people: [{ ...example.people[0], id: 5 }, ...example.people.slice(1)],
        },
      ],
      ["not an article", [1, 2]],
    ];
    for (const [name, payload, zone] of payloads)
      expect({ name, answer: answerInBrowser(payload, zone) }).toEqual({
        name,
        answer: answerOf(payload, zone),
      });
    // Each kind of answer is among them: a model, a model with warnings, and issues.
    const answers = payloads.map(
      ([, payload, zone]) => JSON.parse(answerOf(payload, zone)) as { ok: boolean; warnings: unknown[] },
    );
    expect(answers.map((answer) => [answer.ok, answer.warnings.length > 0])).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, false],
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
});
