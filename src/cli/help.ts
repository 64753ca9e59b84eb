/** The command's help texts. */

/** The overview `newsmodel --help` prints. */
export const MAIN_HELP = `newsmodel: check news article payloads and publish them as schema.org JSON-LD

Usage: newsmodel <command> [options]

Commands:
  validate FILE...   check article payloads (JSON, or NDJSON: one payload a line)
  jsonld FILE        print an article's JSON-LD (--script: the HTML element)
  import FILE        read an HTML page or a JSON-LD file into article payloads
  schema             print the JSON Schema of an article payload

Options:
  -h, --help         show help (also after a command: newsmodel validate --help)
  -v, --version      show the version

Exit status: 0 all valid, 1 some invalid, 2 bad usage or unreadable input.`;

/** Help for each command. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: newsmodel validate [options] FILE...

Checks article payloads and prints every issue, one line each. FILE may be - for standard input.
Files ending in .ndjson (or with --ndjson) hold one payload a line and are read as a stream.

Options:
  --ndjson           read every file as NDJSON
  --format FORMAT    human (default) or json (one JSON result a line)
  --zone ZONE        the zone for local times when a payload names none (IANA name or offset)
  --jobs N           NDJSON: check in N threads, this one and N - 1 worker threads (default:
                     the number of cores; 1 checks in this thread alone); output keeps the
                     input's order
  -h, --help         show this help

Exit status: 0 all valid, 1 some invalid, 2 bad usage or unreadable input.`,
  jsonld: `Usage: newsmodel jsonld [options] FILE

Prints the schema.org JSON-LD of an article payload (FILE may be -).

Options:
  --script           print the <script type="application/ld+json"> element instead
  --nonce NONCE      with --script: a Content-Security-Policy nonce
  --nested           one nested NewsArticle object instead of an @graph
  --no-body          leave out articleBody
  --zone ZONE        the zone for local times when the payload names none (IANA name or offset)
  -h, --help         show this help

Exit status: 0 printed, 1 the payload is invalid (issues on standard error), 2 bad usage.`,
  import: `Usage: newsmodel import [options] FILE

Reads an HTML page (.html, .htm, or anything starting with <) or a JSON-LD file and prints the
article payloads found, then the issues on standard error (FILE may be -).

Options:
  --url URL          the page's URL, for resolving relative URLs
  --zone ZONE        the zone for date-times written without an offset
  --format FORMAT    human (default: payloads as JSON, issues as lines) or json ({ payloads, issues })
  -h, --help         show this help

Exit status: 0 an article was read as a valid model, 1 none was, 2 bad usage or unreadable input.`,
  schema: `Usage: newsmodel schema

Prints the JSON Schema (draft 2020-12) of an article payload.

Options:
  -h, --help         show this help`,
};
