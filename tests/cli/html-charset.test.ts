/**
 * A page's encoding as browsers find it: a byte order mark, else a <meta> in its first 1024 bytes,
 * else UTF-8; and which inputs are pages.
 */
import { expect, test } from "vitest";
import { declaredEncoding, isHtml, pageDecoder } from "../../src/cli/html-charset.js";

const bytes = (text: string, encoding: BufferEncoding = "latin1") => Buffer.from(text, encoding);

test("a <meta charset> or an http-equiv Content-Type names the encoding, as TextDecoder calls it", () => {
  expect(declaredEncoding(bytes('<meta charset="iso-8859-1">'))).toBe("windows-1252");
  expect(declaredEncoding(bytes("<META CHARSET=Shift_JIS>"))).toBe("shift_jis");
  expect(
    declaredEncoding(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')),
  ).toBe("windows-1251");
});

test("a byte order mark wins; UTF-16 in a <meta>, an unknown label or none at all is UTF-8", () => {
  expect(declaredEncoding(Buffer.concat([bytes("\u00ff\u00fe"), bytes("<", "utf16le")]))).toBe("utf-16le");
  expect(declaredEncoding(bytes('\u00ef\u00bb\u00bf<meta charset="iso-8859-1">'))).toBe("utf-8");
  expect(declaredEncoding(bytes('<meta charset="utf-16">'))).toBe("utf-8");
  expect(declaredEncoding(bytes('<meta charset="klingon">'))).toBe("utf-8");
  expect(declaredEncoding(bytes("<p>no declaration</p>"))).toBe("utf-8");
  // Only the first 1024 bytes are looked in, as browsers look.
  expect(declaredEncoding(bytes(`${" ".repeat(1024)}<meta charset="iso-8859-1">`))).toBe("utf-8");
});

test("a page is read in its encoding; JSON-LD is read as UTF-8 whatever it holds", () => {
  const page = bytes('<meta charset="iso-8859-1"><p>M\u00fcnchen</p>');
  expect(pageDecoder("page.html")(page)).toBe('<meta charset="iso-8859-1"><p>München</p>');
  expect(isHtml("-", bytes("  <html>"))).toBe(true);
  const json = bytes('{"articleBody":"<meta charset=\\"iso-8859-1\\"> M\u00fcnchen"}', "utf8");
  expect(isHtml("block.jsonld", json)).toBe(false);
  expect(pageDecoder("block.jsonld")(json)).toBe('{"articleBody":"<meta charset=\\"iso-8859-1\\"> München"}');
});
