/**
 * A batch that fails while this thread checks it stops the pool with the failure's message, as a
 * worker thread's failure does (checkBatch is made to fail here; the worker threads run the real one).
 */
import { expect, test, vi } from "vitest";
import type { BatchSettings } from "../../src/cli/check-batch.js";
import type { LineBatch } from "../../src/cli/lines.js";
import { CheckerPool } from "../../src/cli/pool.js";

vi.mock("../../src/cli/check-batch.js", () => ({
  checkBatch: () => {
    throw new Error("the disk went away");
  },
}));

const settings: BatchSettings = {
  file: "feed.ndjson",
  command: { files: ["feed.ndjson"], ndjson: true, format: "json", jobs: 2 },
  color: false,
};

function batchAt(firstLine: number): LineBatch {
  const line = JSON.stringify({
    headline: "Notice",
    datePublished: "2024-05-02T09:30:00+02:00",
    authors: [],
  });
  return { firstLine, lineCount: 1, bytes: new TextEncoder().encode(`${line}\n`), skipped: [] };
}

test("a batch that fails in this thread stops the pool with its message", async () => {
  const pool = new CheckerPool(2, settings);
  const delivered: number[] = [];
  const run = async () => {
    // The worker takes the first two; the third is checked here, and fails.
    for (let index = 0; index < 6; index++) {
      await pool.check(batchAt(index + 1), async () => {
        delivered.push(index);
      });
    }
    await pool.finish();
  };
  try {
    await expect(run()).rejects.toThrow("the disk went away");
  } finally {
    await pool.close();
  }
  // Nothing after the failing batch is delivered.
  expect(delivered.every((index) => index < 2)).toBe(true);
});
