import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Property tests run 500–1,000 cases each; on a loaded 2-core machine that can take a while.
    testTimeout: 120_000,
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
  },
});
