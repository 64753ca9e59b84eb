/**
 * Rendering a page for the founding article (examples/khankendi-visit.json): the JSON-LD element in
 * the head, made by `toJsonLdScript` with a Content-Security-Policy nonce, and the article itself in
 * the body, every text escaped for HTML by the small `escapeHtml` below (the library does not render
 * pages; JSON-LD is the only HTML it writes).
 *
 * Run: `npx tsx examples/render-page.ts [nonce]`; it prints the page. Without a nonce argument a random
 * one is made, as a server would for each response, and sent with
 * `Content-Security-Policy: script-src 'nonce-…'`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Article, formatDateTime, formatDisplay, parseArticle, toJsonLdScript } from "newsmodel";

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text escaped for HTML: for element content and for double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The page for an article, with its JSON-LD element carrying `nonce`. */
export function renderPage(article: Article, nonce: string): string {
  const names = new Map([...article.people, ...article.organizations].map((agent) => [agent.id, agent]));
  const byline = article.authors
    .map((id) => names.get(id))
    .map((author) =>
      author?.url === undefined
        ? escapeHtml(author?.name ?? "")
        : `<a href="${escapeHtml(author.url)}" rel="author">${escapeHtml(author.name)}</a>`,
    )
    .join(", ");
  const published = `<time datetime="${escapeHtml(formatDateTime(article.datePublished))}">${escapeHtml(
    formatDisplay(article.datePublished, { locale: "en-GB" }),
  )}</time>`;
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(article.headline)}</title>`,
    article.description === undefined
      ? ""
      : `<meta name="description" content="${escapeHtml(article.description)}">`,
    article.url === undefined ? "" : `<link rel="canonical" href="${escapeHtml(article.url)}">`,
    toJsonLdScript(article, { nonce }),
  ];
  const body = [
    "<article>",
    `<h1>${escapeHtml(article.headline)}</h1>`,
    `<p class="byline">By ${byline}, ${published}</p>`,
    ...article.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    "</article>",
  ];
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(article.language ?? "en")}">`,
    "<head>",
    ...head.filter((line) => line !== ""),
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
  ].join("\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const payload: unknown = JSON.parse(
    readFileSync(new URL("./khankendi-visit.json", import.meta.url), "utf8"),
  );
  const nonce = process.argv[2] ?? randomBytes(16).toString("base64");
  console.log(renderPage(parseArticle(payload), nonce));
}
