/**
 * One payload's text, read whole for `validate`, `jsonld` and `import` within the command's limits:
 * a file over {@link MAX_PAYLOAD_BYTES} is not read (nor more than one byte past it of a device or a
 * pipe that says nothing of its size), and a text over {@link MAX_PAYLOAD_LENGTH} characters is refused
 * before it is parsed. Either is a `too_large` issue, as for an invalid payload.
 */
import type { ValidationIssue } from "newsmodel";
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_LENGTH, tooLarge, tooManyBytes } from "./check-batch.js";
import { InputTooLarge, readText } from "./io.js";

/** A payload's text, or the issue that refused it unparsed. */
export type PayloadText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly issue: ValidationIssue };

/**
 * Reads a file, or standard input for `-`, as one payload's text within the limits; an unreadable
 * file is thrown as {@link readText} throws it.
 *
 * @param file - The file's path, or `-`.
 * @param stdin - Standard input.
 * @param decode - How its bytes become text; default UTF-8.
 * @returns The text, or the `too_large` issue of an input over a limit.
 */
export async function readPayloadText(
  file: string,
  stdin: NodeJS.ReadableStream,
  decode?: (bytes: Buffer) => string,
): Promise<PayloadText> {
  let text: string;
  try {
    text = await readText(file, stdin, MAX_PAYLOAD_BYTES, decode);
  } catch (error) {
    if (!(error instanceof InputTooLarge)) throw error;
    return { ok: false, issue: tooManyBytes(error.bytes, error.complete) };
  }
  if (text.length > MAX_PAYLOAD_LENGTH) return { ok: false, issue: tooLarge(text.length) };
  return { ok: true, text };
}
