/**
 * Reading NDJSON: a byte stream cut into batches of whole lines, in bounded memory, without decoding
 * it (whoever checks a batch decodes it, in a worker thread or here). A line longer than the limit
 * is not kept: the batch says where it stood and how long it was. A line longer than the limit that
 * holds NUL bytes is binary data, not text (`/dev/zero`): reading stops there.
 */

/** Some consecutive lines of a stream, as bytes. */
export interface LineBatch {
  /** The number of the first line (from 1). */
  readonly firstLine: number;
  /** How many lines the batch holds. */
  readonly lineCount: number;
  /** The lines' UTF-8 bytes, each ended by `\n` (the last line of the stream may lack it). */
  readonly bytes: Uint8Array;
  /** Lines over the limit, left out of `bytes`: the index of each in the batch, and its length in bytes. */
  readonly skipped: readonly (readonly [index: number, length: number])[];
  /**
   * `true` when reading stopped at the batch's last line: a line over the limit with NUL bytes in it,
   * whose length is then only what was read of it.
   */
  readonly stopped?: true;
}

const NEWLINE = 0x0a;
const NUL = 0x00;

/** Builds batches from pieces of whole lines. */
class BatchMaker {
  #pieces: Uint8Array[] = [];
  #bytes = 0;
  #lines = 0;
  #skipped: [number, number][] = [];
  #firstLine = 1;

  /** Whole lines (`count` of them, every one ended by `\n`). */
  addLines(piece: Uint8Array, count: number): void {
    if (piece.length === 0) return;
    this.#pieces.push(piece);
    this.#bytes += piece.length;
    this.#lines += count;
  }

  /** A line over the limit: only its length is kept. */
  addSkipped(length: number): void {
    this.#skipped.push([this.#lines, length]);
    this.#lines++;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /**
   * The batch so far, or `undefined` when it is empty; the next batch starts after it. `stopped`
   * marks the last batch of an input whose reading stopped at a binary line.
   */
  take(stopped = false): LineBatch | undefined {
    if (this.#lines === 0) return undefined;
    // A copy with a buffer of its own, so that it can be moved to a worker thread.
    const bytes = new Uint8Array(this.#bytes);
    let offset = 0;
    for (const piece of this.#pieces) {
      bytes.set(piece, offset);
      offset += piece.length;
    }
    const batch: LineBatch = {
      firstLine: this.#firstLine,
      lineCount: this.#lines,
      bytes,
      skipped: this.#skipped,
      ...(stopped ? { stopped: true } : {}),
    };
    this.#firstLine += this.#lines;
    this.#pieces = [];
    this.#bytes = 0;
    this.#lines = 0;
    this.#skipped = [];
    return batch;
  }
}

/**
 * Adds the whole lines in `data` (which ends with `\n`) to batches, leaving out those over the limit;
 * a batch that reaches `batchSize` bytes goes to `ready`.
 */
function addWholeLines(
  maker: BatchMaker,
  data: Uint8Array,
  maxLineLength: number,
  batchSize: number,
  ready: LineBatch[],
): void {
  let start = 0;
  let runStart = 0;
  let runLines = 0;
  for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
    if (end - start > maxLineLength) {
      maker.addLines(data.subarray(runStart, start), runLines);
      maker.addSkipped(end - start);
      runStart = end + 1;
      runLines = 0;
    } else {
      runLines++;
    }
    start = end + 1;
    if (maker.bytes + (start - runStart) >= batchSize) {
      maker.addLines(data.subarray(runStart, start), runLines);
      runStart = start;
      runLines = 0;
      const batch = maker.take();
      if (batch !== undefined) ready.push(batch);
    }
  }
  maker.addLines(data.subarray(runStart, start), runLines);
}

/** Whether some bytes hold a NUL byte, which no JSON text holds: the mark of binary data. */
function holdsNul(pieces: readonly Uint8Array[]): boolean {
  return pieces.some((piece) => piece.includes(NUL));
}

/**
 * The lines of a byte stream in batches of about `batchSize` bytes (at least one line each), keeping
 * at most `maxLineLength` bytes of any one line (a line ended by `\r\n` counts its `\r`). A longer
 * line is read to its end without being kept, so that the lines after it are read; but one with NUL
 * bytes in it is binary data, not text, which may never end (`/dev/zero`): reading stops there, and
 * the last batch is marked `stopped`.
 *
 * @param input - A byte stream of UTF-8 text.
 * @param maxLineLength - The longest line kept, in bytes; a longer one is given by its length.
 * @param batchSize - About how many bytes a batch holds; default 64 KB.
 * @returns The batches, in order.
 */
export async function* lineBatches(
  input: AsyncIterable<Uint8Array | string>,
  maxLineLength: number,
  batchSize = 64 * 1024,
): AsyncGenerator<LineBatch> {
  const maker = new BatchMaker();
  // The start of a line still being read, as the chunks it came in (joined once, at its end).
  let carry: Uint8Array[] = [];
  let carried = 0;
  /** The bytes of a line over the limit seen so far, or -1 when no such line is being skipped. */
  let skipping = -1;
  /** Whether reading stopped at a line over the limit with NUL bytes in it. */
  let stopped = false;
  for await (const chunk of input) {
    let data: Uint8Array = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (skipping >= 0) {
      const end = data.indexOf(NEWLINE);
      if (end === -1) {
        skipping += data.length;
        stopped = data.includes(NUL);
        if (stopped) break;
        continue;
      }
      maker.addSkipped(skipping + end);
      skipping = -1;
      data = data.subarray(end + 1);
    }
    const last = data.lastIndexOf(NEWLINE);
    if (last === -1) {
      carry.push(data);
      carried += data.length;
    } else {
      const lines = data.subarray(0, last + 1);
      const whole = carried > 0 ? Buffer.concat([...carry, lines]) : lines;
      const ready: LineBatch[] = [];
      addWholeLines(maker, whole, maxLineLength, batchSize, ready);
      yield* ready;
      const rest = data.subarray(last + 1);
      carry = rest.length > 0 ? [rest] : [];
      carried = rest.length;
    }
    if (carried > maxLineLength) {
      skipping = carried;
      stopped = holdsNul(carry);
      carry = [];
      carried = 0;
      if (stopped) break;
    }
  }
  if (skipping >= 0) maker.addSkipped(skipping);
  else if (carried > 0) maker.addLines(Buffer.concat([...carry, Buffer.from("\n")]), 1);
  const batch = maker.take(stopped);
  if (batch !== undefined) yield batch;
}

const decoder = new TextDecoder();

/**
 * The lines of a batch, one at a time: each line's text without its `\n` or `\r\n`, or, for a line
 * over the limit, its length in bytes. (One at a time, so that each line's text is garbage as soon
 * as it has been checked.)
 *
 * @param batch - A batch from {@link lineBatches}.
 * @returns One entry a line, in order.
 */
export function* linesOf(batch: LineBatch): Generator<string | number> {
  const text = decoder.decode(batch.bytes);
  const skipped = batch.skipped;
  let next = 0;
  let index = 0;
  for (let start = 0; start < text.length; index++) {
    const [skippedIndex, length] = skipped[next] ?? [-1, 0];
    if (skippedIndex === index) {
      next++;
      yield length;
      continue;
    }
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    yield text.slice(start, text.charCodeAt(end - 1) === 0x0d && end > start ? end - 1 : end);
    start = end + 1;
  }
  for (; next < skipped.length; next++) yield (skipped[next] as readonly [number, number])[1];
}
