/**
 * The example programs in examples/ run, each as a child process the way a reader runs it (through
 * tsx, from the sources), and print what their header comments promise. The HTTP handler is also
 * imported and answered with fetch: 201, 422, 400, 413, 404 and 405.
 *
 * The examples import "newsmodel"; tsx maps it to src/index.ts (tsconfig `paths`), and here the mock
 * below does the same, so that every run tests the sources and no build is needed.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createArticleServer, MAX_BODY_BYTES } from "../../examples/http-handler.js";
import { escapeHtml } from "../../examples/render-page.js";
import { parseArticle, serializeArticle, toJsonLd } from "../../src/index.js";

vi.mock("newsmodel", () => import("../../src/index.js"));

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const founding: unknown = JSON.parse(readFileSync(join(ROOT, "examples/khankendi-visit.json"), "utf8"));

/** The environment of every run: the test's, without NODE_OPTIONS (vitest's own hooks). */
const ENV: NodeJS.ProcessEnv = { ...process.env };
delete ENV.NODE_OPTIONS;

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node --import tsx FILE ARGS…` in the project folder; it must end by itself within 60 s. */
function run(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", file, ...args],
      { cwd: ROOT, env: { ...ENV, ...env }, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(new Error(`${file} did not finish (${error.message}): ${stderr}`));
          return;
        }
        resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}

/** A text's lines, without the empty one after the last line break. */
function lines(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}

describe.concurrent("the example programs, run", { timeout: 90_000 }, () => {
  test("build-in-code: the normalised payload, the JSON-LD names, and the hour that happened twice", async () => {
    const { status, stdout, stderr } = await run("examples/build-in-code.ts");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out.slice(0, 9)).toEqual([
      "valid: true, 0 issues, 0 warnings",
      "headline       Harbour Lights festival opens on the waterfront",
      "datePublished  2025-10-25T18:30:00+01:00",
      "authors        person:marta-example",
      "people         person:marta-example (Marta Example), person:rui-example (Rui Example)",
      "event          Harbour Lights: 2025-10-25T19:00:00+01:00 to 2025-10-26T03:00:00+00:00",
      "quote          quote:1, direct, by person:rui-example: “We waited all year for this night.”",
      'JSON-LD        NewsArticle, headline "Harbour Lights festival opens on the waterfront"',
      "JSON-LD author Marta Example",
    ]);
    expect(out.slice(9, 11)).toEqual(["", "ending at 01:30 instead: valid: false"]);
    expect(out.slice(11)).toHaveLength(1);
    expect(out[11]).toMatch(/^error \/events\/0\/endDate: /);
    expect(out[11]).toContain('"2025-10-26 01:30", which happened twice in Europe/Lisbon');
  });

  test("build-in-code prints the same whatever the machine's zone", async () => {
    const [utc, chatham, stJohns] = await Promise.all(
      ["UTC", "Pacific/Chatham", "America/St_Johns"].map((TZ) =>
        run("examples/build-in-code.ts", [], { TZ }),
      ),
    );
    expect(utc?.status).toBe(0);
    expect(chatham?.stdout).toBe(utc?.stdout);
    expect(stJohns?.stdout).toBe(utc?.stdout);
  });

  test("http-handler: starts, answers 201 and 422 to itself, prints both, and ends by itself", async () => {
    const { status, stdout, stderr } = await run("examples/http-handler.ts");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out[0]).toMatch(/^listening on 127\.0\.0\.1 \(port \d+\)$/);
    expect(out[1]).toBe("");
    expect(out[2]).toBe("POST /articles with the founding article: 201 Created");
    expect(out[3]).toMatch(
      /^\{"url":"https:\/\/news\.example\.org\/politics\/diplomats-visit-khankendi","headline":"Diplomats visit Khankendi",.{100,}…$/,
    );
    expect(out[4]).toBe("");
    expect(out[5]).toBe(
      "POST /articles with a broken copy (a local time with no zone, no authors): 422 Unprocessable Entity",
    );
    expect(out[6]).toMatch(
      /^\{"issues":\[\{"path":\["datePublished"\],"pointer":"\/datePublished","code":"missing_zone","message":"Expected datePublished /,
    );
    expect(out).toHaveLength(7);
  });

  test("render-page: the page, with the JSON-LD element carrying the nonce and the article escaped", async () => {
    const { status, stdout, stderr } = await run("examples/render-page.ts", ["test-nonce"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out.slice(0, 5)).toEqual([
      "<!doctype html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8">',
      "<title>Diplomats visit Khankendi</title>",
    ]);
    expect(out).toContain(
      '<link rel="canonical" href="https://news.example.org/politics/diplomats-visit-khankendi">',
    );
    expect(out).toContain("<h1>Diplomats visit Khankendi</h1>");
    expect(out).toContain(
      '<p class="byline">By <a href="https://news.example.org/authors/qabil-ashirov" rel="author">Qabil Ashirov</a>, <time datetime="2025-07-09T14:05:00+04:00">9 July 2025, 14:05 (UTC+4)</time></p>',
    );
    expect(out.slice(-3)).toEqual(["</article>", "</body>", "</html>"]);

    // The JSON-LD element: one line, the nonce, nothing in it that HTML could read as markup, and the
    // very JSON-LD of the article.
    const scripts = out.filter((line) => line.startsWith("<script"));
    expect(scripts).toHaveLength(1);
    const script = scripts[0] ?? "";
    const opening = '<script type="application/ld+json" nonce="test-nonce">';
    expect(script.startsWith(opening)).toBe(true);
    expect(script.endsWith("</script>")).toBe(true);
    const json = script.slice(opening.length, -"</script>".length);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(toJsonLd(parseArticle(founding)));

    // The body: every paragraph of the article, in order, escaped.
    const article = parseArticle(founding);
    const paragraphs = out.filter((line) => line.startsWith("<p>"));
    expect(paragraphs).toEqual(article.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`));
    expect(paragraphs).toHaveLength(11);
  });

  test("render-page without a nonce makes a random one for each page", async () => {
    const [first, second] = await Promise.all([
      run("examples/render-page.ts"),
      run("examples/render-page.ts"),
    ]);
    const nonceOf = (page: string) => /<script type="application\/ld\+json" nonce="([^"]+)">/.exec(page)?.[1];
    expect(nonceOf(first?.stdout ?? "")).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second?.stdout ?? "")).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(first?.stdout ?? "")).not.toBe(nonceOf(second?.stdout ?? ""));
  });

  test("read-page: the article in examples/page.html, and the broken block reported", async () => {
    const { status, stdout, stderr } = await run("examples/read-page.ts");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out[0]).toBe("examples/page.html: 2 JSON-LD blocks");
    expect(out[1]).toBe("issues in the page:");
    expect(out[2]).toMatch(/^ {2}error \/blocks\/1: .*line 2, column 80 of the block/);
    expect(out.slice(3, 7)).toEqual([
      "block 0: 1 article",
      "  headline       Night ferry returns to the river after ten years",
      "  datePublished  2025-03-30T09:15:00+02:00",
      "  authors        Lena Example, Tom Example",
    ]);
    expect(out[7]).toBe("  issues:");
    expect(out[8]).toMatch(/^ {4}warning \/description: .*HTML entities/);
    expect(out[9]).toMatch(
      /^ {4}warning \/image\/url: .*https:\/\/river\.example\.org\/images\/night-ferry\.jpg/,
    );
    expect(out.slice(10)).toEqual(["block 1: not read (see the issues in the page)"]);
  });

  test("read-page reads the file it is given, and says when a page has no JSON-LD", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsmodel-read-page-"));
    try {
      const page = join(folder, "plain.html");
      writeFileSync(page, "<!doctype html><title>No data</title><p>Nothing for machines here.</p>\n");
      const { status, stdout } = await run("examples/read-page.ts", [page]);
      expect(status).toBe(0);
      expect(lines(stdout).slice(1)).toEqual(["issues in the page: none"]);
      expect(lines(stdout)[0]).toMatch(/plain\.html: 0 JSON-LD blocks$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("escapeHtml (examples/render-page.ts)", () => {
  test("escapes the five characters that matter in text and attributes, and nothing else", () => {
    expect(escapeHtml(`<b class="x">Tom & 'Jerry'</b> “ok” ’`)).toBe(
      "&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt; “ok” ’",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("createArticleServer (examples/http-handler.ts), answered with fetch", () => {
  const server = createArticleServer();
  let base = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address() as AddressInfo;
    expect(address.address).toBe("127.0.0.1");
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  });

  /** POSTs a body to /articles. */
  function post(body: string | ReadableStream<Uint8Array>, path = "/articles"): Promise<Response> {
    return fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      ...(typeof body === "string" ? {} : { duplex: "half" }),
    });
  }

  test("201 with the normalised payload for the founding article", async () => {
    const response = await post(JSON.stringify(founding));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("warnings")).toBe("0");
    const body: unknown = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(serializeArticle(parseArticle(founding)))));
    expect(body).toMatchObject({
      datePublished: "2025-07-09T14:05:00+04:00",
      authors: ["person:qabil-ashirov"],
    });
  });

  test("201 for a payload with inline entities and a local time; unknown fields counted and dropped", async () => {
    const response = await post(
      JSON.stringify({
        headline: "Harbour Lights festival opens on the waterfront",
        datePublished: "2025-10-25 18:30",
        timeZone: "Europe/Lisbon",
        authors: [{ name: "Marta Example" }],
        flavour: "salty",
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("warnings")).toBe("1");
    expect(await response.json()).toEqual({
      headline: "Harbour Lights festival opens on the waterfront",
      body: [],
      datePublished: "2025-10-25T18:30:00+01:00",
      timeZone: "Europe/Lisbon",
      authors: ["person:marta-example"],
      people: [{ id: "person:marta-example", name: "Marta Example" }],
    });
  });

  test("422 with every issue", async () => {
    const response = await post(
      JSON.stringify({ headline: "", datePublished: "2025-07-09 14:05", authors: [] }),
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as { issues: { pointer: string; code: string; severity: string }[] };
    expect(Object.keys(body)).toEqual(["issues"]);
    expect(body.issues.map((issue) => [issue.pointer, issue.code, issue.severity])).toEqual([
      ["/headline", "empty_text", "error"],
      ["/datePublished", "missing_zone", "error"],
      ["/authors", "too_few", "error"],
    ]);
    for (const issue of body.issues)
      expect(issue).toHaveProperty("message", expect.stringMatching(/^Expected /));
  });

  test("422 for JSON that is not an article", async () => {
    const response = await post("[1, 2, 3]");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ issues: [{ pointer: "", code: "invalid_type" }] });
  });

  test.each(["{not json", "", '{"headline": "x",}'])("400 for a body that is not JSON: %j", async (text) => {
    const response = await post(text);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^The body is not JSON: /) });
  });

  test("413 over 5 MB, said by Content-Length", async () => {
    const response = await post(`"${"x".repeat(MAX_BODY_BYTES)}"`);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "The payload is over 5,000,000 bytes." });
  });

  test("413 over 5 MB, streamed without a length", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6) controller.close();
        else {
          sent++;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await post(stream);
    expect(response.status).toBe(413);
  });

  test("exactly 5 MB is read", async () => {
    const payload = JSON.stringify(founding);
    const response = await post(
      payload.padEnd(MAX_BODY_BYTES - (Buffer.byteLength(payload) - payload.length)),
    );
    expect(response.status).toBe(201);
  });

  test("404 for another path, 405 for another method", async () => {
    const elsewhere = await post(JSON.stringify(founding), "/elsewhere");
    expect(elsewhere.status).toBe(404);
    const get = await fetch(`${base}/articles`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});
