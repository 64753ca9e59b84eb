/**
 * Worker threads that check NDJSON batches for `validate --jobs N`. Batches go out in turn, at most
 * two per thread at a time (so memory stays bounded however large the input), and their results
 * are handed back in the order the batches were read. This module is also the threads' own script:
 * loaded in a worker made by a {@link CheckerPool}, it checks each batch it is sent.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type BatchResult, type BatchSettings, checkBatch } from "./check-batch.js";
import type { LineBatch } from "./lines.js";

/** What marks a worker as a batch checker (the CLI's bundle is loaded by other workers too). */
const ROLE = "newsmodel-batch-checker";

interface Job {
  readonly sequence: number;
  readonly batch: LineBatch;
}

interface Done {
  readonly sequence: number;
  readonly result?: BatchResult;
  readonly error?: string;
}

/**
 * A worker thread running this module. Run from the TypeScript sources (the tests run the command
 * through tsx), the thread registers tsx first: Node 20 does not pass `--import` hooks to workers.
 */
function newWorker(data: unknown): Worker {
  const script = new URL(import.meta.url);
  if (!script.pathname.endsWith(".ts"))
    return new Worker(script, {
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/** A pool of worker threads checking batches, with results delivered in order. */
export class CheckerPool {
  readonly #workers: Worker[] = [];
  readonly #jobs: number;
  readonly #settings: BatchSettings;
  /** Results that came back before those of earlier batches. */
  readonly #waiting = new Map<number, BatchResult>();
  readonly #deliver = new Map<number, (result: BatchResult) => Promise<void>>();
  #sent = 0;
  #delivered = 0;
  #delivering: Promise<void> = Promise.resolve();
  #failure: Error | undefined;
  /** Woken when a result is delivered (a slot frees) or a worker fails. */
  #wake: (() => void) | undefined;

  /**
   * @param jobs - How many worker threads to use.
   * @param settings - How each batch is checked and reported.
   */
  constructor(jobs: number, settings: BatchSettings) {
    this.#jobs = jobs;
    this.#settings = settings;
  }

  /** Starts the workers on first use. */
  #start(): void {
    if (this.#workers.length > 0) return;
    for (let index = 0; index < this.#jobs; index++) {
      const worker = newWorker({ role: ROLE, settings: this.#settings });
      worker.on("message", (done: Done) => this.#received(done));
      worker.on("error", (error) => this.#fail(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }

  #received(done: Done): void {
    if (done.result === undefined) {
      this.#fail(new Error(done.error ?? "a worker thread failed"));
      return;
    }
    this.#waiting.set(done.sequence, done.result);
    // A delivery that fails (the output, say) stops the pool, as a worker's failure does.
    this.#delivering = this.#delivering
      .then(() => this.#deliverReady())
      .catch((error: unknown) => {
        this.#fail(error instanceof Error ? error : new Error(String(error)));
      });
  }

  /** Hands over, in order, every result whose turn has come. */
  async #deliverReady(): Promise<void> {
    for (let result = this.#waiting.get(this.#delivered); result !== undefined; ) {
      const deliver = this.#deliver.get(this.#delivered);
      this.#waiting.delete(this.#delivered);
      this.#deliver.delete(this.#delivered);
      await deliver?.(result);
      this.#delivered++;
      this.#wake?.();
      result = this.#waiting.get(this.#delivered);
    }
  }

  /** Waits until fewer than `limit` batches are out, or a worker has failed (then throws). */
  async #waitFor(limit: number): Promise<void> {
    while (this.#failure === undefined && this.#sent - this.#delivered > limit) {
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
    if (this.#failure !== undefined) throw this.#failure;
  }

  /**
   * Sends a batch to be checked; `deliver` gets its result when every earlier batch's result has been
   * delivered. Waits while too many batches are out.
   *
   * @param batch - The lines to check.
   * @param deliver - What to do with the result (print it).
   */
  async check(batch: LineBatch, deliver: (result: BatchResult) => Promise<void>): Promise<void> {
    this.#start();
    await this.#waitFor(2 * this.#jobs - 1);
    const sequence = this.#sent++;
    this.#deliver.set(sequence, deliver);
    const job: Job = { sequence, batch };
    // The bytes move to the thread rather than being copied.
    this.#workers[sequence % this.#jobs]?.postMessage(job, [batch.bytes.buffer as ArrayBuffer]);
  }

  /** Waits until every batch sent has been delivered. */
  async finish(): Promise<void> {
    await this.#waitFor(0);
    await this.#delivering;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/** The worker's side: checks each batch it is sent and answers with the result. */
function serveBatches(settings: BatchSettings): void {
  parentPort?.on("message", (job: Job) => {
    let done: Done;
    try {
      done = { sequence: job.sequence, result: checkBatch(job.batch, settings) };
    } catch (error) {
      done = { sequence: job.sequence, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(done);
  });
}

const data = workerData as { role?: unknown; settings?: BatchSettings } | null;
if (!isMainThread && data?.role === ROLE && data.settings !== undefined) serveBatches(data.settings);
