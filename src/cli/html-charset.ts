/**
 * The text of an HTML page from its bytes, in the encoding the page declares, as a browser finds it
 * (a simplified form of the HTML standard's prescan): a byte order mark, else a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1024 bytes, else UTF-8.
 */

/** How many bytes the declaration is looked for in, as browsers look. */
const PRESCAN_BYTES = 1024;

/** A `<meta>` that declares a charset, either way; the label is its first group. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

/**
 * Whether an input is an HTML page, from its text (or its start): its name ends in `.html` or
 * `.htm`, or its first character after white space (and a byte order mark) is `<`.
 *
 * @param file - The file's name, or `-`.
 * @param text - Its text, or the start of it.
 * @returns Whether to read it as HTML.
 */
export function looksLikeHtml(file: string, text: string): boolean {
  return /\.html?$/i.test(file) || /^\ufeff?\s*</.test(text);
}

/**
 * {@link looksLikeHtml} of an input's bytes: their start read in the encoding a byte order mark
 * names (UTF-16's white space has NUL bytes), else byte by byte.
 *
 * @param file - The file's name, or `-`.
 * @param bytes - Its bytes.
 * @returns Whether to read it as HTML.
 */
export function isHtml(file: string, bytes: Uint8Array): boolean {
  const start = new TextDecoder(bomEncoding(bytes) ?? "latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  return looksLikeHtml(file, start);
}

/** The encoding a byte order mark names, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/**
 * The encoding a page declares, as a label `TextDecoder` takes: from its byte order mark, else from
 * a `<meta>` in its first 1024 bytes; `utf-8` when it declares none, one the runtime does not know,
 * or UTF-16 in a `<meta>` (which bytes read as ASCII cannot be, so browsers read UTF-8 then).
 *
 * @param bytes - The page's bytes.
 * @returns The label.
 */
export function declaredEncoding(bytes: Uint8Array): string {
  const marked = bomEncoding(bytes);
  if (marked !== undefined) return marked;
  const start = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  const label = META_CHARSET.exec(start)?.[1]?.toLowerCase();
  if (label === undefined) return "utf-8";
  try {
    const { encoding } = new TextDecoder(label);
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return "utf-8";
  }
}

/**
 * Reads a page's bytes in the encoding it declares (see {@link declaredEncoding}); anything that is
 * no HTML page is read as UTF-8.
 *
 * @param file - The file's name, or `-`.
 * @returns A function from the input's bytes to its text.
 */
export function pageDecoder(file: string): (bytes: Buffer) => string {
  return (bytes) =>
    isHtml(file, bytes) ? new TextDecoder(declaredEncoding(bytes)).decode(bytes) : bytes.toString("utf8");
}
