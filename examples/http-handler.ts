/**
 * Checking article payloads that arrive over HTTP, with nothing but Node's `http`: `POST /articles`
 * with a JSON payload answers
 *
 * - 201 with the normalised payload (entities in their registries, dates with their offsets), and a
 *   `warnings` header counting what was dropped (unknown fields, say);
 * - 422 with `{ "issues": [...] }`, every issue with its JSON Pointer, code and sentence;
 * - 400 when the body is not JSON, 413 when it is over 5 MB, 404 and 405 for other paths and methods.
 *
 * Run directly (`npx tsx examples/http-handler.ts`), it listens on 127.0.0.1 on a free port, sends
 * itself the founding article and a broken copy of it, prints both answers (shortened), and closes.
 * The tests import `createArticleServer` and try every answer.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serializeArticle, validateArticle } from "newsmodel";

/** The largest request body read, in bytes; larger ones are answered 413. */
export const MAX_BODY_BYTES = 5_000_000;

/** Answers with a JSON body. */
function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(`${JSON.stringify(body)}\n`);
}

/**
 * The request body as text, or `undefined` as soon as it is over the limit (by its Content-Length, or
 * once that many bytes have come); the rest is then read and thrown away, as Node does for any body
 * not read, so that the client gets the answer.
 */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      request.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      request.off("data", onData);
      request.resume();
      resolve(undefined);
    };
    request.on("data", onData);
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Handles one request: `POST /articles` or a 404/405. */
async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path !== "/articles") return send(response, 404, { error: `No such resource: ${path}` });
  if (request.method !== "POST") {
    return send(response, 405, { error: "Use POST with a JSON article payload." }, { allow: "POST" });
  }
  const text = await readBody(request);
  if (text === undefined) {
    return send(response, 413, {
      error: `The payload is over ${MAX_BODY_BYTES.toLocaleString("en")} bytes.`,
    });
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return send(response, 400, { error: `The body is not JSON: ${(error as Error).message}` });
  }
  const result = validateArticle(payload);
  if (!result.ok) return send(response, 422, { issues: result.issues });
  // Store `serializeArticle(result.value)`: it reads back to the same article, offsets and all.
  send(response, 201, serializeArticle(result.value), { warnings: String(result.warnings.length) });
}

/**
 * A server for `POST /articles`, not yet listening: call `listen(0, "127.0.0.1")` on it, and `close()`
 * when done.
 */
export function createArticleServer(): Server {
  return createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { error: "Internal error." });
      else response.destroy();
    });
  });
}

/** The first `length` characters of a text, with "…" when there were more. */
function shorten(text: string, length = 300): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** Starts the server, sends it a valid and an invalid article, prints the answers, and closes it. */
async function main(): Promise<void> {
  const server = createArticleServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/articles`;
  console.log(`listening on 127.0.0.1 (port ${port})`);
  try {
    const founding = JSON.parse(readFileSync(new URL("./khankendi-visit.json", import.meta.url), "utf8"));
    const broken = { ...founding, datePublished: "2025-07-09 14:05", timeZone: undefined, authors: [] };
    for (const [label, payload] of [
      ["the founding article", founding],
      ["a broken copy (a local time with no zone, no authors)", broken],
    ] as const) {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload),
      });
      console.log();
      console.log(`POST /articles with ${label}: ${response.status} ${response.statusText}`);
      console.log(shorten(await response.text()));
    }
  } finally {
    server.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
