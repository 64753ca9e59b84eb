/**
 * `newsmodel jsonld`: an article payload's JSON-LD, or its script element.
 */
import { formatIssues, toJsonLd, toJsonLdScript, validateArticle } from "newsmodel";
import { escapeUnprintable } from "../dates/issues.js";
import { type Output, parseJsonText } from "./io.js";
import { readPayloadText } from "./payload-text.js";

/** The options of `jsonld`. */
export interface JsonLdCommand {
  readonly file: string;
  readonly script: boolean;
  readonly nonce?: string;
  readonly nested: boolean;
  readonly body: boolean;
  /** The zone for local times when the payload names none. */
  readonly zone?: string;
}

/** Runs `jsonld`; returns the exit status (0 printed, 1 the payload is invalid). */
export async function runJsonLd(
  command: JsonLdCommand,
  output: Output,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const read = await readPayloadText(command.file, stdin);
  if (!read.ok) {
    output.err(formatIssues([read.issue]));
    return 1;
  }
  let payload: unknown;
  try {
    payload = parseJsonText(read.text, command.file);
  } catch (error) {
    output.err(`newsmodel: ${escapeUnprintable(error instanceof Error ? error.message : String(error))}`);
    return 1;
  }
  const result = validateArticle(payload, command.zone === undefined ? {} : { zone: command.zone });
  if (!result.ok) {
    output.err(formatIssues(result.issues));
    return 1;
  }
  const options = { graph: !command.nested, body: command.body };
  if (command.script) {
    output.out(
      toJsonLdScript(
        result.value,
        command.nonce === undefined ? options : { ...options, nonce: command.nonce },
      ),
    );
  } else {
    output.out(JSON.stringify(toJsonLd(result.value, options), null, 2));
  }
  return 0;
}
