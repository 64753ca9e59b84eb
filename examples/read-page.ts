/**
 * Reading an article from an HTML page, as a crawler or a migration script would: `extractJsonLd`
 * finds every `application/ld+json` block (a block that cannot be read is reported with its line and
 * column, and the others still come out), and `fromJsonLd` reads the articles in each block into the
 * model, reporting every repair and loss. Prints each article's headline, datePublished (with the
 * offset the page wrote) and authors, then every issue, one a line.
 *
 * Run: `npx tsx examples/read-page.ts [page.html]`; the default, examples/page.html, is an invented
 * page at example.org with one readable NewsArticle block and one broken block.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { extractJsonLd, formatDateTime, formatIssues, fromJsonLd, type ValidationIssue } from "newsmodel";

const file = process.argv[2] ?? fileURLToPath(new URL("./page.html", import.meta.url));
let html: string;
try {
  html = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

/** Issues one a line, indented. */
function printIssues(title: string, issues: readonly ValidationIssue[], indent = ""): void {
  console.log(`${indent}${title}: ${issues.length === 0 ? "none" : ""}`.trimEnd());
  for (const line of issues.length === 0 ? [] : formatIssues(issues).split("\n")) {
    console.log(`${indent}  ${line}`);
  }
}

const extracted = extractJsonLd(html);
console.log(`${relative(process.cwd(), file)}: ${extracted.blocks.length} JSON-LD blocks`);
printIssues("issues in the page", extracted.issues);

for (const block of extracted.blocks) {
  if (block.value === undefined) {
    console.log(`block ${block.index}: not read (see the issues in the page)`);
    continue;
  }
  // Pointers in these issues point into the block's JSON.
  const read = fromJsonLd(block.value);
  console.log(
    `block ${block.index}: ${read.articles.length} article${read.articles.length === 1 ? "" : "s"}`,
  );
  for (const article of read.articles) {
    const agents = new Map(
      [...article.people, ...article.organizations].map((agent) => [agent.id, agent.name]),
    );
    console.log(`  headline       ${article.headline}`);
    console.log(`  datePublished  ${formatDateTime(article.datePublished)}`);
    console.log(`  authors        ${article.authors.map((id) => agents.get(id) ?? id).join(", ")}`);
  }
  printIssues("issues", read.issues, "  ");
}
