/**
 * The command's input and output: reading files and standard input, writing lines, colours only on
 * a terminal, and the errors that end a command with status 2 (said plainly, never a stack trace).
 */
import { type FileHandle, open } from "node:fs/promises";
// Modules that import nothing, so that the command's bundle takes only these functions.
import { escapeUnprintable } from "../dates/issues.js";
import { jsonErrorPosition, jsonErrorReason } from "../validate/json-position.js";

/** A problem with how the command was called or with its input: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name: string = "UsageError";
}

/** Input that cannot be read (a missing file): like a {@link UsageError}, without the usage hint. */
export class InputError extends UsageError {
  override readonly name = "InputError";
}

/** A JSON text that does not parse: an invalid payload (exit status 1), not bad usage. */
export class InvalidJsonError extends Error {
  override readonly name = "InvalidJsonError";
}

/** Why a file could not be opened, in words. */
export function unreadable(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "ENOTDIR"
          ? "a part of its path is not a directory"
          : code === "EACCES"
            ? "permission denied"
            : (code ?? "unreadable");
  return new InputError(`cannot read ${file}: ${reason}`);
}

/** Input over the size a command reads, left unread: how many bytes it has, or a size it is over. */
export class InputTooLarge extends Error {
  override readonly name = "InputTooLarge";
  /**
   * @param bytes - The input's size, or, when it is not `complete`, a size it is known to be over.
   * @param complete - Whether `bytes` is the whole size (a file's, or standard input read to its end).
   */
  constructor(
    readonly bytes: number,
    readonly complete: boolean,
  ) {
    super(`the input has ${complete ? "" : "more than "}${bytes} bytes`);
  }
}

/** How many bytes a read asks for at a time. */
const READ_CHUNK = 1024 * 1024;

/**
 * Reads a file from where it stands until its end or until `limit` bytes have come, whichever is
 * first, so that a device or a pipe that never ends (`/dev/zero`) is read no further than needed.
 */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  /** A buffer a short read left free, for the next read. */
  let spare: Buffer | undefined;
  while (total < limit) {
    const chunk = spare ?? Buffer.allocUnsafe(Math.min(READ_CHUNK, limit - total));
    spare = undefined;
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, limit - total), null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (bytesRead === chunk.length) {
      chunks.push(chunk);
    } else {
      // A short read (a pipe gives 64 KB at a time): a copy is kept, and the buffer read into again.
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
      spare = chunk;
    }
  }
  return Buffer.concat(chunks, total);
}

/** Bytes as UTF-8 text, which every input is unless its reader knows better. */
function utf8(bytes: Buffer): string {
  return bytes.toString("utf8");
}

/** Standard inputs whose reading stopped at the limit: what is left of them is not read. */
const stoppedInputs = new WeakSet<NodeJS.ReadableStream>();

/**
 * Reads standard input to its end, or until more than `maxBytes` have come: then reading stops, and
 * the stream is closed ({@link InputTooLarge} is thrown), as `head` does, so that an input that never
 * ends (`cat /dev/zero | newsmodel validate -`) ends the run. A later `-` finds it empty.
 */
async function readStandardInput(
  stdin: NodeJS.ReadableStream,
  maxBytes: number,
  decode: (bytes: Buffer) => string,
): Promise<string> {
  if (stoppedInputs.has(stdin)) return "";
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > maxBytes) {
      // Leaving the loop closes the stream.
      stoppedInputs.add(stdin);
      throw new InputTooLarge(maxBytes, false);
    }
    chunks.push(buffer);
  }
  return decode(Buffer.concat(chunks, bytes));
}

/**
 * Reads a whole file, or standard input for `-`; an unreadable file is a {@link UsageError}. Input
 * of more than `maxBytes` is not kept: {@link InputTooLarge} is thrown instead. A regular file's
 * size is asked before reading, and one over the limit is not read at all; any other file (a device,
 * a pipe, which say 0) is read up to one byte past the limit. So is standard input (see
 * {@link readStandardInput}).
 */
export async function readText(
  file: string,
  stdin: NodeJS.ReadableStream,
  maxBytes = Number.POSITIVE_INFINITY,
  decode: (bytes: Buffer) => string = utf8,
): Promise<string> {
  if (file === "-") return readStandardInput(stdin, maxBytes, decode);
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(file, { code: "EISDIR" });
    if (info.isFile() && info.size > maxBytes) throw new InputTooLarge(info.size, true);
    const bytes = await readAtMost(handle, maxBytes + 1);
    if (bytes.length > maxBytes) throw new InputTooLarge(maxBytes, false);
    return decode(bytes);
  } catch (error) {
    if (error instanceof InputTooLarge || error instanceof InputError) throw error;
    throw unreadable(file, error);
  } finally {
    await handle.close();
  }
}

/** Parses JSON text; invalid JSON is a {@link UsageError} that names the file, line and column. */
export function parseJsonText(text: string, file: string): unknown {
  // A byte order mark is no part of the JSON: positions are counted in the text after it.
  const json = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPosition(json, message);
    if (where === undefined)
      throw new InvalidJsonError(
        `${file} is not valid JSON (${escapeUnprintable(jsonErrorReason(message))})`,
      );
    throw new InvalidJsonError(`${file} is not valid JSON at line ${where.line}, column ${where.column}`);
  }
}

/** Where a command writes, and whether it may use colour. */
export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly color: boolean;
  /** Whether standard error is a terminal (for progress lines). */
  readonly errIsTerminal: boolean;
  /** Waits until what was written has drained, when the output is a stream that buffers (optional). */
  readonly drain?: () => Promise<void>;
  /** Told when a payload is found invalid, before the run ends (optional; see `onOutputError`). */
  readonly failed?: () => void;
}

/** Wraps text in an ANSI colour when colours are on. */
export function paint(output: Output, color: "red" | "yellow" | "green" | "dim", text: string): string {
  if (!output.color) return text;
  const codes = { red: 31, yellow: 33, green: 32, dim: 2 } as const;
  return `\u001b[${codes[color]}m${text}\u001b[0m`;
}
