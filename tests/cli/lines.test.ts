/**
 * Cutting NDJSON into batches of lines: line endings, the last line without a newline, characters
 * split between chunks, lines over the limit given as their length, and batch numbering.
 */
import { describe, expect, test } from "vitest";
import { type LineBatch, lineBatches } from "../../src/cli/lines.js";

/** Every batch of some chunks, read to the end. */
async function batchesOf(
  chunks: readonly (string | Buffer)[],
  maxLineLength = 100,
  batchSize = 1_000,
): Promise<LineBatch[]> {
  async function* stream() {
    for (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  }
  const batches: LineBatch[] = [];
  for await (const batch of lineBatches(stream(), maxLineLength, batchSize)) batches.push(batch);
  return batches;
}

/** The lines of every batch, in order. */
async function linesOf(
  chunks: readonly (string | Buffer)[],
  maxLineLength = 100,
): Promise<(string | number)[]> {
  return (await batchesOf(chunks, maxLineLength)).flatMap((batch) => [...batch.lines]);
}

describe("lineBatches", () => {
  test("lines end with \\n or \\r\\n; a last line without a newline is kept; blank lines are lines", async () => {
    expect(await linesOf(['{"a":1}\n{"b":2}\r\n\n{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', "", '{"c":3}']);
  });

  test("no line after a final newline, and none at all for empty input", async () => {
    expect(await linesOf(["x\n"])).toEqual(["x"]);
    expect(await linesOf([])).toEqual([]);
    expect(await batchesOf([""])).toEqual([]);
  });

  test("a line across chunks, with a character split between them, is read whole", async () => {
    const bytes = Buffer.from("Qarabağ “x”\nnext\n");
    const cut = bytes.indexOf(Buffer.from("ğ")) + 1; // inside the two bytes of ğ
    expect(
      await linesOf([bytes.subarray(0, cut), bytes.subarray(cut, cut + 4), bytes.subarray(cut + 4)]),
    ).toEqual(["Qarabağ “x”", "next"]);
  });

  test("\\r\\n split between chunks is one line ending", async () => {
    expect(await linesOf(["a\r", "\nb\n"])).toEqual(["a", "b"]);
  });

  test("a line over the limit is given as its length, and the lines after it are read", async () => {
    const long = "x".repeat(250);
    expect(await linesOf([`short\n${long.slice(0, 120)}`, `${long.slice(120)}\nafter\n`], 100)).toEqual([
      "short",
      250,
      "after",
    ]);
    expect(await linesOf([`${"y".repeat(101)}`], 100)).toEqual([101]);
    expect(await linesOf(["z".repeat(100)], 100)).toEqual(["z".repeat(100)]);
  });

  test("batches hold about batchSize characters, at least one line each, numbered from 1", async () => {
    const rows = Array.from({ length: 10 }, (_, index) => `line ${index + 1} ${"-".repeat(40)}`);
    const batches = await batchesOf([`${rows.join("\n")}\n`], 1_000, 100);
    expect(batches.map((batch) => batch.firstLine)).toEqual(
      batches.map((_, index) => batches.slice(0, index).reduce((sum, batch) => sum + batch.lines.length, 1)),
    );
    expect(batches.flatMap((batch) => [...batch.lines])).toEqual(rows);
    expect(batches.length).toBeGreaterThan(1);
  });
});
