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
    // The command: ESM only; it imports the library through the package's own name.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    external: ["newsmodel"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
