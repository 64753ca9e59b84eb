/**
 * `newsmodel import`: an HTML page or a JSON-LD file read into article payloads, with its issues.
 */
import { extractJsonLd, formatIssues, fromJsonLd, type ValidationIssue } from "newsmodel";
import type { Output } from "./io.js";
import { readPayloadText } from "./payload-text.js";

/** The options of `import`. */
export interface ImportCommand {
  readonly file: string;
  readonly url?: string;
  readonly zone?: string;
  readonly format: "human" | "json";
}

/** Runs `import`; returns the exit status (0 an article became a valid model, 1 none did). */
export async function runImport(
  command: ImportCommand,
  output: Output,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const read = await readPayloadText(command.file, stdin);
  /** Each document read, and, for a page of several blocks, which block it is (from 0, as pointers count). */
  const documents: { value: unknown; block?: number }[] = [];
  const issues: ValidationIssue[] = [];
  if (!read.ok) {
    issues.push(read.issue);
  } else if (/\.html?$/i.test(command.file) || /^\s*</.test(read.text)) {
    const extracted = extractJsonLd(read.text);
    issues.push(...extracted.issues);
    const several = extracted.blocks.length > 1;
    for (const block of extracted.blocks)
      if (block.value !== undefined)
        documents.push(several ? { value: block.value, block: block.index } : { value: block.value });
    if (extracted.blocks.length === 0) {
      const message =
        'The page has no <script type="application/ld+json"> block (microdata and RDFa are not read).';
      issues.push({ path: [], pointer: "", code: "no_json_ld", message, severity: "error" });
    }
  } else {
    documents.push({ value: read.text });
  }
  const options = {
    ...(command.url === undefined ? {} : { url: command.url }),
    ...(command.zone === undefined ? {} : { zone: command.zone }),
  };
  const payloads: unknown[] = [];
  let models = 0;
  for (const { value, block } of documents) {
    const result = fromJsonLd(value, options);
    payloads.push(...result.payloads);
    // On a page with several blocks, each issue says which block its pointer is in.
    const where = block === undefined ? "" : `JSON-LD block ${block}: `;
    issues.push(...result.issues.map((issue) => ({ ...issue, message: `${where}${issue.message}` })));
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
