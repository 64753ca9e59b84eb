/**
 * How issues read: `formatIssues` lines, text from outside quoted on one line, the
 * `ArticleValidationError` that `parseArticle` throws, and reading single entities (`parsePerson`,
 * `parseLocation`, … and `validateEntity`).
 */
import { describe, expect, test } from "vitest";
import { escapeText, escapeUnprintable, quoteInput } from "../../src/dates/issues.js";
import {
  ArticleValidationError,
  formatDateValue,
  formatIssues,
  isInstant,
  parseArticle,
  parseEvent,
  parseImage,
  parseLocation,
  parseOrganization,
  parsePerson,
  parseQuote,
  type ValidationIssue,
  validateArticle,
  validateEntity,
} from "../../src/index.js";
import { formatIssue, quoteKey } from "../../src/validate/issues.js";

const ARTICLE = {
  headline: "Diplomats visit Khankendi",
  datePublished: "2025-07-09T14:05:00+04:00",
  authors: ["person:qabil-ashirov"],
  people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }],
};

/** The error a function throws; fails the test when it returns instead. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("Expected a throw, but it returned.");
}

/** The `ArticleValidationError` a function throws; fails the test on anything else. */
function validationError(run: () => unknown): ArticleValidationError {
  const error = thrown(run);
  if (!(error instanceof ArticleValidationError))
    throw new Error(`Expected an ArticleValidationError: ${error}`);
  return error;
}

describe("formatIssues", () => {
  test("one line per issue: severity, pointer, message", () => {
    const result = validateArticle({ ...ARTICLE, headline: " ", url: "ftp://news.example.org/a" });
    expect(formatIssues(result.issues)).toBe(
      [
        'error /url: Expected url to be an absolute http or https URL without credentials, but found "ftp://news.example.org/a".',
        "error /headline: Expected headline to contain text, but found only white space or invisible characters.",
      ].join("\n"),
    );
  });

  test("a reference and a nested field", () => {
    const result = validateArticle({
      ...ARTICLE,
      authors: ["person:nobody"],
      people: [{ id: "person:qabil-ashirov", name: "Qabil Ashirov", url: "javascript:alert(1)" }],
    });
    expect(formatIssues(result.issues).split("\n")).toEqual([
      'error /people/0/url: Expected people[0].url to be an absolute http or https URL without credentials, but found "javascript:alert(1)".',
      'error /authors/0: Expected authors[0] to refer to a person or an organization in the article, but found "person:nobody", which is the id of no entity.',
    ]);
  });

  test("warnings read as warnings", () => {
    const result = validateArticle({ ...ARTICLE, subtitle: "A visit" });
    expect(result.ok).toBe(true);
    expect(formatIssues(result.warnings)).toBe(
      'warning /subtitle: Expected only known fields in the article, but found "subtitle"; it was dropped.',
    );
  });

  test("the whole payload is written as /", () => {
    expect(formatIssues(validateArticle(null).issues)).toBe(
      "error /: Expected the article to be an object, but found null.",
    );
  });

  test("keys with / and ~ are escaped as JSON Pointer says", () => {
    const result = validateArticle({ ...ARTICLE, "a/b": 1, "x~y": 2 });
    expect(formatIssues(result.warnings).split("\n")).toEqual([
      'warning /a~1b: Expected only known fields in the article, but found "a/b"; it was dropped.',
      'warning /x~0y: Expected only known fields in the article, but found "x~y"; it was dropped.',
    ]);
    expect(result.warnings.map((warning) => warning.path)).toEqual([["a/b"], ["x~y"]]);
  });

  test("no issues, no lines", () => {
    expect(formatIssues([])).toBe("");
  });

  test("issues built by hand", () => {
    const issues: ValidationIssue[] = [
      { path: [], pointer: "", code: "invalid_type", message: "Whole.", severity: "error" },
      {
        path: ["people", 2, "name"],
        pointer: "/people/2/name",
        code: "required",
        message: "Name.",
        severity: "warning",
      },
    ];
    expect(formatIssues(issues)).toBe("error /: Whole.\nwarning /people/2/name: Name.");
  });
});

describe("text from outside is quoted on one line", () => {
  test("escapeText: \\n, \\r, U+2028, ESC and NUL as JSON escapes, a backslash doubled, the rest as it is", () => {
    expect(escapeText("a\nb\rc\u2028d\u001b[31me\u0000f")).toBe("a\\nb\\rc\\u2028d\\u001b[31me\\u0000f");
    expect(escapeText('C:\\new "Qarabağ" — Ədliyyə')).toBe('C:\\\\new "Qarabağ" — Ədliyyə');
    expect(escapeText("\t\b\f\u0085\u007f\u2029")).toBe("\\t\\b\\f\\u0085\\u007f\\u2029");
  });

  test("escapeText: bidirectional controls, zero-width spaces, a BOM and a lone surrogate are shown; joiners in emoji and words are kept", () => {
    expect(escapeText("a\u202eb\u2066c\u200bd\ufeffe\ud800")).toBe(
      "a\\u202eb\\u2066c\\u200bd\\ufeffe\\ud800",
    );
    expect(escapeText("👩‍💻 می‌خواهم 🏴󠁧󠁢󠁳󠁣󠁴󠁿")).toBe("👩‍💻 می‌خواهم 🏴󠁧󠁢󠁳󠁣󠁴󠁿");
  });

  test("escapeUnprintable keeps backslashes (for text already escaped)", () => {
    expect(escapeUnprintable('found "a\\nb"\nnext')).toBe('found "a\\nb"\\nnext');
  });

  test("quoteInput cuts at 80 characters, then escapes", () => {
    expect(quoteInput("\u0000".repeat(100))).toBe(`${"\\u0000".repeat(80)}…`);
    expect(quoteInput(`${"x".repeat(79)}\n`)).toBe(`${"x".repeat(79)}\\n`);
  });

  test("quoteKey writes a key as JSON does, on one line", () => {
    expect(quoteKey('a "b"\\')).toBe('"a \\"b\\"\\\\"');
    expect(quoteKey("a\nb\u2028")).toBe('"a\\nb\\u2028"');
  });

  test("a message quotes a text with a newline as \\n: no forged second line", () => {
    const result = validateArticle({
      ...ARTICLE,
      datePublished: "2025-07-09T14:05:00+04:00\nerror /x: fake",
    });
    expect(formatIssues(result.issues)).toBe(
      'error /datePublished: Expected datePublished to be a date-time such as "2025-07-09T14:05:00+04:00", but found "2025-07-09T14:05:00+04:00\\nerror /x: fake".',
    );
  });

  test("a message quotes \\r, U+2028, ESC and NUL as escapes", () => {
    const result = validateArticle({ ...ARTICLE, authors: ["person:a\r\u2028\u001b[31mred\u0000"] });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Expected authors[0] to be an id without spaces or quotes, but found "person:a\\r\\u2028\\u001b[31mred\\u0000".',
    ]);
  });

  test("quotes and letters stay readable; a backslash is doubled", () => {
    const result = validateArticle({ ...ARTICLE, language: 'az "Qarabağ" \\n' });
    expect(formatIssues(result.issues)).toBe(
      'error /language: Expected language to be a BCP 47 language tag such as "en" or "az-Latn", but found "az "Qarabağ" \\\\n".',
    );
  });

  test("a key with a newline: the pointer stays exact, and is escaped in the line", () => {
    const result = validateArticle({ ...ARTICLE, "a\nb": new Date(0) });
    expect(result.issues.map((issue) => [issue.pointer, issue.path])).toEqual([["/a\nb", ["a\nb"]]]);
    expect(formatIssues(result.issues)).toBe(
      'error /a\\nb: Expected ["a\\nb"] to be JSON data, but found a Date: dates are given as text, such as "2025-07-09T14:05:00+04:00".',
    );
  });

  test("a nested key with U+2028 in a field's name", () => {
    const person = { id: "person:qabil-ashirov", name: "Qabil Ashirov", "x\u2028y": { z: new Map() } };
    const result = validateArticle({ ...ARTICLE, people: [person] });
    expect(result.issues.map((issue) => issue.pointer)).toEqual(["/people/0/x\u2028y/z"]);
    expect(formatIssues(result.issues)).toBe(
      'error /people/0/x\\u2028y/z: Expected people[0]["x\\u2028y"].z to be a plain object, but found an instance of Map.',
    );
  });

  test("exactly one line per issue, whatever the payload's keys and texts hold", () => {
    const payload = {
      ...ARTICLE,
      datePublished: "2025-07-09T14:05:00+04:00\r\nerror /x: fake",
      authors: ["person:a\nother.json: valid\n1 payload checked: 1 valid, 0 invalid"],
      "a\nb": 1,
      "c\u2028d\u001b[2J": 2,
      "\r": 3,
    };
    const result = validateArticle(payload);
    const issues = [...result.issues, ...result.warnings];
    expect(issues).toHaveLength(5);
    const lines = formatIssues(issues).split("\n");
    expect(lines).toHaveLength(5);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be left in a line.
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(lines.map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "error /datePublished",
      "error /authors/0",
      "warning /a\\nb",
      "warning /c\\u2028d\\u001b[2J",
      "warning /\\r",
    ]);
  });

  test("issues built by hand: pointer and message are escaped, a message's backslashes kept", () => {
    const issue: ValidationIssue = {
      path: ["a\\b\nc"],
      pointer: "/a\\b\nc",
      code: "unknown_key",
      message: 'Two\nlines, "a\\nb" \u001b[31mred',
      severity: "error",
    };
    expect(formatIssues([issue])).toBe('error /a\\\\b\\nc: Two\\nlines, "a\\nb" \\u001b[31mred');
    expect(formatIssue(issue, "ERROR")).toBe('ERROR /a\\\\b\\nc: Two\\nlines, "a\\nb" \\u001b[31mred');
  });
});

describe("ArticleValidationError from parseArticle", () => {
  test("one issue: the message is the issue's", () => {
    const error = validationError(() => parseArticle({ ...ARTICLE, headline: "" }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ArticleValidationError");
    expect(error.message).toBe(
      "Expected headline to contain text, but found only white space or invisible characters.",
    );
    expect(error.issues).toHaveLength(1);
  });

  test("two issues: the first issue's message and (and 1 more issue)", () => {
    const error = validationError(() =>
      parseArticle({ ...ARTICLE, headline: "", url: "ftp://news.example.org/a" }),
    );
    expect(error.message).toBe(
      'Expected url to be an absolute http or https URL without credentials, but found "ftp://news.example.org/a". (and 1 more issue)',
    );
  });

  test("three issues: the first issue's message and (and 2 more issues)", () => {
    const input = { ...ARTICLE, headline: "", url: "x", language: "?" };
    const error = validationError(() => parseArticle(input));
    const [first] = validateArticle(input).issues;
    expect(error.message).toBe(`${first?.message} (and 2 more issues)`);
  });

  test(".issues and .warnings equal validateArticle's", () => {
    const input = {
      ...ARTICLE,
      headline: 7,
      authors: ["place:nowhere"],
      dateModified: "2024-01-01T00:00:00Z",
      subtitle: "dropped",
    };
    const result = validateArticle(input);
    const error = validationError(() => parseArticle(input));
    expect(error.issues).toEqual(result.issues);
    expect(error.warnings).toEqual(result.warnings);
    expect(error.issues.map((issue) => issue.code)).toEqual([
      "invalid_type",
      "unresolved_reference",
      "modified_before_published",
    ]);
    expect(error.warnings.map((warning) => warning.pointer)).toEqual(["/subtitle"]);
  });

  test("not an object", () => {
    const error = validationError(() => parseArticle("an article"));
    expect(error.message).toBe('Expected the article to be an object, but found "an article".');
    expect(error.issues).toEqual([
      {
        path: [],
        pointer: "",
        code: "invalid_type",
        message: 'Expected the article to be an object, but found "an article".',
        severity: "error",
      },
    ]);
  });

  test("a valid payload is returned as validateArticle's value", () => {
    const result = validateArticle(ARTICLE);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    const article = parseArticle(ARTICLE);
    expect(article.headline).toBe(result.value.headline);
    expect(article.people).toEqual([{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }]);
    expect(formatDateValue(article.datePublished)).toBe("2025-07-09T14:05:00+04:00");
  });
});

describe("single entities: ids derived from names", () => {
  test("parsePerson: person:elnur-mammadov", () => {
    expect(parsePerson({ name: "Elnur Mammadov", jobTitle: "Deputy Foreign Minister" })).toEqual({
      id: "person:elnur-mammadov",
      name: "Elnur Mammadov",
      jobTitle: "Deputy Foreign Minister",
    });
  });

  test("parseLocation: Xankəndi → place:xankendi, and the zone written canonically", () => {
    expect(parseLocation({ name: "Xankəndi", timeZone: "asia/baku" })).toEqual({
      id: "place:xankendi",
      name: "Xankəndi",
      timeZone: "Asia/Baku",
    });
  });

  test("parseOrganization: Ədliyyə Nazirliyi → org:edliyye-nazirliyi", () => {
    expect(parseOrganization({ name: "Ədliyyə Nazirliyi", kind: "government" })).toEqual({
      id: "org:edliyye-nazirliyi",
      name: "Ədliyyə Nazirliyi",
      kind: "government",
    });
  });

  test("parseOrganization: Garabagh University → org:garabagh-university", () => {
    expect(parseOrganization({ name: "Garabagh University", kind: "university" }).id).toBe(
      "org:garabagh-university",
    );
  });

  test("parseImage: the id comes from the URL's file name", () => {
    expect(parseImage({ url: "https://news.example.org/images/delegation.jpg" })).toEqual({
      id: "image:delegation",
      url: "https://news.example.org/images/delegation.jpg",
    });
  });

  test("parseImage: the query and fragment are not part of the file name", () => {
    expect(parseImage({ url: "https://news.example.org/images/lead-photo.webp?w=800#top" }).id).toBe(
      "image:lead-photo",
    );
  });

  test("parseQuote: numbered id, direct by default", () => {
    expect(
      parseQuote({
        text: "Today, Khankendi is hosting international events.",
        speaker: "person:elnur-mammadov",
      }),
    ).toEqual({
      id: "quote:1",
      text: "Today, Khankendi is hosting international events.",
      speaker: "person:elnur-mammadov",
      kind: "direct",
    });
  });

  test("an explicit id is kept", () => {
    expect(parsePerson({ id: "person:mammadov", name: "Elnur Mammadov" }).id).toBe("person:mammadov");
  });

  test("text is trimmed", () => {
    expect(parsePerson({ name: "  Elnur Mammadov \n" })).toEqual({
      id: "person:elnur-mammadov",
      name: "Elnur Mammadov",
    });
  });
});

describe("single entities: errors", () => {
  test("parsePerson throws an ArticleValidationError with every issue", () => {
    const error = validationError(() => parsePerson({ name: "", url: "javascript:alert(1)" }));
    expect(error.name).toBe("ArticleValidationError");
    expect(error.message).toBe(
      "Expected name to contain text, but found only white space or invisible characters. (and 1 more issue)",
    );
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/name", "empty_text"],
      ["/url", "invalid_url"],
    ]);
  });

  test.each([
    {
      label: "parsePerson",
      run: () => parsePerson({ id: "person:a b", name: "A" }),
      pointer: "/id",
      code: "invalid_id",
    },
    {
      label: "parseLocation",
      run: () => parseLocation({ name: "Khankendi", geo: { latitude: 91, longitude: 46.75 } }),
      pointer: "/geo/latitude",
      code: "too_big",
    },
    {
      label: "parseOrganization",
      run: () => parseOrganization({ name: "MFA", kind: "ministry" }),
      pointer: "/kind",
      code: "invalid_value",
    },
    {
      label: "parseEvent",
      run: () => parseEvent({ name: "Visit", status: "canceled" }),
      pointer: "/status",
      code: "invalid_value",
    },
    { label: "parseQuote", run: () => parseQuote({ text: "Hello." }), pointer: "/speaker", code: "required" },
    {
      label: "parseImage",
      run: () => parseImage({ url: "data:image/png;base64,AAAA" }),
      pointer: "/url",
      code: "invalid_url",
    },
  ])("$label throws ArticleValidationError: $code at $pointer", ({ run, pointer, code }) => {
    const error = validationError(run);
    expect(error.issues.map((issue) => [issue.pointer, issue.code, issue.severity])).toEqual([
      [pointer, code, "error"],
    ]);
    expect(error.message).toBe(error.issues[0]?.message);
  });

  test("parsePerson of null throws invalid_type at the root", () => {
    const error = validationError(() => parsePerson(null));
    expect(error.message).toBe("Expected the person to be an object, but found null.");
    expect(error.issues).toEqual([
      {
        path: [],
        pointer: "",
        code: "invalid_type",
        message: "Expected the person to be an object, but found null.",
        severity: "error",
      },
    ]);
  });
});

describe("validateEntity and parseEvent check an event's dates in order, as inside an article", () => {
  test("an end before the start is end_before_start; a partial end within a partial start is not", () => {
    const event = {
      name: "Visit",
      startDate: "2025-07-10T09:00:00+04:00",
      endDate: "2025-07-01T18:00:00+04:00",
    };
    expect(validateEntity("event", event)).toEqual({
      ok: false,
      issues: [
        {
          path: ["endDate"],
          pointer: "/endDate",
          code: "end_before_start",
          message:
            "Expected endDate to be on or after startDate (2025-07-10T09:00:00+04:00), but found 2025-07-01T18:00:00+04:00.",
          severity: "error",
        },
      ],
      warnings: [],
    });
    expect(validationError(() => parseEvent(event)).issues.map((issue) => issue.code)).toEqual([
      "end_before_start",
    ]);
    expect(validateEntity("event", { name: "Founding", startDate: "1823", endDate: "1823-05" }).ok).toBe(
      true,
    );
  });
});

describe("parseEvent and parseQuote read local times in options.zone", () => {
  test("a local start read in Asia/Baku", () => {
    const concert = parseEvent(
      { name: "Concert at the arts campus", startDate: "2025-07-09 19:00" },
      { zone: "Asia/Baku" },
    );
    expect(concert.id).toBe("event:concert-at-the-arts-campus");
    const start = concert.startDate;
    if (start === undefined || !isInstant(start)) throw new Error("Expected an instant");
    expect(formatDateValue(start)).toBe("2025-07-09T19:00:00+04:00");
    expect(start.zoneName).toBe("Asia/Baku");
  });

  test("the same local start read in Europe/London", () => {
    const concert = parseEvent({ name: "Concert", startDate: "2025-07-09 19:00" }, { zone: "Europe/London" });
    expect(concert.startDate && formatDateValue(concert.startDate)).toBe("2025-07-09T19:00:00+01:00");
  });

  test("a partial date is not moved by the zone", () => {
    const visit = parseEvent({ name: "Visit", startDate: "2025-07-09" }, { zone: "Pacific/Kiritimati" });
    expect(visit.startDate && formatDateValue(visit.startDate)).toBe("2025-07-09");
  });

  test("without a zone a local time is missing_zone", () => {
    const error = validationError(() => parseEvent({ name: "Concert", startDate: "2025-07-09 19:00" }));
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/startDate", "missing_zone"],
    ]);
    expect(error.message).toBe(
      'Expected startDate to be a date-time with an offset or a time zone, but found the local time "2025-07-09 19:00" and no zone to read it in (add an offset such as +04:00, or pass a zone).',
    );
  });

  test("a quote's date in a gap is refused, and accepted with a disambiguation", () => {
    const input = { text: "Hello.", speaker: "person:a", date: "2015-03-29 04:30" };
    const error = validationError(() => parseQuote(input, { zone: "Asia/Baku" }));
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/date", "nonexistent_local_time"],
    ]);
    const quote = parseQuote(input, { zone: "Asia/Baku", disambiguation: "later" });
    expect(quote.date && formatDateValue(quote.date)).toBe("2015-03-29T05:30:00+05:00");
  });
});

describe("validateEntity", () => {
  test.each([
    { kind: "person", input: null, found: "null" },
    { kind: "location", input: [{ name: "Khankendi" }], found: "a list" },
    {
      kind: "image",
      input: "https://news.example.org/images/delegation.jpg",
      found: '"https://news.example.org/images/delegation.jpg"',
    },
    { kind: "event", input: 2025, found: "the number 2025" },
    { kind: "organization", input: undefined, found: "nothing" },
  ] as const)("a $kind that is not an object: invalid_type at the root", ({ kind, input, found }) => {
    const result = validateEntity(kind, input);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          pointer: "",
          code: "invalid_type",
          message: `Expected the ${kind} to be an object, but found ${found}.`,
          severity: "error",
        },
      ],
      warnings: [],
    });
  });

  test("a valid person, with its id", () => {
    expect(validateEntity("person", { name: "Sabuhi Gahramanov" })).toEqual({
      ok: true,
      value: { id: "person:sabuhi-gahramanov", name: "Sabuhi Gahramanov" },
      issues: [],
      warnings: [],
    });
  });

  test("an image without a file name gets a numbered id", () => {
    const result = validateEntity("image", { url: "https://news.example.org/" });
    expect(result.ok && result.value.id).toBe("image:1");
  });

  test("an unknown key is a warning at its pointer, dropped from the value", () => {
    const result = validateEntity("person", { name: "Sabuhi Gahramanov", nickname: "S" });
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.value).toEqual({ id: "person:sabuhi-gahramanov", name: "Sabuhi Gahramanov" });
    expect(result.warnings.map((warning) => [warning.pointer, warning.code, warning.severity])).toEqual([
      ["/nickname", "unknown_key", "warning"],
    ]);
    expect(result.warnings[0]?.message).toContain('"nickname"');
  });

  test("an unknown key's warning speaks of the entity, not of an article", () => {
    const result = validateEntity("person", { name: "Sabuhi Gahramanov", nickname: "S" });
    expect(result.warnings[0]?.message).not.toContain("article");
    expect(result.warnings[0]?.message).toContain("person");
  });

  test("every issue is collected", () => {
    const result = validateEntity("location", {
      name: "",
      geo: { latitude: 91, longitude: -181 },
      address: { country: "AZE" },
    });
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/name", "empty_text"],
      ["/address/country", "invalid_country"],
      ["/geo/latitude", "too_big"],
      ["/geo/longitude", "too_small"],
    ]);
  });
});
