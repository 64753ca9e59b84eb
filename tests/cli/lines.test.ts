/**
 * Cutting NDJSON into batches of lines and reading them back: line endings, the last line without a
 * newline, characters split between chunks, lines over the limit given as their length in bytes, binary
 * input (NUL bytes) that stops the reading, and batch numbering.
 */
import { describe, expect, test } from "vitest";
import { type LineBatch, lineBatches, linesOf } from "../../src/cli/lines.js";

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
async function readLines(
  chunks: readonly (string | Buffer)[],
  maxLineLength = 100,
): Promise<(string | number)[]> {
  return (await batchesOf(chunks, maxLineLength)).flatMap((batch) => [...linesOf(batch)]);
}

describe("lineBatches", () => {
  test("lines end with \\n or \\r\\n; a last line without a newline is kept; blank lines are lines", async () => {
    expect(await readLines(['{"a":1}\n{"b":2}\r\n\n{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', "", '{"c":3}']);
  });

  test("no line after a final newline, and none at all for empty input", async () => {
    expect(await readLines(["x\n"])).toEqual(["x"]);
    expect(await readLines([])).toEqual([]);
    expect(await batchesOf([""])).toEqual([]);
  });

  test("a line across chunks, with a character split between them, is read whole", async () => {
    const bytes = Buffer.from("Qarabağ “x”\nnext\n");
    const cut = bytes.indexOf(Buffer.from("ğ")) + 1; // inside the two bytes of ğ
    expect(
      await readLines([bytes.subarray(0, cut), bytes.subarray(cut, cut + 4), bytes.subarray(cut + 4)]),
    ).toEqual(["Qarabağ “x”", "next"]);
  });

  test("\\r\\n split between chunks is one line ending", async () => {
    expect(await readLines(["a\r", "\nb\n"])).toEqual(["a", "b"]);
  });

  test("a line over the limit is given as its length, and the lines after it are read", async () => {
    const long = "x".repeat(250);
    expect(await readLines([`short\n${long.slice(0, 120)}`, `${long.slice(120)}\nafter\n`], 100)).toEqual([
      "short",
      250,
      "after",
    ]);
    expect(await readLines([`${"y".repeat(101)}`], 100)).toEqual([101]);
    expect(await readLines(["z".repeat(100)], 100)).toEqual(["z".repeat(100)]);
  });

  test("a line over the limit with NUL bytes stops the reading, even of an input that never ends", async () => {
    async function* endless() {
      yield Buffer.from("ok\n");
      for (;;) yield Buffer.alloc(64);
    }
    const batches: LineBatch[] = [];
    for await (const batch of lineBatches(endless(), 100, 1_000)) batches.push(batch);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.stopped).toBe(true);
    const lines = [...linesOf(batches[0] as LineBatch)];
    expect(lines[0]).toBe("ok");
    expect(lines[1]).toBeGreaterThan(100);
    expect(lines).toHaveLength(2);
  });

  test("NUL bytes stop nothing in a line within the limit, or in a long line whose end has come", async () => {
    const batches = await batchesOf(["a\u0000\nb\n", "x".repeat(150), "\u0000\nafter\n"], 100);
    expect(batches.flatMap((batch) => [...linesOf(batch)])).toEqual(["a\u0000", "b", 151, "after"]);
    expect(batches.some((batch) => batch.stopped)).toBe(false);
  });

  test("batches hold about batchSize bytes of whole lines, numbered from 1 without gaps", async () => {
    const rows = Array.from({ length: 10 }, (_, index) => `line ${index + 1} ${"-".repeat(40)}`);
    const batches = await batchesOf([`${rows.join("\n")}\n`], 1_000, 100);
    expect(batches.map((batch) => [batch.firstLine, batch.lineCount])).toEqual([
      [1, 3],
      [4, 3],
      [7, 3],
      [10, 1],
    ]);
    expect(batches.flatMap((batch) => [...linesOf(batch)])).toEqual(rows);
  });

  test("a line over the limit inside a batch keeps its place among the others", async () => {
    const batches = await batchesOf([`a\n${"x".repeat(30)}\nb\n`], 10);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.skipped).toEqual([[1, 30]]);
    expect(batches[0]?.lineCount).toBe(3);
    expect([...linesOf(batches[0] as LineBatch)]).toEqual(["a", 30, "b"]);
  });

  test("a batch's bytes have a buffer of their own (they can move to a worker thread)", async () => {
    const [batch] = await batchesOf(["one\ntwo\n"]);
    expect(batch?.bytes.byteOffset).toBe(0);
    expect(batch?.bytes.buffer.byteLength).toBe(8);
  });
});
