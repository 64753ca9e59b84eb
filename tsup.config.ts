import { defineConfig } from "tsup";

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
    banner: { js: "#!/usr/bin/env node" },
    esbuildOptions(options) {
      // htmlparser2's main module also brings its DOM tools, which the command never uses.
      options.alias = {
        newsmodel: "./src/index.ts",
        htmlparser2: "./node_modules/htmlparser2/dist/esm/Parser.js",
      };
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
]);
