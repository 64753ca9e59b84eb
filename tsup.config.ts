import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

/**
 * htmlparser2's `Parser` module, found next to the module its `exports` give for `import`: the command
 * needs only the parser, not the DOM tools the package's main module brings. `undefined` when the
 * package is laid out otherwise (then the whole package is bundled).
 */
function htmlParserModule(): string | undefined {
  const parser = join(dirname(fileURLToPath(import.meta.resolve("htmlparser2"))), "Parser.js");
  return existsSync(parser) ? parser : undefined;
}

export default defineConfig([
  {
    // The library for bundlers and Node's ESM: one file per module, so that a bundler keeps only the
    // modules a program imports (the HTML reader stays out of a page that only publishes JSON-LD).
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: { entry: "src/index.ts" },
    sourcemap: true,
    clean: true,
    target: "node20",
  },
  {
    // The library for CommonJS: one file, with its own type declarations.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    treeshake: true,
  },
  {
    // The command: one ESM file that holds everything it runs (the library, zod, luxon, the HTML
    // parser), its white space and syntax minified but its names kept. Node then reads and compiles
    // one file instead of some 190 modules (zod's locales among them), and the command and each of
    // its worker threads start in about half the time (see docs/performance.md).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node20",
    noExternal: [/./],
    // The licences of the packages bundled into it: dist/cli-licenses.txt (scripts/write-notices.mjs).
    metafile: true,
    banner: {
      js: "#!/usr/bin/env node\n// The licences of the packages bundled into this file are in cli-licenses.txt.",
    },
    esbuildOptions(options) {
      const parser = htmlParserModule();
      options.alias = {
        newsmodel: "./src/index.ts",
        ...(parser === undefined ? {} : { htmlparser2: parser }),
      };
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
]);
