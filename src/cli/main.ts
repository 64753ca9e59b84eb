/**
 * The `newsmodel` command: validate, jsonld, import, schema. Nothing imports this module; it uses the
 * library through its public entry, as any user would (it also takes a few helpers from the sources:
 * the JSON error position, and the escaping and line of an issue that `formatIssues` uses). The
 * build bundles all of it into one file, dist/cli.js.
 */
import { readFileSync, realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread } from "node:worker_threads";
import { articleJsonSchema, parseZone } from "newsmodel";
import { escapeUnprintable } from "../dates/issues.js";
import { isHttpUrl } from "../models/fields.js";
import { COMMAND_HELP, MAIN_HELP } from "./help.js";
import { runImport } from "./import.js";
import { InputError, type Output, UsageError } from "./io.js";
import { runJsonLd } from "./jsonld.js";
import { runValidate } from "./validate.js";

/** The package's version, from the nearest package.json named newsmodel. */
function version(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "newsmodel" && pkg.version !== undefined) return pkg.version;
    } catch {
      // Not here: look one folder up.
    }
    folder = dirname(folder);
  }
  return "unknown";
}

/** The options a command takes: each a flag (`boolean`) or a value (`string`). */
type OptionSpec = Readonly<Record<string, { type: "boolean" | "string"; short?: string }>>;

/** What a command line said: option values and the positional arguments. */
interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * The arguments with each option that takes a value joined to a next argument that starts with one
 * `-` (`--zone -05:00` → `--zone=-05:00`), which parseArgs would otherwise refuse as ambiguous: a
 * negative offset is a value, not an option. A next argument that starts with `--` is left alone,
 * so that a forgotten value is still said; nothing after `--` is touched.
 */
function joinDashValues(args: readonly string[], options: OptionSpec): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg === "--") return [...joined, ...args.slice(index)];
    const name = arg.startsWith("--") ? arg.slice(2) : "";
    const next = args[index + 1];
    if (Object.hasOwn(options, name) && options[name]?.type === "string" && /^-[^-]/.test(next ?? "")) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** Parses a command's options; an unknown option or a missing value is a {@link UsageError}. */
function parse(args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: joinDashValues(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed["values"], positionals };
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? (error.message.split("\n")[0] ?? "bad usage") : "bad usage",
    );
  }
}

/** A string option's value. */
function text(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A `--format` value. */
function format(value: string | undefined): "human" | "json" {
  if (value === undefined || value === "human") return "human";
  if (value === "json") return "json";
  throw new UsageError(`--format must be human or json, not ${String(value)}`);
}

/** One positional FILE argument, exactly. */
function oneFile(positionals: readonly string[], command: string): string {
  const [file, ...rest] = positionals;
  if (file === undefined) throw new UsageError(`${command} needs a FILE (or - for standard input)`);
  if (rest.length > 0) throw new UsageError(`${command} takes one FILE, not ${positionals.length}`);
  return file;
}

/** Runs the command line; returns the exit status. Never throws. */
export async function run(
  argv: readonly string[],
  output: Output,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined) {
      output.err(MAIN_HELP);
      return 2;
    }
    if (command === "-h" || command === "--help" || command === "help") {
      output.out(MAIN_HELP);
      return 0;
    }
    if (command === "-v" || command === "--version") {
      output.out(version());
      return 0;
    }
    const help = COMMAND_HELP[command];
    if (help === undefined || !Object.hasOwn(COMMAND_HELP, command)) {
      throw new UsageError(
        `unknown command "${command}"; the commands are validate, jsonld, import and schema`,
      );
    }
    // Help asked for among the options; after `--` everything is a file (`validate -- -h`).
    const options = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
    if (options.includes("-h") || options.includes("--help")) {
      output.out(help);
      return 0;
    }
    switch (command) {
      case "validate": {
        const parsed = parse(args, {
          ndjson: { type: "boolean" },
          format: { type: "string" },
          zone: { type: "string" },
          jobs: { type: "string" },
        });
        if (parsed.positionals.length === 0) {
          throw new UsageError("validate needs at least one FILE (or - for standard input)");
        }
        const zone = zoneOption(parsed);
        return await runValidate(
          {
            files: parsed.positionals,
            ndjson: parsed.values.ndjson === true,
            format: format(text(parsed, "format")),
            jobs: jobs(text(parsed, "jobs")),
            ...(zone === undefined ? {} : { zone }),
          },
          output,
          stdin,
        );
      }
      case "jsonld": {
        const parsed = parse(args, {
          script: { type: "boolean" },
          nonce: { type: "string" },
          nested: { type: "boolean" },
          "no-body": { type: "boolean" },
          zone: { type: "string" },
        });
        const nonce = text(parsed, "nonce");
        if (nonce !== undefined && parsed.values.script !== true)
          throw new UsageError("--nonce is for the script element: use it with --script");
        const zone = zoneOption(parsed);
        return await runJsonLd(
          {
            file: oneFile(parsed.positionals, "jsonld"),
            script: parsed.values.script === true,
            nested: parsed.values.nested === true,
            body: parsed.values["no-body"] !== true,
            ...(nonce === undefined ? {} : { nonce }),
            ...(zone === undefined ? {} : { zone }),
          },
          output,
          stdin,
        );
      }
      case "import": {
        const parsed = parse(args, {
          url: { type: "string" },
          zone: { type: "string" },
          format: { type: "string" },
        });
        const url = text(parsed, "url");
        // Checked here, as --zone is, so that a typo is bad usage rather than URLs left unresolved.
        if (url !== undefined && !isHttpUrl(url))
          throw new UsageError(`--url must be an absolute http or https URL, not "${url}"`);
        const zone = zoneOption(parsed);
        return await runImport(
          {
            file: oneFile(parsed.positionals, "import"),
            format: format(text(parsed, "format")),
            ...(url === undefined ? {} : { url }),
            ...(zone === undefined ? {} : { zone }),
          },
          output,
          stdin,
        );
      }
      default: {
        const { positionals } = parse(args, {});
        if (positionals.length > 0) throw new UsageError("schema takes no arguments");
        output.out(JSON.stringify(articleJsonSchema(), null, 2));
        return 0;
      }
    }
  } catch (error) {
    // The message may name a file or repeat an argument: it is written on one line whatever they hold.
    const message = error instanceof Error ? error.message : String(error);
    output.err(`newsmodel: ${escapeUnprintable(message)}`);
    if (error instanceof UsageError && !(error instanceof InputError))
      output.err("Run newsmodel --help for usage.");
    return 2;
  }
}

/**
 * The `--jobs` value: a whole number from 1 to 64, the threads that check NDJSON, this one included.
 * By default the number of cores: this thread checks what the worker threads leave while it reads
 * and prints.
 */
function jobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 64) {
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
  }
  return count;
}

/** The `--zone` value: an IANA time zone or an offset, checked here so that a typo is bad usage. */
function zoneOption(parsed: Parsed): string | undefined {
  const zone = text(parsed, "zone");
  if (zone !== undefined && !parseZone(zone).ok) {
    throw new UsageError(
      `--zone must be an IANA time zone such as Asia/Baku or an offset such as +04:00, not "${zone}"`,
    );
  }
  return zone;
}

/** Writes a line to a stream. */
function writer(stream: NodeJS.WriteStream): (line: string) => void {
  return (line) => {
    stream.write(line.startsWith("\r") ? line : `${line}\n`);
  };
}

/** Waits until a stream's buffer has drained, if it is full (so NDJSON output stays in bounded memory). */
function drainer(stream: NodeJS.WriteStream): () => Promise<void> {
  return () => {
    if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        stream.off("drain", done);
        stream.off("close", done);
        stream.off("error", done);
        resolve();
      };
      stream.on("drain", done);
      stream.on("close", done);
      stream.on("error", done);
    });
  };
}

/** Whether this module is the program being run (directly, or through the `newsmodel` bin link). */
function isProgram(): boolean {
  // A worker thread sees the program's arguments too; it is never the program.
  if (!isMainThread) return false;
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = realpathSync(fileURLToPath(import.meta.url));
  // Node runs `node dist/cli` as dist/cli.js: the name as given may lack the extension.
  return [script, `${script}.js`].some((name) => {
    try {
      return realpathSync(name) === self;
    } catch {
      return false;
    }
  });
}

/**
 * What happens when standard output cannot be written: a reader that has had enough (`| head`) ends
 * the command quietly; any other failure is said on standard error, with status 2.
 */
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`newsmodel: cannot write the output (${error.message})\n`);
  process.exit(2);
}

if (isProgram()) {
  process.stdout.on("error", onOutputError);
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const output: Output = {
    out: writer(process.stdout),
    err: writer(process.stderr),
    drain: drainer(process.stdout),
    // A reader that stops early (`| head`) ends the run at once: with the status of what was found.
    failed: () => {
      process.exitCode = 1;
    },
    color,
    errIsTerminal: process.stderr.isTTY === true,
  };
  run(process.argv.slice(2), output, process.stdin).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`newsmodel: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
