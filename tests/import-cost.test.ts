/**
 * Importing the library does no work beyond defining things: no zone look-ups, no locale data, no
 * formatters made (they wait for the first call that needs them).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const probe = fileURLToPath(new URL("./fixtures/import/probe.ts", import.meta.url));

test("importing newsmodel asks Intl for nothing (no zones, locales or formatters)", () => {
  const child = spawnSync(process.execPath, ["--import", "tsx", probe], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(child.stderr).toBe("");
  const report = JSON.parse(child.stdout.trim()) as { calls: Record<string, number>; exports: number };
  expect(report.calls).toEqual({});
  expect(report.exports).toBeGreaterThan(40);
});
