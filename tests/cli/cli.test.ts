/**
 * The `newsmodel` command, run as a child process the way a shell script or a CI job runs it (through
 * tsx, from the sources, so that no build is needed): exit statuses, help and version, `validate` on
 * JSON files, NDJSON files and standard input in both output formats, invalid JSON with its position,
 * `jsonld`, `import` and `schema`, and a 20,000-line NDJSON stream. Output is never coloured (it is
 * not a terminal) and never holds a stack trace.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  articleJsonSchema,
  formatIssues,
  parseArticle,
  toJsonLd,
  toJsonLdScript,
  type ValidationIssue,
  validateArticle,
} from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = "tests/cli/fixtures";
const EXAMPLE = "examples/khankendi-visit.json";

/** The environment of every run: no NO_COLOR (so only the missing terminal turns colours off). */
const ENV: NodeJS.ProcessEnv = { ...process.env };
delete ENV.NO_COLOR;
delete ENV.FORCE_COLOR;
delete ENV.NODE_OPTIONS;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** At most this many commands run at once (each is a Node process compiling TypeScript with tsx). */
const SLOTS = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

/** Runs a task when a slot is free. */
async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Runs `newsmodel ARGS…` with standard input from `input` (empty when not given), standard output and
 * error as pipes (not terminals). Every run is checked for stack traces and ANSI codes.
 */
function newsmodel(args: readonly string[], input = ""): Promise<Run> {
  return inSlot(() => spawnNewsmodel(args, input));
}

/**
 * Spawns one run of the command. With `keepInputOpen`, standard input gets `input` and is left open,
 * so that only the command itself can end the run.
 */
function spawnNewsmodel(
  args: readonly string[],
  input: string | Uint8Array,
  keepInputOpen = false,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env: ENV,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: 30_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.on("error", () => {
      // The command may finish without reading its input.
    });
    child.on("error", reject);
    child.on("close", (status, signal) => {
      child.stdin.destroy();
      if (signal !== null) {
        reject(new Error(`newsmodel ${args.join(" ")} ended by ${signal}`));
        return;
      }
      expect(stderr, `a stack trace from newsmodel ${args.join(" ")}`).not.toMatch(/^\s*at .*\(/m);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(`${stdout}${stderr}`.includes("\u001b"), `ANSI codes from newsmodel ${args.join(" ")}`).toBe(
        false,
      );
      resolve({ status, stdout, stderr });
    });
    if (keepInputOpen) child.stdin.write(input);
    else child.stdin.end(input);
  });
}

/** A text's lines, without the empty one after the last line break. */
function lines(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}

/** A fixture's text. */
function fixture(name: string): string {
  return readFileSync(join(ROOT, FIXTURES, name), "utf8");
}

/** The human lines `validate` writes for one payload's issues and warnings. */
function issueLines(where: string, payload: unknown): string[] {
  const result = validateArticle(payload);
  return [...result.issues, ...result.warnings].map(
    (issue: ValidationIssue) => `${where}: ${issue.severity} ${issue.pointer || "/"}: ${issue.message}`,
  );
}

const example: unknown = JSON.parse(readFileSync(join(ROOT, EXAMPLE), "utf8"));
const ndjson = fixture("articles.ndjson");
const ndjsonLine = (line: number): unknown => JSON.parse(ndjson.split("\n")[line - 1] ?? "");

let temp = "";
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "newsmodel-cli-"));
});
afterAll(() => {
  if (temp !== "") rmSync(temp, { recursive: true, force: true });
});

describe.concurrent("newsmodel", { timeout: 60_000 }, () => {
  describe("exit status 2: bad usage or unreadable input, said in one line", () => {
    test.each([
      { label: "an unknown command", args: ["frobnicate"], message: 'unknown command "frobnicate"' },
      { label: "an unknown option", args: ["validate", "--bogus", EXAMPLE], message: "--bogus" },
      { label: "validate without FILE", args: ["validate"], message: "validate needs at least one FILE" },
      { label: "jsonld without FILE", args: ["jsonld"], message: "jsonld needs a FILE" },
      {
        label: "jsonld with two FILEs",
        args: ["jsonld", EXAMPLE, EXAMPLE],
        message: "jsonld takes one FILE",
      },
      {
        label: "an unknown format",
        args: ["validate", "--format", "xml", EXAMPLE],
        message: "--format must be human or json",
      },
      { label: "schema with an argument", args: ["schema", "extra"], message: "schema takes no arguments" },
      {
        label: "a missing JSON file",
        args: ["validate", `${FIXTURES}/no-such-file.json`],
        message: `cannot read ${FIXTURES}/no-such-file.json: no such file`,
      },
      {
        label: "a missing NDJSON file",
        args: ["validate", `${FIXTURES}/no-such-file.ndjson`],
        message: `cannot read ${FIXTURES}/no-such-file.ndjson: no such file`,
      },
      {
        label: "a directory",
        args: ["validate", FIXTURES],
        message: `cannot read ${FIXTURES}: it is a directory`,
      },
      {
        label: "a directory read as NDJSON",
        args: ["validate", "--ndjson", FIXTURES],
        message: `cannot read ${FIXTURES}: it is a directory`,
      },
      {
        label: "a path through a file",
        args: ["validate", `${EXAMPLE}/payload.json`],
        message: `cannot read ${EXAMPLE}/payload.json`,
      },
      {
        label: "import on a directory",
        args: ["import", FIXTURES],
        message: `cannot read ${FIXTURES}: it is a directory`,
      },
    ])("$label", async ({ args, message }) => {
      const run = await newsmodel(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^newsmodel: /);
      expect(lines(run.stderr)[0]).toContain(message);
      expect(lines(run.stderr).length).toBeLessThanOrEqual(2);
    });

    // Root reads any file, so a file without read permission is unreadable only for other users.
    test.skipIf(process.getuid?.() === 0)("a file without read permission", async () => {
      const file = join(temp, "secret.json");
      writeFileSync(file, JSON.stringify(example));
      chmodSync(file, 0o000);
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`newsmodel: cannot read ${file}: permission denied\n`);
    });

    test("no command: the overview, exit 2", async () => {
      const run = await newsmodel([]);
      expect(run.status).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toContain("Usage: newsmodel <command> [options]");
    });

    test("an unreadable file after a readable one still ends with 2", async () => {
      const run = await newsmodel(["validate", EXAMPLE, `${FIXTURES}/no-such-file.json`]);
      expect(run.status).toBe(2);
      expect(lines(run.stdout)[0]).toBe(`${EXAMPLE}: valid`);
      expect(run.stderr).toBe(`newsmodel: cannot read ${FIXTURES}/no-such-file.json: no such file\n`);
    });
  });

  describe("help and version", () => {
    test("--help and -h print the overview, exit 0", async () => {
      const runs = await Promise.all([newsmodel(["--help"]), newsmodel(["-h"])]);
      for (const run of runs) {
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("");
        for (const word of ["validate", "jsonld", "import", "schema", "--help", "--version", "Exit status"]) {
          expect(run.stdout).toContain(word);
        }
      }
      expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    });

    test.each([
      { command: "validate", options: ["--ndjson", "--format", "--zone", "--help", "FILE"] },
      { command: "jsonld", options: ["--script", "--nonce", "--nested", "--no-body", "--zone", "--help"] },
      { command: "import", options: ["--url", "--zone", "--format", "--help"] },
      { command: "schema", options: ["--help", "2020-12"] },
    ])("$command --help mentions its options, exit 0", async ({ command, options }) => {
      const runs = await Promise.all(
        command === "validate"
          ? [newsmodel([command, "--help"]), newsmodel([command, "-h"])]
          : [newsmodel([command, "--help"])],
      );
      for (const run of runs) {
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("");
        expect(run.stdout).toContain(`Usage: newsmodel ${command}`);
        for (const option of options) expect(run.stdout).toContain(option);
      }
    });

    test("--help after a command wins over its other arguments", async () => {
      const run = await newsmodel(["validate", `${FIXTURES}/no-such-file.json`, "--help"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("Usage: newsmodel validate");
    });

    test("--version prints package.json's version", async () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
      const runs = await Promise.all([newsmodel(["--version"])]);
      for (const run of runs) {
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(`${version}\n`);
        expect(run.stderr).toBe("");
      }
    });
  });

  describe("validate: JSON files", () => {
    test("an invalid payload: one line per issue, FILE: error /pointer: message, exit 1", async () => {
      const file = `${FIXTURES}/invalid.json`;
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      const expected = issueLines(file, JSON.parse(fixture("invalid.json")));
      expect(expected).toHaveLength(3);
      expect(lines(run.stdout)).toEqual([...expected, "1 payload checked: 0 valid, 1 invalid"]);
      expect(lines(run.stdout)).toContain(
        `${file}: error /datePublished: Expected datePublished, but found nothing.`,
      );
      expect(run.stderr).toBe("");
    });

    test("valid payloads: FILE: valid, or the warnings of one that has only warnings; exit 0", async () => {
      const file = `${FIXTURES}/warning.json`;
      const run = await newsmodel(["validate", EXAMPLE, file]);
      expect(run.status).toBe(0);
      expect(lines(run.stdout)).toEqual([
        `${EXAMPLE}: valid`,
        ...issueLines(file, JSON.parse(fixture("warning.json"))),
        "2 payloads checked: 2 valid, 0 invalid",
      ]);
      expect(lines(run.stdout)[1]).toMatch(/^tests\/cli\/fixtures\/warning\.json: warning \/subtitle: /);
      expect(run.stderr).toBe("");
    });

    test("several files: every line, then one summary, exit 1 when one is invalid", async () => {
      const files = [EXAMPLE, `${FIXTURES}/warning.json`, `${FIXTURES}/invalid.json`];
      const run = await newsmodel(["validate", ...files]);
      expect(run.status).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `${EXAMPLE}: valid`,
        ...issueLines(files[1] ?? "", JSON.parse(fixture("warning.json"))),
        ...issueLines(files[2] ?? "", JSON.parse(fixture("invalid.json"))),
        "3 payloads checked: 2 valid, 1 invalid",
      ]);
    });

    test("--format json: one JSON object a line with file, ok, issues and warnings; no summary", async () => {
      const files = [EXAMPLE, `${FIXTURES}/warning.json`, `${FIXTURES}/invalid.json`];
      const run = await newsmodel(["validate", "--format", "json", ...files]);
      expect(run.status).toBe(1);
      const results = lines(run.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
      const payloads = [example, JSON.parse(fixture("warning.json")), JSON.parse(fixture("invalid.json"))];
      expect(results).toHaveLength(3);
      results.forEach((result, index) => {
        const expected = validateArticle(payloads[index]);
        expect(result).toMatchObject({
          file: files[index],
          ok: expected.ok,
          issues: JSON.parse(JSON.stringify(expected.issues)),
          warnings: JSON.parse(JSON.stringify(expected.warnings)),
        });
        expect(Object.keys(result)).toEqual(expect.arrayContaining(["file", "ok", "issues", "warnings"]));
        if ("line" in result) expect(result.line).toBeNull();
      });
      expect(run.stderr).toBe("");
    });

    test("invalid JSON: reported with its line and column, exit 1", async () => {
      const file = `${FIXTURES}/broken.json`;
      const [human, json] = await Promise.all([
        newsmodel(["validate", file]),
        newsmodel(["validate", "--format", "json", file]),
      ]);
      expect(human.status).toBe(1);
      expect(lines(human.stdout)).toEqual([
        `${file}: error /: ${file} is not valid JSON at line 5, column 1.`,
        "1 payload checked: 0 valid, 1 invalid",
      ]);
      expect(json.status).toBe(1);
      const result = JSON.parse(json.stdout) as { ok: boolean; issues: ValidationIssue[] };
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: "invalid_json", pointer: "", severity: "error" });
      expect(result.issues[0]?.message).toContain("at line 5, column 1");
    });

    test("invalid JSON after a byte order mark: the line and column of the text after it", async () => {
      const file = join(temp, "bom.json");
      writeFileSync(file, '\uFEFF{"headline": "Old bridge reopens",\n"datePublished": tru}');
      const [validate, jsonld] = await Promise.all([
        newsmodel(["validate", file]),
        newsmodel(["jsonld", file]),
      ]);
      expect(lines(validate.stdout)[0]).toBe(
        `${file}: error /: ${file} is not valid JSON at line 2, column 18.`,
      );
      expect(jsonld.stderr).toContain(`${file} is not valid JSON at line 2, column 18`);
    });

    test("invalid JSON that ends too soon: still reported with its line and column", async () => {
      const file = join(temp, "truncated.json");
      writeFileSync(file, '{\n  "headline": "Old bridge reopens after repairs",\n  "datePublished":');
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      expect(lines(run.stdout)[0]).toMatch(/ is not valid JSON at line 3, column \d+\.$/);
    });

    test("a payload too large: a file over 15,000,000 bytes is not read; one over 5,000,000 characters is read and refused", async () => {
      const huge = join(temp, "huge.json");
      writeFileSync(huge, `{"headline":"${"a".repeat(15_000_000)}"}`);
      const large = join(temp, "large.json");
      writeFileSync(large, `{"headline":"${"é".repeat(2_600_000)}"}`);
      const [hugeRun, largeRun] = await Promise.all([
        newsmodel(["validate", huge]),
        newsmodel(["validate", large]),
      ]);
      expect(hugeRun.status).toBe(1);
      expect(lines(hugeRun.stdout)).toEqual([
        `${huge}: error /: Expected a payload of at most 5000000 characters, but found 15000015 bytes, which is more characters than that; it was not read.`,
        "1 payload checked: 0 valid, 1 invalid",
      ]);
      expect(largeRun.status).toBe(1);
      // Standard input is read to one byte past the limit, and closed: a second `-` finds it empty.
      const piped = await newsmodel(["validate", "-", "-"], `{"headline":"${"a".repeat(15_000_000)}"}`);
      expect(piped.status).toBe(1);
      expect(lines(piped.stdout)).toEqual([
        "-: error /: Expected a payload of at most 5000000 characters, but found more than 15000000 bytes, which is more characters than that; it was not read.",
        "-: error /: - is not valid JSON at line 1, column 1.",
        "2 payloads checked: 0 valid, 2 invalid",
      ]);
      // 5,200,015 bytes, and fewer characters than the limit: read, and refused by the schema.
      expect(lines(largeRun.stdout)[0]).toMatch(new RegExp(`^${large}: error /headline: `));
    });

    test("standard input with -", async () => {
      const [valid, invalid] = await Promise.all([
        newsmodel(["validate", "-"], JSON.stringify(example)),
        newsmodel(["validate", "-"], fixture("invalid.json")),
      ]);
      expect(valid.status).toBe(0);
      expect(lines(valid.stdout)).toEqual(["-: valid", "1 payload checked: 1 valid, 0 invalid"]);
      expect(invalid.status).toBe(1);
      expect(lines(invalid.stdout)).toEqual([
        ...issueLines("-", JSON.parse(fixture("invalid.json"))),
        "1 payload checked: 0 valid, 1 invalid",
      ]);
    });
  });

  describe("validate: NDJSON", () => {
    /** articles.ndjson: 1 valid, 2 blank, 3 no authors, 4 not JSON, 5 valid, 6 an unresolved author. */
    const expectedLines = (where: string): (string | RegExp)[] => [
      ...issueLines(`${where}:3`, ndjsonLine(3)),
      new RegExp(
        `^${where.replaceAll(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:4: error /: Line 4 is not valid JSON at column 26 \\([^\\n]+\\)\\.$`,
      ),
      ...issueLines(`${where}:6`, ndjsonLine(6)),
      "5 payloads checked: 2 valid, 3 invalid",
    ];

    /** Checks human output line by line (strings exactly, patterns by match). */
    function expectLines(stdout: string, expected: readonly (string | RegExp)[]) {
      const actual = lines(stdout);
      expect(actual).toHaveLength(expected.length);
      expected.forEach((line, index) => {
        if (typeof line === "string") expect(actual[index]).toBe(line);
        else expect(actual[index]).toMatch(line);
      });
    }

    test("the fixture is what the tests say", () => {
      const rows = ndjson.split("\n");
      expect(rows[1]).toBe("");
      expect(validateArticle(ndjsonLine(1)).ok).toBe(true);
      expect(validateArticle(ndjsonLine(5)).ok).toBe(true);
      expect(validateArticle(ndjsonLine(3)).issues.map((issue) => issue.code)).toEqual(["required"]);
      expect(validateArticle(ndjsonLine(6)).issues.map((issue) => issue.code)).toEqual([
        "unresolved_reference",
      ]);
      expect(() => ndjsonLine(4)).toThrow();
    });

    test("by the .ndjson extension: issues with their line numbers, blank lines skipped, exit 1", async () => {
      const file = `${FIXTURES}/articles.ndjson`;
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      expectLines(run.stdout, expectedLines(file));
      expect(run.stderr).toBe("");
    });

    test("--ndjson on another extension, and --format json with the line of each payload", async () => {
      const file = join(temp, "articles.jsonl");
      writeFileSync(file, ndjson);
      const [human, json, asJson] = await Promise.all([
        newsmodel(["validate", "--ndjson", file]),
        newsmodel(["validate", "--ndjson", "--format", "json", file]),
        newsmodel(["validate", file]),
      ]);
      expect(human.status).toBe(1);
      expectLines(human.stdout, expectedLines(file));

      expect(json.status).toBe(1);
      const results = lines(json.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(results.map((result) => [result.line, result.ok])).toEqual([
        [1, true],
        [3, false],
        [4, false],
        [5, true],
        [6, false],
      ]);
      for (const result of results) {
        expect(Object.keys(result).sort()).toEqual(["file", "issues", "line", "ok", "warnings"]);
        expect(result.file).toBe(file);
      }
      expect(results[1]?.issues).toEqual(JSON.parse(JSON.stringify(validateArticle(ndjsonLine(3)).issues)));
      expect(results[2]?.issues).toMatchObject([{ code: "invalid_json", pointer: "", severity: "error" }]);
      expect(results[4]?.issues).toEqual(JSON.parse(JSON.stringify(validateArticle(ndjsonLine(6)).issues)));

      // Without --ndjson, a .jsonl file is one JSON text: invalid after its first line.
      expect(asJson.status).toBe(1);
      expect(lines(asJson.stdout)).toEqual([
        `${file}: error /: ${file} is not valid JSON at line 3, column 1.`,
        "1 payload checked: 0 valid, 1 invalid",
      ]);
    });

    test("standard input with --ndjson -", async () => {
      const run = await newsmodel(["validate", "--ndjson", "-"], ndjson);
      expect(run.status).toBe(1);
      expectLines(run.stdout, expectedLines("-"));
    });

    test("20,000 payloads streamed: exit 0, one summary line, no progress line off a terminal", async () => {
      const file = join(temp, "many.ndjson");
      const rows = Array.from({ length: 20_000 }, (_, index) =>
        JSON.stringify({
          headline: `Notice ${index + 1}`,
          datePublished: "2024-05-02T09:30:00+02:00",
          authors: ["person:ana-keller"],
          people: [{ id: "person:ana-keller", name: "Ana Keller" }],
        }),
      );
      writeFileSync(file, `${rows.join("\n")}\n`);
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("20000 payloads checked: 20000 valid, 0 invalid\n");
      expect(run.stderr).toBe("");
    });
  });

  describe("validate --jobs", () => {
    /** 3,000 payloads (about 1.7 MB, past the first megabyte the command checks before starting threads), every 7th invalid. */
    const rows = Array.from({ length: 3_000 }, (_, index) =>
      index % 7 === 3
        ? JSON.stringify({
            headline: `Notice ${index + 1}`,
            datePublished: "2024-05-02T09:30:00+02:00",
            authors: [],
          })
        : JSON.stringify({
            headline: `Notice ${index + 1}`,
            description: "x".repeat(500),
            datePublished: "2024-05-02T09:30:00+02:00",
            authors: ["person:ana-keller"],
            people: [{ id: "person:ana-keller", name: "Ana Keller" }],
          }),
    );
    const invalidLines = rows.flatMap((_, index) => (index % 7 === 3 ? [index + 1] : []));

    test("threads print what one thread prints, in the input's order, with each issue's line", async () => {
      const file = join(temp, "jobs.ndjson");
      writeFileSync(file, `${rows.join("\n")}\n`);
      const [one, two, three] = await Promise.all([
        newsmodel(["validate", "--jobs", "1", file]),
        newsmodel(["validate", "--jobs", "2", file]),
        newsmodel(["validate", "--jobs", "3", file]),
      ]);
      expect(one.status).toBe(1);
      expect(two).toEqual(one);
      expect(three).toEqual(one);
      const issueLines = one.stdout.split("\n").filter((line) => line.startsWith(`${file}:`));
      expect(issueLines.map((line) => Number(line.slice(file.length + 1).split(":")[0]))).toEqual(
        invalidLines,
      );
      expect(
        one.stdout.endsWith(
          `3000 payloads checked: ${3_000 - invalidLines.length} valid, ${invalidLines.length} invalid\n`,
        ),
      ).toBe(true);
    });

    test("a reader that stops early (| head -1) ends the command quietly, with the status of what it found", async () => {
      const file = join(temp, "early.ndjson");
      writeFileSync(file, `${rows.join("\n")}\n`);
      const { status, stderr, firstLine } = await inSlot(
        () =>
          new Promise<{ status: number | null; stderr: string; firstLine: string }>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              ["--import", "tsx", "src/cli/main.ts", "validate", "--format", "json", file],
              { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 },
            );
            let stderr = "";
            let firstLine = "";
            child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
              stderr += chunk;
            });
            child.stdout.setEncoding("utf8").once("data", (chunk: string) => {
              firstLine = chunk.split("\n")[0] ?? "";
              child.stdout.destroy();
            });
            child.on("error", reject);
            child.on("close", (status) => resolve({ status, stderr, firstLine }));
          }),
      );
      expect(JSON.parse(firstLine)).toMatchObject({ file, line: 1, ok: true });
      expect(stderr).toBe("");
      // Every seventh line is invalid, and the first chunk of output holds some: status 1, as a run
      // to the end would give (it was 0, which read as "every payload is valid" in a pipeline).
      expect(status).toBe(1);
    });

    test.each([
      ["validate", "Mars/Base"],
      ["jsonld", "UTC+99"],
      ["import", ""],
    ])("%s --zone %j is bad usage, exit 2", async (command, zone) => {
      const run = await newsmodel([command, "--zone", zone, EXAMPLE]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `newsmodel: --zone must be an IANA time zone such as Asia/Baku or an offset such as +04:00, not "${zone}"\nRun newsmodel --help for usage.\n`,
      );
    });

    test("jsonld --zone reads the payload's local times in the zone", async () => {
      const file = join(temp, "local.json");
      writeFileSync(
        file,
        JSON.stringify({
          headline: "Local",
          datePublished: "2025-07-09 14:05",
          authors: ["person:a"],
          people: [{ id: "person:a", name: "A" }],
        }),
      );
      const without = await newsmodel(["jsonld", file]);
      expect(without.status).toBe(1);
      const run = await newsmodel(["jsonld", "--zone", "Asia/Baku", file]);
      expect(run.status).toBe(0);
      const graph = JSON.parse(run.stdout)["@graph"] as { datePublished?: string }[];
      expect(graph[0]?.datePublished).toBe("2025-07-09T14:05:00+04:00");
    });

    test.each(["0", "65", "two", "1.5"])("--jobs %s is bad usage, exit 2", async (value) => {
      const run = await newsmodel(["validate", "--jobs", value, EXAMPLE]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `newsmodel: --jobs must be a whole number from 1 to 64, not "${value}"\nRun newsmodel --help for usage.\n`,
      );
    });
  });

  describe("jsonld", () => {
    const article = parseArticle(example);

    test("prints toJsonLd of the payload, exit 0 (from a file and from standard input)", async () => {
      const [file, stdin] = await Promise.all([
        newsmodel(["jsonld", EXAMPLE]),
        newsmodel(["jsonld", "-"], JSON.stringify(example)),
      ]);
      for (const run of [file, stdin]) {
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(toJsonLd(article));
        expect(run.stdout).toBe(`${JSON.stringify(toJsonLd(article), null, 2)}\n`);
        expect(run.stderr).toBe("");
      }
    });

    test("--script, --nonce, --nested, --no-body", async () => {
      const [script, nested, noBody] = await Promise.all([
        newsmodel(["jsonld", "--script", "--nonce", 'r4nd0m"x', EXAMPLE]),
        newsmodel(["jsonld", "--nested", EXAMPLE]),
        newsmodel(["jsonld", "--no-body", EXAMPLE]),
      ]);
      expect(script.status).toBe(0);
      expect(script.stdout).toBe(`${toJsonLdScript(article, { nonce: 'r4nd0m"x' })}\n`);
      expect(script.stdout).toMatch(/^<script type="application\/ld\+json" nonce="r4nd0m&#34;x">\{/);
      expect(script.stdout).toMatch(/<\/script>\n$/);

      expect(nested.status).toBe(0);
      const nestedJson = JSON.parse(nested.stdout) as Record<string, unknown>;
      expect(nestedJson).toEqual(toJsonLd(article, { graph: false }));
      expect(nestedJson["@graph"]).toBeUndefined();
      expect(nestedJson["@type"]).toBe("NewsArticle");

      expect(noBody.status).toBe(0);
      expect(JSON.parse(noBody.stdout)).toEqual(toJsonLd(article, { body: false }));
      expect(noBody.stdout).not.toContain("articleBody");
      expect(JSON.stringify(toJsonLd(article))).toContain("articleBody");
    });

    test("an invalid payload: nothing on standard output, the issues on standard error, exit 1", async () => {
      const run = await newsmodel(["jsonld", `${FIXTURES}/invalid.json`]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `${formatIssues(validateArticle(JSON.parse(fixture("invalid.json"))).issues)}\n`,
      );
    });
  });

  describe("import", () => {
    test("options: --nonce without --script and a --url that is no URL are bad usage; after -- all is a file", async () => {
      const [nonce, url, dashes] = await Promise.all([
        newsmodel(["jsonld", "--nonce", "r4nd0m", "examples/khankendi-visit.json"]),
        newsmodel(["import", "--url", "notaurl", "examples/khankendi-visit.json"]),
        newsmodel(["validate", "--", "-h"]),
      ]);
      expect(nonce).toEqual({
        status: 2,
        stdout: "",
        stderr:
          "newsmodel: --nonce is for the script element: use it with --script\nRun newsmodel --help for usage.\n",
      });
      expect(url).toEqual({
        status: 2,
        stdout: "",
        stderr:
          'newsmodel: --url must be an absolute http or https URL, not "notaurl"\nRun newsmodel --help for usage.\n',
      });
      expect(dashes.status).toBe(2);
      expect(dashes.stderr).toBe("newsmodel: cannot read -h: no such file\n");
    });

    test("a page in the encoding it declares (windows-1252 here), as a browser reads it", async () => {
      const page = join(temp, "latin1.html");
      const block = JSON.stringify({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "München",
        datePublished: "2024-05-02T09:30:00+02:00",
        author: "Jürgen Weber",
      });
      writeFileSync(
        page,
        Buffer.from(
          `<meta charset="iso-8859-1"><script type="application/ld+json">${block}</script>`,
          "latin1",
        ),
      );
      const run = await newsmodel(["import", page]);
      expect(run.status).toBe(0);
      const payload = JSON.parse(run.stdout) as { headline: string; people: unknown[] };
      expect(payload.headline).toBe("München");
      expect(payload.people).toEqual([{ id: "person:jurgen-weber", name: "Jürgen Weber" }]);
    });

    test("a page with several blocks: read as one document, pointers from the block; a page without JSON-LD says so", async () => {
      const page = join(temp, "two-blocks.html");
      const block = (node: Record<string, unknown>) =>
        `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", ...node })}</script>`;
      // The publisher is given once for the page, in a block of its own, and referred to by @id.
      writeFileSync(
        page,
        `<html><head>${block({ "@type": "NewsMediaOrganization", "@id": "https://news.example.org/#org", name: "News Example" })}${block(
          {
            "@type": "NewsArticle",
            headline: "Ferry &amp; bus",
            datePublished: "2024-05-02T09:30:00+02:00",
            author: "Ana Keller",
            publisher: { "@id": "https://news.example.org/#org" },
          },
        )}</head></html>`,
      );
      const run = await newsmodel(["import", page]);
      expect(run.status).toBe(0);
      expect(lines(run.stderr)).toEqual([
        "warning /1/headline: HTML entities in /1/headline were decoded.",
        "1 article found, 1 valid as models.",
      ]);
      const payload = JSON.parse(run.stdout) as { publisher?: string; organizations?: unknown[] };
      expect(payload.publisher).toBe("org:news-example");
      expect(payload.organizations).toEqual([
        { id: "org:news-example", name: "News Example", kind: "news-media" },
      ]);
      const bare = join(temp, "microdata.html");
      writeFileSync(
        bare,
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle"></article></body></html>',
      );
      const none = await newsmodel(["import", bare]);
      expect(none.status).toBe(1);
      expect(lines(none.stderr)).toEqual([
        'error /: The page has no <script type="application/ld+json"> block (microdata and RDFa are not read).',
        "0 articles found, 0 valid as models.",
      ]);
    });

    test("an HTML page with two JSON-LD blocks, one broken: the payload, the issues, exit 0", async () => {
      const file = `${FIXTURES}/page.html`;
      const [human, json, stdin] = await Promise.all([
        newsmodel(["import", file]),
        newsmodel(["import", "--format", "json", file]),
        newsmodel(["import", "-"], fixture("page.html")),
      ]);
      expect(human.status).toBe(0);
      const payload = JSON.parse(human.stdout) as Record<string, unknown>;
      expect(payload).toMatchObject({
        headline: "Old bridge reopens after repairs",
        datePublished: "2024-05-02T09:30:00+02:00",
        url: "https://news.example.org/city/bridge-reopens",
      });
      expect(validateArticle(payload).ok).toBe(true);
      expect(parseArticle(payload).people.map((person) => person.name)).toEqual(["Ana Keller"]);
      const errors = lines(human.stderr);
      // The block's pointer starts with its index, as those of the document read from the blocks do.
      expect(errors).toContainEqual(expect.stringMatching(/^error \/1: .*line \d+, column \d+/));
      expect(errors.at(-1)).toBe("1 article found, 1 valid as models.");

      expect(json.status).toBe(0);
      expect(json.stderr).toBe("");
      const result = JSON.parse(json.stdout) as { payloads: unknown[]; issues: ValidationIssue[] };
      expect(result.payloads).toEqual([payload]);
      expect(result.issues).toContainEqual(
        expect.objectContaining({ pointer: "/1", path: [1], severity: "error" }),
      );

      expect(stdin.status).toBe(0);
      expect(JSON.parse(stdin.stdout)).toEqual(payload);
    });

    test("an article that cannot be a model: its payload, the reason, exit 1", async () => {
      const file = `${FIXTURES}/page-without-author.html`;
      const [human, json] = await Promise.all([
        newsmodel(["import", file]),
        newsmodel(["import", "--format", "json", file]),
      ]);
      expect(human.status).toBe(1);
      expect(JSON.parse(human.stdout)).toEqual({
        headline: "Ferry timetable changes",
        datePublished: "2024-05-05T07:00:00+02:00",
      });
      expect(human.stderr).toContain("authors");
      expect(lines(human.stderr).at(-1)).toBe("1 article found, 0 valid as models.");

      expect(json.status).toBe(1);
      const result = JSON.parse(json.stdout) as { payloads: unknown[]; issues: ValidationIssue[] };
      expect(result.payloads).toHaveLength(1);
      expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
    });

    test("a JSON-LD file: the article comes back, exit 0", async () => {
      const run = await newsmodel(["import", "examples/khankendi-visit.jsonld"]);
      expect(run.status).toBe(0);
      const payload = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(payload.headline).toBe("Diplomats visit Khankendi");
      expect(validateArticle(payload).ok).toBe(true);
    });
  });

  describe("one line per issue, whatever the payload holds", () => {
    /** Texts that look like lines of output, with a newline, ESC, U+2028 and NUL in them. */
    const forged = {
      headline: "Forged",
      datePublished: "2025-07-09T14:05:00+04:00\nerror /x: fake",
      authors: ["person:a\nother.json: valid\n1 payload checked: 1 valid, 0 invalid"],
      people: [{ id: "person:a", name: "A" }],
      language: "en\u001b[2J\u2028\u0000",
    };
    const forgedIssues = [
      'error /language: Expected language to be a BCP 47 language tag such as "en" or "az-Latn", but found "en\\u001b[2J\\u2028\\u0000".',
      'error /datePublished: Expected datePublished to be a date-time such as "2025-07-09T14:05:00+04:00", but found "2025-07-09T14:05:00+04:00\\nerror /x: fake".',
      'error /authors/0: Expected authors[0] to be an id without spaces or quotes, but found "person:a\\nother.json: valid\\n1 payload checked: 1 valid, 0 invalid".',
    ];

    test("validate: the forged-looking payload is one line per issue, and the summary is the real one", async () => {
      const file = join(temp, "forged.json");
      writeFileSync(file, JSON.stringify(forged));
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        `${[...forgedIssues.map((line) => `${file}: ${line}`), "1 payload checked: 0 valid, 1 invalid"].join("\n")}\n`,
      );
    });

    test("validate NDJSON, and the file's own name, written on one line too", async () => {
      const file = join(temp, "forged\nother.ndjson");
      writeFileSync(file, `${JSON.stringify(forged)}\n${JSON.stringify(example)}\n`);
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      const where = `${temp}/forged\\nother.ndjson:1`;
      expect(lines(run.stdout)).toEqual([
        ...forgedIssues.map((line) => `${where}: ${line}`),
        "2 payloads checked: 1 valid, 1 invalid",
      ]);
    });

    test("jsonld: the issues on standard error, one line each", async () => {
      const run = await newsmodel(["jsonld", "-"], JSON.stringify(forged));
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`${forgedIssues.join("\n")}\n`);
    });

    test("import: the issues and the summary on standard error, one line each", async () => {
      const node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Ferry\n1 article found, 1 valid as models.",
        datePublished: "2024-05-02T09:30:00+02:00\n0 articles",
        author: "Ana Keller",
        inLanguage: "en\u2028x",
      };
      const run = await newsmodel(["import", "-"], JSON.stringify(node));
      expect(run.status).toBe(1);
      expect(lines(run.stderr)).toEqual([
        'warning /datePublished: Expected a date-time such as "2025-07-09T14:05:00+04:00" or a date such as "2025-07-09", but found "2024-05-02T09:30:00+02:00\\n0 articles". (at /datePublished; dropped)',
        'error /: The article at / cannot be a model: Expected language to be a BCP 47 language tag such as "en" or "az-Latn", but found "en\\u2028x".',
        "error /: The article at / cannot be a model: Expected datePublished, but found nothing.",
        "1 article found, 0 valid as models.",
      ]);
    });

    test("an error about an argument is one line", async () => {
      const run = await newsmodel(["validate", "--zone", "Asia/Baku\nnewsmodel: fine", EXAMPLE]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        'newsmodel: --zone must be an IANA time zone such as Asia/Baku or an offset such as +04:00, not "Asia/Baku\\nnewsmodel: fine"\nRun newsmodel --help for usage.\n',
      );
    });
  });

  describe("--zone takes a negative offset as its value", () => {
    /** Published at 14:05 UTC; modified at 09:30 local time, which is after that only west of -04:35. */
    const local = {
      headline: "Local",
      datePublished: "2025-07-09T14:05:00Z",
      dateModified: "2025-07-09 09:30",
      authors: ["person:a"],
      people: [{ id: "person:a", name: "A" }],
    };

    test.each(["-05:00", "-0500", "-12:00"])(
      "validate --zone %s reads local times at that offset",
      async (zone) => {
        const file = join(temp, `local${zone}.json`);
        writeFileSync(file, JSON.stringify(local));
        const run = await newsmodel(["validate", "--zone", zone, file]);
        expect(run.stderr).toBe("");
        expect(lines(run.stdout)).toEqual([`${file}: valid`, "1 payload checked: 1 valid, 0 invalid"]);
        expect(run.status).toBe(0);
      },
    );

    test("validate --zone -04:00: 09:30 is 13:30 UTC, before publication", async () => {
      const file = join(temp, "local-4.json");
      writeFileSync(file, JSON.stringify(local));
      const run = await newsmodel(["validate", "--zone", "-04:00", "--format", "json", file]);
      expect(run.status).toBe(1);
      const result = JSON.parse(run.stdout) as { issues: ValidationIssue[] };
      expect(result.issues.map((issue) => [issue.code, issue.message])).toEqual([
        [
          "modified_before_published",
          "Expected dateModified to be on or after datePublished (2025-07-09T14:05:00Z), but found 2025-07-09T09:30:00-04:00.",
        ],
      ]);
    });

    test("jsonld --zone -05:00 and import --zone -05:00 give the instant at -05:00", async () => {
      const file = join(temp, "local-jsonld.json");
      writeFileSync(file, JSON.stringify(local));
      const page = join(temp, "local.jsonld");
      writeFileSync(
        page,
        JSON.stringify({
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: "Local",
          datePublished: "2025-07-09T14:05:00",
          author: "Ana Keller",
        }),
      );
      const [jsonld, imported] = await Promise.all([
        newsmodel(["jsonld", "--nested", "--zone", "-05:00", file]),
        newsmodel(["import", "--zone", "-05:00", page]),
      ]);
      expect(jsonld.status).toBe(0);
      expect(JSON.parse(jsonld.stdout)).toMatchObject({
        datePublished: "2025-07-09T14:05:00Z",
        dateModified: "2025-07-09T09:30:00-05:00",
      });
      expect(imported.status).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ datePublished: "2025-07-09T14:05:00-05:00" });
    });

    test("an option with no value before another option is still bad usage", async () => {
      const run = await newsmodel(["validate", "--zone", "--ndjson", EXAMPLE]);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)[0]).toMatch(/^newsmodel: Option '--zone' argument is ambiguous\.$/);
    });
  });

  describe("size limits: jsonld and import refuse what validate refuses", () => {
    const tooManyBytes =
      "error /: Expected a payload of at most 5000000 characters, but found 15000015 bytes, which is more characters than that; it was not read.";
    const tooManyCharacters =
      "error /: Expected a payload of at most 5000000 characters, but found 6000015; it was not read.";

    test("jsonld: a file over 15,000,000 bytes is not read; one over 5,000,000 characters is not parsed", async () => {
      const huge = join(temp, "jsonld-huge.json");
      writeFileSync(huge, `{"headline":"${"a".repeat(15_000_000)}"}`);
      const large = join(temp, "jsonld-large.json");
      writeFileSync(large, `{"headline":"${"a".repeat(6_000_000)}"}`);
      const [hugeRun, largeRun] = await Promise.all([
        newsmodel(["jsonld", huge]),
        newsmodel(["jsonld", large]),
      ]);
      expect(hugeRun).toEqual({ status: 1, stdout: "", stderr: `${tooManyBytes}\n` });
      expect(largeRun).toEqual({ status: 1, stdout: "", stderr: `${tooManyCharacters}\n` });
    });

    test("import: the same issues, as for a page with no article", async () => {
      const huge = join(temp, "import-huge.html");
      writeFileSync(huge, `<html>${"a".repeat(15_000_002)}</html>`);
      const large = join(temp, "import-large.jsonld");
      writeFileSync(large, `{"headline":"${"a".repeat(6_000_000)}"}`);
      const [hugeRun, largeRun] = await Promise.all([
        newsmodel(["import", huge]),
        newsmodel(["import", "--format", "json", large]),
      ]);
      expect(hugeRun.status).toBe(1);
      expect(hugeRun.stdout).toBe("[]\n");
      expect(lines(hugeRun.stderr)).toEqual([tooManyBytes, "0 articles found, 0 valid as models."]);
      expect(largeRun.status).toBe(1);
      expect(JSON.parse(largeRun.stdout)).toEqual({
        payloads: [],
        issues: [
          {
            path: [],
            pointer: "",
            code: "too_large",
            message: tooManyCharacters.slice("error /: ".length),
            severity: "error",
          },
        ],
      });
    });

    // A device says its size is 0: it is read to one byte past the limit, and no further.
    test.skipIf(!existsSync("/dev/zero"))(
      "validate, jsonld and import of /dev/zero end at the limit",
      async () => {
        const more =
          "error /: Expected a payload of at most 5000000 characters, but found more than 15000000 bytes, which is more characters than that; it was not read.";
        const [validate, jsonld, imported] = await Promise.all([
          newsmodel(["validate", "/dev/zero"]),
          newsmodel(["jsonld", "/dev/zero"]),
          newsmodel(["import", "/dev/zero"]),
        ]);
        expect(validate.status).toBe(1);
        expect(lines(validate.stdout)).toEqual([
          `/dev/zero: ${more}`,
          "1 payload checked: 0 valid, 1 invalid",
        ]);
        expect(jsonld).toEqual({ status: 1, stdout: "", stderr: `${more}\n` });
        expect(imported.status).toBe(1);
        expect(lines(imported.stderr)).toEqual([more, "0 articles found, 0 valid as models."]);
      },
    );

    const binaryLine =
      "error /: Expected a line of at most 5000000 bytes of text, but found a longer one with NUL bytes in it, which no JSON text holds; it and the rest of the input were not read.";

    test("NDJSON: 6 MB of NUL bytes and no newline is the line-limit issue", async () => {
      const file = join(temp, "zeros.ndjson");
      writeFileSync(file, Buffer.alloc(6_000_000));
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `${file}:1: ${binaryLine}`,
        "1 payload checked: 0 valid, 1 invalid",
      ]);
    });

    test("NDJSON: a stream of NUL bytes that does not end is read only past the limit", async () => {
      // 6 MB, and standard input is left open: only the limit can end the command.
      const zeros = Buffer.alloc(6_000_000);
      const run = await inSlot(() => spawnNewsmodel(["validate", "--ndjson", "-"], zeros, true));
      expect(run).toEqual({
        status: 1,
        stdout: `-:1: ${binaryLine}\n1 payload checked: 0 valid, 1 invalid\n`,
        stderr: "",
      });
    });

    test("a payload on standard input that does not end is read only past the limit", async () => {
      // 16 MB, and standard input is left open: only the limit can end the command.
      const zeros = Buffer.alloc(16_000_000);
      const run = await inSlot(() => spawnNewsmodel(["validate", "-"], zeros, true));
      expect(run).toEqual({
        status: 1,
        stdout:
          "-: error /: Expected a payload of at most 5000000 characters, but found more than 15000000 bytes, which is more characters than that; it was not read.\n1 payload checked: 0 valid, 1 invalid\n",
        stderr: "",
      });
    });

    test("NDJSON: a long line of text is still read to its end, and the lines after it are checked", async () => {
      const file = join(temp, "long-line.ndjson");
      writeFileSync(file, `${"x".repeat(6_000_000)}\n${JSON.stringify(example)}\n`);
      const run = await newsmodel(["validate", file]);
      expect(run.status).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `${file}:1: error /: Expected a line of at most 5000000 bytes, but found 6000000; it was not read.`,
        "2 payloads checked: 1 valid, 1 invalid",
      ]);
    });
  });

  test("schema prints articleJsonSchema(), exit 0", async () => {
    const run = await newsmodel(["schema"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(articleJsonSchema());
    expect(run.stderr).toBe("");
  });
});
