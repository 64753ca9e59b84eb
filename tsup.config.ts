import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own type declarations.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
    splitting: false,
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
