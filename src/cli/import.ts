/**
 * `newsmodel import`: an HTML page or a JSON-LD file read into article payloads, with its issues.
 */
import { extractJsonLd, formatIssues, fromJsonLd, type ValidationIssue } from "newsmodel";
import { toPointer } from "../validate/issues.js";
import { looksLikeHtml, pageDecoder } from "./html-charset.js";
import type { Output } from "./io.js";
import { readPayloadText } from "./payload-text.js";

/** The options of `import`. */
export interface ImportCommand {
  readonly file: string;
  readonly url?: string;
  readonly zone?: string;
  readonly format: "human" | "json";
}

/** An issue of `extractJsonLd` (at `/blocks/N/…`) with its pointer starting at the block's index. */
function fromBlocks(issue: ValidationIssue): ValidationIssue {
  const [first, ...path] = issue.path;
  return first === "blocks" ? { ...issue, path, pointer: toPointer(path) } : issue;
}

/** Runs `import`; returns the exit status (0 an article became a valid model, 1 none did). */
export async function runImport(
  command: ImportCommand,
  output: Output,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  // A page is read in the encoding it declares (many older pages are in windows-1252 or another).
  const read = await readPayloadText(command.file, stdin, pageDecoder(command.file));
  /** Each document read: a page's blocks together, or the JSON-LD file's text. */
  const documents: unknown[] = [];
  const issues: ValidationIssue[] = [];
  if (!read.ok) {
    issues.push(read.issue);
  } else if (looksLikeHtml(command.file, read.text)) {
    const extracted = extractJsonLd(read.text);
    // Pointers start with the block's index, as those of the document read from the blocks do.
    const several = extracted.blocks.length > 1;
    issues.push(...extracted.issues.map((issue) => (several ? fromBlocks(issue) : issue)));
    // A page's blocks are one document, as JSON-LD reads a page's scripts: a node in one may refer
    // to a node in another (a publisher given once for the page). A pointer starts at its block's
    // index; a block that could not be read stands as null, so that the others keep theirs.
    const values = extracted.blocks.map((block) => block.value ?? null);
    if (values.length > 1) documents.push(values);
    else if (values[0] !== undefined && values[0] !== null) documents.push(values[0]);
    if (extracted.blocks.length === 0) {
      const message =
        'The page has no <script type="application/ld+json"> block (microdata and RDFa are not read).';
      issues.push({ path: [], pointer: "", code: "no_json_ld", message, severity: "error" });
    }
  } else {
    documents.push(read.text);
  }
  const options = {
    ...(command.url === undefined ? {} : { url: command.url }),
    ...(command.zone === undefined ? {} : { zone: command.zone }),
  };
  const payloads: unknown[] = [];
  let models = 0;
  for (const document of documents) {
    const result = fromJsonLd(document, options);
    payloads.push(...result.payloads);
    issues.push(...result.issues);
    models += result.articles.length;
  }
  if (command.format === "json") {
    output.out(JSON.stringify({ payloads, issues }, null, 2));
  } else {
    output.out(JSON.stringify(payloads.length === 1 ? payloads[0] : payloads, null, 2));
    if (issues.length > 0) output.err(formatIssues(issues));
    output.err(
      `${payloads.length} article${payloads.length === 1 ? "" : "s"} found, ${models} valid as models.`,
    );
  }
  return models > 0 ? 0 : 1;
}
