/**
 * Entities given inline move into their registries with ids made from their kind and name; the input
 * is never changed; local times are read in the zone they belong to.
 */
import { describe, expect, test } from "vitest";
import {
  type Article,
  formatDateValue,
  formatIssues,
  isInstant,
  type ValidateArticleOptions,
  validateArticle,
  validateArticleJson,
  validateEntity,
} from "../../src/index.js";

/** Just enough for a valid article; tests add what they are about. */
function article(fields: Record<string, unknown>): Record<string, unknown> {
  return { headline: "Diplomats visit Khankendi", datePublished: "2025-07-09T14:05:00+04:00", ...fields };
}

/** The author every article needs when the test is not about authors. */
const AUTHOR = { authors: ["person:a"], people: [{ id: "person:a", name: "Qabil Ashirov" }] };

/** The model of a payload that must be valid; fails the test with the issues otherwise. */
function valid(input: unknown, options: ValidateArticleOptions = {}): Article {
  const result = validateArticle(input, options);
  if (!result.ok) throw new Error(`Expected a valid article:\n${formatIssues(result.issues)}`);
  return result.value;
}

/** Freezes an object and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("inline authors move into the registries", () => {
  test("an inline author gets an id from its name", () => {
    const model = valid(article({ authors: [{ name: "Qabil Ashirov" }] }));
    expect(model.authors).toEqual(["person:qabil-ashirov"]);
    expect(model.people).toEqual([{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }]);
  });

  test("the same inline entity with its id, given twice, is one entity; different ones with one id are not", () => {
    const same = article({
      body: ["A said “hi”."],
      authors: [{ id: "person:a", name: "A" }],
      quotes: [{ text: "hi", speaker: { id: "person:a", name: "A" } }],
    });
    expect(valid(same).people).toEqual([{ id: "person:a", name: "A" }]);
    const different = article({
      authors: [
        { id: "person:a", name: "A" },
        { id: "person:a", name: "B" },
      ],
    });
    expect(validateArticle(different).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/authors/1/id", "duplicate_id"],
    ]);
  });

  test("an id set to undefined is no id, as in the same payload as JSON text", () => {
    // A payload built in code: `{ id: row.id, name: row.name }` with no id in the row.
    const inline = article({ authors: [{ id: undefined, name: "Qabil Ashirov" }] });
    const registry = article({ authors: ["person:a"], people: [{ id: undefined, name: "A" }] });
    expect(valid(inline).people).toEqual([{ id: "person:qabil-ashirov", name: "Qabil Ashirov" }]);
    expect(valid(registry).people).toEqual([{ id: "person:a", name: "A" }]);
    for (const payload of [inline, registry])
      expect(validateArticle(payload)).toEqual(validateArticleJson(JSON.stringify(payload)));
    expect(validateEntity("person", { id: undefined, name: "A" })).toEqual({
      ok: true,
      value: { id: "person:a", name: "A" },
      issues: [],
      warnings: [],
    });
  });

  test("an inline author keeps its other fields", () => {
    const model = valid(
      article({
        authors: [
          { name: "Qabil Ashirov", jobTitle: "Correspondent", url: "https://news.example.org/qabil" },
        ],
      }),
    );
    expect(model.people).toEqual([
      {
        id: "person:qabil-ashirov",
        name: "Qabil Ashirov",
        jobTitle: "Correspondent",
        url: "https://news.example.org/qabil",
      },
    ]);
  });

  test("an inline publisher becomes an organization", () => {
    const model = valid(article({ ...AUTHOR, publisher: { name: "News Example", kind: "news-media" } }));
    expect(model.publisher).toBe("org:news-example");
    expect(model.organizations).toEqual([
      { id: "org:news-example", name: "News Example", kind: "news-media" },
    ]);
  });

  test("an inline speaker becomes a person, the quote gets a numbered id", () => {
    const model = valid(
      article({
        ...AUTHOR,
        quotes: [{ text: "We met the rector.", kind: "paraphrase", speaker: { name: "Elnur Mammadov" } }],
      }),
    );
    expect(model.quotes).toEqual([
      { id: "quote:1", text: "We met the rector.", kind: "paraphrase", speaker: "person:elnur-mammadov" },
    ]);
    expect(model.people.map((person) => person.id)).toEqual(["person:a", "person:elnur-mammadov"]);
  });

  test("registry images without ids get them from their file names", () => {
    const model = valid(
      article({
        ...AUTHOR,
        images: [
          { url: "https://news.example.org/images/delegation.jpg" },
          { url: "https://news.example.org/archive/delegation.png" },
        ],
        image: [{ url: "https://news.example.org/p/lead.webp?w=1200" }],
      }),
    );
    expect(model.images.map((image) => image.id)).toEqual([
      "image:delegation",
      "image:delegation-2",
      "image:lead",
    ]);
    expect(model.image).toEqual(["image:lead"]);
  });
});

describe("ids from names in any script are readable ASCII", () => {
  test.each([
    { type: "location", name: "Xankəndi", id: "place:xankendi" },
    { type: "organization", name: "Ədliyyə Nazirliyi", id: "org:edliyye-nazirliyi" },
    { type: "location", name: "Ханкенди", id: "place:khankendi" },
    { type: "location", name: "Ağdərə", id: "place:agdere" },
    { type: "person", name: "Θεόδωρος Κολοκοτρώνης", id: "person:theodoros-kolokotronis" },
    { type: "location", name: "Αθήνα", id: "place:athina" },
    { type: "person", name: "Sabuhi Gahramanov", id: "person:sabuhi-gahramanov" },
    {
      type: "organization",
      name: "Ministry of Foreign Affairs (MFA)",
      id: "org:ministry-of-foreign-affairs-mfa",
    },
  ])("$name → $id", ({ type, name, id }) => {
    const model = valid(article({ ...AUTHOR, about: [{ type, name }] }));
    expect(model.about).toEqual([id]);
  });

  test("a Chinese name gets person:x- and a short hash", () => {
    const model = valid(article({ ...AUTHOR, about: [{ type: "person", name: "习近平" }] }));
    const [id] = model.about ?? [];
    expect(id).toMatch(/^person:x-[0-9a-z]+$/);
    expect(model.people.at(-1)).toEqual({ id, name: "习近平" });
  });

  test("two different Chinese names get two different ids", () => {
    const model = valid(
      article({
        ...AUTHOR,
        about: [
          { type: "person", name: "习近平" },
          { type: "person", name: "李强" },
        ],
      }),
    );
    const [first, second] = model.about ?? [];
    expect(first).toMatch(/^person:x-/);
    expect(second).toMatch(/^person:x-/);
    expect(first).not.toBe(second);
    expect(second).not.toMatch(/-2$/);
  });

  test("the type in about is read case-insensitively, with place and organisation as synonyms", () => {
    const model = valid(
      article({
        ...AUTHOR,
        about: [
          { type: "Organisation", name: "Garabagh University" },
          { type: " PLACE ", name: "Aghdara" },
        ],
      }),
    );
    expect(model.about).toEqual(["org:garabagh-university", "place:aghdara"]);
  });
});

describe("clashes, duplicates and matches", () => {
  test("three different people with one name get -2 and -3", () => {
    const model = valid(
      article({
        authors: [
          { name: "Ali Aliyev" },
          { name: "Ali Aliyev", jobTitle: "Editor" },
          { name: "Ali Aliyev", jobTitle: "Reporter" },
        ],
      }),
    );
    expect(model.authors).toEqual(["person:ali-aliyev", "person:ali-aliyev-2", "person:ali-aliyev-3"]);
    expect(model.people.map((person) => [person.id, person.jobTitle])).toEqual([
      ["person:ali-aliyev", undefined],
      ["person:ali-aliyev-2", "Editor"],
      ["person:ali-aliyev-3", "Reporter"],
    ]);
  });

  test("the same inline entity given twice becomes one registry entity", () => {
    const mammadov = { name: "Elnur Mammadov", jobTitle: "Deputy Foreign Minister" };
    const model = valid(
      article({
        authors: [mammadov],
        about: [{ type: "person", ...mammadov }],
        quotes: [{ text: "It was said.", kind: "paraphrase", speaker: { ...mammadov } }],
      }),
    );
    expect(model.authors).toEqual(["person:elnur-mammadov"]);
    expect(model.about).toEqual(["person:elnur-mammadov"]);
    expect(model.quotes[0]?.speaker).toBe("person:elnur-mammadov");
    expect(model.people).toEqual([
      { id: "person:elnur-mammadov", name: "Elnur Mammadov", jobTitle: "Deputy Foreign Minister" },
    ]);
  });

  test("an inline {name} matching a registry entity reuses its id", () => {
    const model = valid(
      article({
        authors: [{ name: "Qabil Ashirov" }],
        people: [{ id: "person:q-ashirov", name: "Qabil Ashirov", jobTitle: "Correspondent" }],
      }),
    );
    expect(model.authors).toEqual(["person:q-ashirov"]);
    expect(model.people).toEqual([
      { id: "person:q-ashirov", name: "Qabil Ashirov", jobTitle: "Correspondent" },
    ]);
  });

  test("an inline {name} matching a registry entity without an id reuses the id made for it", () => {
    const model = valid(
      article({
        authors: [{ name: "Qabil Ashirov" }],
        people: [{ name: "Qabil Ashirov", jobTitle: "Correspondent" }],
      }),
    );
    expect(model.authors).toEqual(["person:qabil-ashirov"]);
    expect(model.people).toHaveLength(1);
  });

  test("a name matches only a registry entity of the same kind", () => {
    const model = valid(
      article({
        ...AUTHOR,
        organizations: [{ id: "org:khankendi", name: "Khankendi" }],
        contentLocation: [{ name: "Khankendi" }],
      }),
    );
    expect(model.contentLocation).toEqual(["place:khankendi"]);
    expect(model.locations).toEqual([{ id: "place:khankendi", name: "Khankendi" }]);
  });

  test("explicit ids are kept, and derived ids avoid them", () => {
    const model = valid(
      article({
        authors: [{ name: "Qabil Ashirov" }, { id: "person:mine", name: "Aysel Karimova" }],
        people: [{ id: "person:qabil-ashirov", name: "Someone Else" }],
      }),
    );
    expect(model.authors).toEqual(["person:qabil-ashirov-2", "person:mine"]);
    expect(model.people.map((person) => [person.id, person.name])).toEqual([
      ["person:qabil-ashirov", "Someone Else"],
      ["person:qabil-ashirov-2", "Qabil Ashirov"],
      ["person:mine", "Aysel Karimova"],
    ]);
  });

  test("a derived id avoids an explicit id given later in the payload", () => {
    const model = valid(
      article({
        authors: [{ name: "Qabil Ashirov" }],
        about: [{ type: "person", id: "person:qabil-ashirov", name: "Qabil Ashirov Senior" }],
      }),
    );
    expect(model.authors).toEqual(["person:qabil-ashirov-2"]);
    expect(model.about).toEqual(["person:qabil-ashirov"]);
  });

  test("numbered quote ids avoid the ones given", () => {
    const model = valid(
      article({
        ...AUTHOR,
        quotes: [
          { text: "One.", kind: "paraphrase", speaker: "person:a" },
          { id: "quote:1", text: "Two.", kind: "paraphrase", speaker: "person:a" },
        ],
      }),
    );
    expect(model.quotes.map((quote) => quote.id)).toEqual(["quote:2", "quote:1"]);
  });
});

describe("nested inline entities", () => {
  test("an inline author whose affiliation is inline: both land in registries", () => {
    const model = valid(
      article({
        authors: [
          {
            name: "Sabuhi Gahramanov",
            jobTitle: "Deputy Special Representative",
            affiliation: { name: "Administration of the President", kind: "government" },
          },
        ],
      }),
    );
    expect(model.authors).toEqual(["person:sabuhi-gahramanov"]);
    expect(model.people).toEqual([
      {
        id: "person:sabuhi-gahramanov",
        name: "Sabuhi Gahramanov",
        jobTitle: "Deputy Special Representative",
        affiliation: "org:administration-of-the-president",
      },
    ]);
    expect(model.organizations).toEqual([
      {
        id: "org:administration-of-the-president",
        name: "Administration of the President",
        kind: "government",
      },
    ]);
  });

  test("three levels: an event's inline location inside an inline place", () => {
    const model = valid(
      article({
        ...AUTHOR,
        events: [
          {
            name: "Concert",
            location: { name: "Arts Campus", containedIn: { name: "Khankendi", timeZone: "Asia/Baku" } },
            startDate: "2025-07-09",
          },
        ],
      }),
    );
    expect(model.events[0]?.location).toBe("place:arts-campus");
    expect(model.locations).toEqual([
      { id: "place:arts-campus", name: "Arts Campus", containedIn: "place:khankendi" },
      { id: "place:khankendi", name: "Khankendi", timeZone: "Asia/Baku" },
    ]);
  });
});

describe("stable and pure", () => {
  const input = () =>
    article({
      authors: [{ name: "Qabil Ashirov" }, { name: "Ali Aliyev", affiliation: { name: "News Example" } }],
      about: [
        { type: "location", name: "Xankəndi" },
        { type: "person", name: "习近平" },
        { type: "person", name: "Ali Aliyev", jobTitle: "Editor" },
      ],
      quotes: [{ text: "It was said.", kind: "paraphrase", speaker: { name: "Elnur Mammadov" } }],
      images: [{ url: "https://news.example.org/images/delegation.jpg" }],
    });

  test("the same input gives the same ids, call after call", () => {
    const first = valid(input());
    const second = valid(input());
    const ids = (model: Article) => [
      model.people.map((person) => person.id),
      model.organizations.map((organization) => organization.id),
      model.locations.map((location) => location.id),
      model.quotes.map((quote) => quote.id),
      model.images.map((image) => image.id),
      model.authors,
      model.about,
    ];
    expect(ids(second)).toEqual(ids(first));
    expect(ids(first)).toEqual([
      [
        "person:qabil-ashirov",
        "person:ali-aliyev",
        expect.stringMatching(/^person:x-/),
        "person:ali-aliyev-2",
        "person:elnur-mammadov",
      ],
      ["org:news-example"],
      ["place:xankendi"],
      ["quote:1"],
      ["image:delegation"],
      ["person:qabil-ashirov", "person:ali-aliyev"],
      ["place:xankendi", first.people[2]?.id, "person:ali-aliyev-2"],
    ]);
  });

  test("the input is not changed (deep-frozen, and equal to a copy taken before)", () => {
    const frozen = deepFreeze(input());
    const before = structuredClone(frozen);
    const model = valid(frozen);
    expect(frozen).toEqual(before);
    expect(model.people).toHaveLength(5);
  });

  test("a frozen invalid input is not changed either", () => {
    const frozen = deepFreeze(
      article({
        authors: [{ name: "", url: "ftp://x.org" }],
        about: [{ name: "No type" }],
        timeZone: "Asia/Baku",
        events: [{ name: "E", startDate: "2015-03-29 04:30" }],
      }),
    );
    const before = structuredClone(frozen);
    const result = validateArticle(frozen);
    expect(result.ok).toBe(false);
    expect(frozen).toEqual(before);
  });
});

describe("local times are read in the zone they belong to", () => {
  /** The start of the article's one event, as written back, and its zone. */
  function start(input: unknown, options: ValidateArticleOptions = {}): [string, string | null] {
    const event = valid(input, options).events.find((item) => item.id === "event:e");
    const value = event?.startDate;
    if (value === undefined || !isInstant(value)) throw new Error("Expected an instant start");
    return [formatDateValue(value), value.zoneName];
  }

  const local = { id: "event:e", name: "Evening session", startDate: "2025-07-09 14:00" };

  test("the zone of the event's location", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      locations: [{ id: "place:new-york", name: "New York", timeZone: "America/New_York" }],
      events: [{ ...local, location: "place:new-york" }],
    });
    expect(start(input, { zone: "Asia/Tokyo" })).toEqual(["2025-07-09T14:00:00-04:00", "America/New_York"]);
  });

  test("the zone of a place containing the event's location", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      locations: [
        { id: "place:campus", name: "Arts Campus", containedIn: "place:khankendi" },
        { id: "place:khankendi", name: "Khankendi", containedIn: "place:azerbaijan" },
        { id: "place:azerbaijan", name: "Azerbaijan", timeZone: "Asia/Baku" },
      ],
      events: [{ ...local, location: "place:campus" }],
    });
    expect(start(input)).toEqual(["2025-07-09T14:00:00+04:00", "Asia/Baku"]);
  });

  test("the zone of an inline location", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      events: [{ ...local, location: { name: "Tokyo", timeZone: "Asia/Tokyo" } }],
    });
    expect(start(input)).toEqual(["2025-07-09T14:00:00+09:00", "Asia/Tokyo"]);
  });

  test("the zone of the event it is part of", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      locations: [{ id: "place:khankendi", name: "Khankendi", timeZone: "Asia/Baku" }],
      events: [
        {
          id: "event:conference",
          name: "9th Conference",
          location: "place:khankendi",
          startDate: "2025-07-08",
        },
        { ...local, partOf: "event:conference" },
      ],
    });
    expect(start(input)).toEqual(["2025-07-09T14:00:00+04:00", "Asia/Baku"]);
  });

  test("else the article's timeZone", () => {
    const input = article({ ...AUTHOR, timeZone: "Europe/London", events: [local] });
    expect(start(input, { zone: "Asia/Tokyo" })).toEqual(["2025-07-09T14:00:00+01:00", "Europe/London"]);
  });

  test("else options.zone", () => {
    const input = article({ ...AUTHOR, events: [local] });
    expect(start(input, { zone: "Asia/Baku" })).toEqual(["2025-07-09T14:00:00+04:00", "Asia/Baku"]);
  });

  test("a place without a zone falls through to the article's", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      locations: [{ id: "place:somewhere", name: "Somewhere" }],
      events: [{ ...local, location: "place:somewhere" }],
    });
    expect(start(input)).toEqual(["2025-07-09T14:00:00+01:00", "Europe/London"]);
  });

  test("the article's own dates are read in its timeZone, not in a place's", () => {
    const model = valid(
      article({
        ...AUTHOR,
        datePublished: "2025-07-09 14:05",
        timeZone: "Asia/Baku",
        locationCreated: { name: "London", timeZone: "Europe/London" },
      }),
    );
    expect(formatDateValue(model.datePublished)).toBe("2025-07-09T14:05:00+04:00");
  });

  test("a quote's date is read in the zone of its event's place", () => {
    const model = valid(
      article({
        ...AUTHOR,
        timeZone: "Europe/London",
        locations: [{ id: "place:khankendi", name: "Khankendi", timeZone: "Asia/Baku" }],
        events: [{ id: "event:session", name: "Special session", location: "place:khankendi" }],
        quotes: [
          {
            text: "It was said.",
            kind: "paraphrase",
            speaker: "person:a",
            event: "event:session",
            date: "2025-07-09 12:00",
          },
        ],
      }),
    );
    const date = model.quotes[0]?.date;
    expect(date && formatDateValue(date)).toBe("2025-07-09T12:00:00+04:00");
  });

  test("a local time with an explicit offset is not re-read", () => {
    const input = article({
      ...AUTHOR,
      timeZone: "Europe/London",
      events: [{ ...local, startDate: "2025-07-09T14:00:00+02:00" }],
    });
    expect(start(input)[0]).toBe("2025-07-09T14:00:00+02:00");
  });
});

describe("a timeZone that is not a zone", () => {
  const payload = article({
    ...AUTHOR,
    datePublished: "2025-07-09 14:05",
    timeZone: "Mars/Base",
    events: [{ id: "event:e", name: "Visit", startDate: "2025-07-01 10:00" }],
  });

  test("its local times say that the zone they were to be read in is not one, beside timeZone's issue", () => {
    expect(
      validateArticle(payload).issues.map((issue) => [issue.pointer, issue.code, issue.message]),
    ).toEqual([
      [
        "/datePublished",
        "missing_zone",
        'Expected datePublished to be a date-time with an offset or a time zone, but found the local time "2025-07-09 14:05" and timeZone, the zone it was to be read in, is not a zone.',
      ],
      [
        "/timeZone",
        "invalid_zone",
        'Expected timeZone to be an IANA time zone such as "Asia/Baku" or an offset such as "+04:00", but found "Mars/Base".',
      ],
      [
        "/events/0/startDate",
        "missing_zone",
        'Expected events[0].startDate to be a date-time with an offset or a time zone, but found the local time "2025-07-01 10:00" and timeZone, the zone it was to be read in, is not a zone.',
      ],
    ]);
  });

  test("options.zone stands in for it: only timeZone's issue is left", () => {
    expect(validateArticle(payload, { zone: "Asia/Baku" }).issues.map((issue) => issue.pointer)).toEqual([
      "/timeZone",
    ]);
  });
});

describe("options.disambiguation resolves a gap", () => {
  const gap = article({
    ...AUTHOR,
    timeZone: "Asia/Baku",
    events: [{ id: "event:e", name: "Night session", startDate: "2015-03-29 04:30" }],
  });

  test("refused by default", () => {
    const result = validateArticle(gap);
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ["/events/0/startDate", "nonexistent_local_time"],
    ]);
  });

  test("refused with reject", () => {
    expect(validateArticle(gap, { disambiguation: "reject" }).ok).toBe(false);
  });

  test.each([
    { disambiguation: "earlier", text: "2015-03-29T03:30:00+04:00" },
    { disambiguation: "later", text: "2015-03-29T05:30:00+05:00" },
    { disambiguation: "compatible", text: "2015-03-29T05:30:00+05:00" },
  ] as const)("$disambiguation → $text", ({ disambiguation, text }) => {
    const start = valid(gap, { disambiguation }).events[0]?.startDate;
    expect(start && formatDateValue(start)).toBe(text);
  });

  // Baku kept local mean time (+03:19:24) until 1924: an offset with seconds.
  test.each(["reject", "earlier", "later", "compatible"] as const)(
    "a local time of 1923, when the zone's offset had seconds, reads alike with %s",
    (disambiguation) => {
      const old = article({
        ...AUTHOR,
        timeZone: "Asia/Baku",
        events: [{ id: "event:e", name: "Opening", startDate: "1923-05-01 12:00" }],
      });
      const start = valid(old, { disambiguation }).events[0]?.startDate;
      if (start === undefined || !isInstant(start)) throw new Error("Expected an instant");
      expect(start.toUTC().toISO()).toBe("1923-05-01T08:40:36.000Z");
      expect(start.zoneName).toBe("Asia/Baku");
    },
  );

  test("an overlap too: earlier and later are an hour apart", () => {
    const overlap = article({ ...AUTHOR, timeZone: "Asia/Baku", datePublished: "2015-10-25 04:30" });
    expect(validateArticle(overlap).issues.map((issue) => issue.code)).toEqual(["ambiguous_local_time"]);
    expect(formatDateValue(valid(overlap, { disambiguation: "earlier" }).datePublished)).toBe(
      "2015-10-25T04:30:00+05:00",
    );
    expect(formatDateValue(valid(overlap, { disambiguation: "later" }).datePublished)).toBe(
      "2015-10-25T04:30:00+04:00",
    );
  });
});
