/**
 * The checker pool of `validate --jobs N`: this thread and N - 1 worker threads check batches, and
 * the results come back in the order the batches were sent, whoever checked them.
 */
import { expect, test } from "vitest";
import { type BatchResult, type BatchSettings, checkBatch } from "../../src/cli/check-batch.js";
import type { LineBatch } from "../../src/cli/lines.js";
import { CheckerPool } from "../../src/cli/pool.js";

const settings: BatchSettings = {
  file: "feed.ndjson",
  command: { files: ["feed.ndjson"], ndjson: true, format: "json", jobs: 2 },
  color: false,
};

/** A batch of three lines starting at `firstLine`; its middle line is invalid (no authors). */
function batchAt(firstLine: number): LineBatch {
  const lines = [0, 1, 2].map((offset) =>
    JSON.stringify({
      headline: `Notice ${firstLine + offset}`,
      datePublished: "2024-05-02T09:30:00+02:00",
      ...(offset === 1 ? {} : { authors: ["person:ana"], people: [{ id: "person:ana", name: "Ana" }] }),
    }),
  );
  return { firstLine, lineCount: 3, bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), skipped: [] };
}

test("this thread checks what the worker leaves, and the results come back in order", async () => {
  const batches = Array.from({ length: 8 }, (_, index) => batchAt(1 + 3 * index));
  // What one thread alone prints for each batch (worked out first: a batch's bytes move to the worker).
  const expected = batches.map((batch) => checkBatch(batch, settings));
  const delivered: BatchResult[] = [];
  const pool = new CheckerPool(2, settings);
  try {
    for (const batch of batches) {
      await pool.check(batch, async (result) => {
        delivered.push(result);
      });
    }
    await pool.finish();
  } finally {
    await pool.close();
  }
  expect(delivered).toEqual(expected);
  expect(delivered.map((result) => JSON.parse(result.out[1] ?? "{}").line)).toEqual([
    2, 5, 8, 11, 14, 17, 20, 23,
  ]);
  // The worker has room for the first two batches; the third, sent before it can have answered,
  // is checked here. How the rest are shared depends on timing.
  expect(pool.checkedHere).toBeGreaterThanOrEqual(1);
  expect(pool.checkedHere).toBeLessThanOrEqual(6);
});
