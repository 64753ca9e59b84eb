/**
 * The threads that check NDJSON batches for `validate --jobs N`: this thread and N - 1 worker
 * threads. A batch goes to a worker that has fewer than two out, or else is checked here, so that
 * this thread, which also reads and prints, checks what the workers leave (and memory stays
 * bounded however large the input). Results are handed back in the order the batches were read.
 * This module is also the workers' own script: loaded in a worker made by a {@link CheckerPool}, it
 * checks each batch it is sent.
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
  /** The worker that checked the batch, or -1 for this thread. */
  readonly worker: number;
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

/** How many batches a worker thread may have out at once: one being checked, one waiting. */
const OUT_PER_WORKER = 2;

/** This thread and some worker threads checking batches, with results delivered in order. */
export class CheckerPool {
  readonly #workers: Worker[] = [];
  /** How many batches each worker has out. */
  readonly #out: number[] = [];
  readonly #jobs: number;
  readonly #settings: BatchSettings;
  /** Results that came back before those of earlier batches. */
  readonly #waiting = new Map<number, BatchResult>();
  readonly #deliver = new Map<number, (result: BatchResult) => Promise<void>>();
  #sent = 0;
  #delivered = 0;
  #checkedHere = 0;
  #delivering: Promise<void> = Promise.resolve();
  #failure: Error | undefined;
  /** Woken when a result is delivered (a slot frees) or a worker fails. */
  #wake: (() => void) | undefined;

  /**
   * @param jobs - How many threads check batches, this one included (so `jobs - 1` workers).
   * @param settings - How each batch is checked and reported.
   */
  constructor(jobs: number, settings: BatchSettings) {
    this.#jobs = jobs;
    this.#settings = settings;
  }

  /** Starts the workers on first use. */
  #start(): void {
    if (this.#workers.length > 0) return;
    for (let index = 0; index < this.#jobs - 1; index++) {
      const worker = newWorker({ role: ROLE, settings: this.#settings, index });
      worker.on("message", (done: Done) => this.#received(done));
      worker.on("error", (error) => this.#fail(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
      this.#out.push(0);
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }

  #received(done: Done): void {
    if (done.worker >= 0) this.#out[done.worker] = (this.#out[done.worker] ?? 0) - 1;
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

  /** The index of the worker with the fewest batches out, if it has room for one more. */
  #freeWorker(): number | undefined {
    let free: number | undefined;
    for (let index = 0; index < this.#out.length; index++) {
      const out = this.#out[index] ?? OUT_PER_WORKER;
      if (out < OUT_PER_WORKER && (free === undefined || out < (this.#out[free] ?? 0))) free = index;
    }
    return free;
  }

  /**
   * Has a batch checked, by a worker with room for it or else here; `deliver` gets its result when
   * every earlier batch's result has been delivered. Waits while too many batches are out.
   *
   * @param batch - The lines to check.
   * @param deliver - What to do with the result (print it).
   */
  async check(batch: LineBatch, deliver: (result: BatchResult) => Promise<void>): Promise<void> {
    this.#start();
    await this.#waitFor(OUT_PER_WORKER * this.#jobs - 1);
    const sequence = this.#sent++;
    this.#deliver.set(sequence, deliver);
    const worker = this.#freeWorker();
    if (worker !== undefined) {
      this.#out[worker] = (this.#out[worker] ?? 0) + 1;
      const job: Job = { sequence, batch };
      // The bytes move to the thread rather than being copied.
      this.#workers[worker]?.postMessage(job, [batch.bytes.buffer as ArrayBuffer]);
      return;
    }
    this.#checkedHere++;
    this.#received(checkHere(batch, this.#settings, sequence, -1));
    // The workers' answers are let in before the next batch, so that they get it if they are free.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** How many batches this thread has checked itself (the others went to worker threads). */
  get checkedHere(): number {
    return this.#checkedHere;
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

/** Checks a batch, with a failure as the answer rather than thrown. */
function checkHere(batch: LineBatch, settings: BatchSettings, sequence: number, worker: number): Done {
  try {
    return { sequence, worker, result: checkBatch(batch, settings) };
  } catch (error) {
    return { sequence, worker, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's side: checks each batch it is sent and answers with the result. */
function serveBatches(settings: BatchSettings, worker: number): void {
  parentPort?.on("message", (job: Job) => {
    parentPort?.postMessage(checkHere(job.batch, settings, job.sequence, worker));
  });
}

const data = workerData as { role?: unknown; settings?: BatchSettings; index?: number } | null;
if (!isMainThread && data?.role === ROLE && data.settings !== undefined)
  serveBatches(data.settings, data.index ?? 0);
