/**
 * The model types users see: what `z.infer` makes of each schema, what the payload types (`z.input`)
 * accept, and what the validators return.
 */
import type { DateTime } from "luxon";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import {
  type Address,
  type Article,
  type ArticlePayload,
  type ArticleValidationError,
  type DateIssueCode,
  type EntityPayload,
  type Event,
  type EventKind,
  type EventStatus,
  type GeoPoint,
  type GoogleArticleWarning,
  type GoogleIssueCode,
  type Image,
  type IssueCode,
  type IssueSeverity,
  type JsonLdDocument,
  type JsonLdGraph,
  type JsonLdNestedArticle,
  type JsonLdNode,
  type Location,
  type LocationKind,
  type Organization,
  type OrganizationKind,
  type PartialDate,
  type PayloadPath,
  type Person,
  parseArticle,
  parseEvent,
  parseImage,
  parseLocation,
  parseOrganization,
  parsePerson,
  parseQuote,
  type Quote,
  type QuoteKind,
  type ReadingIssueCode,
  serializeArticle,
  toJsonLd,
  type ValidationIssue,
  type ValidationIssueCode,
  type ValidationResult,
  validateArticle,
} from "../../src/index.js";

test("Article: dates are luxon DateTimes, the publication date required", () => {
  expectTypeOf<Article["datePublished"]>().toEqualTypeOf<DateTime>();
  expectTypeOf<Article["dateModified"]>().toEqualTypeOf<DateTime | undefined>();
  expectTypeOf<Article["dateCreated"]>().toEqualTypeOf<DateTime | undefined>();
  expectTypeOf<Pick<Article, "datePublished">>().toEqualTypeOf<{ datePublished: DateTime }>();
});

test("Article: references are ids (strings)", () => {
  expectTypeOf<Article["authors"]>().toEqualTypeOf<string[]>();
  expectTypeOf<Article["publisher"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Article["about"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Article["contentLocation"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Article["locationCreated"]>().toEqualTypeOf<string | undefined>();
});

test("Article: body and registries are always there in the model (they default to [])", () => {
  expectTypeOf<Pick<Article, "body" | "people" | "quotes">>().toEqualTypeOf<{
    body: string[];
    people: Person[];
    quotes: Quote[];
  }>();
  expectTypeOf<Article["organizations"]>().toEqualTypeOf<Organization[]>();
  expectTypeOf<Article["locations"]>().toEqualTypeOf<Location[]>();
  expectTypeOf<Article["events"]>().toEqualTypeOf<Event[]>();
  expectTypeOf<Article["images"]>().toEqualTypeOf<Image[]>();
});

test("Article: text fields are strings; the headline is required, the rest optional", () => {
  expectTypeOf<Article["headline"]>().toEqualTypeOf<string>();
  expectTypeOf<Article["url"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Article["language"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Article["dateline"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Article["timeZone"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Article["isAccessibleForFree"]>().toEqualTypeOf<boolean | undefined>();
});

test("Article payload (z.input): dates are strings, registries optional", () => {
  type Payload = z.input<typeof Article>;
  expectTypeOf<Payload["datePublished"]>().toEqualTypeOf<string>();
  expectTypeOf<Payload["dateModified"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Payload["authors"]>().toEqualTypeOf<string[]>();
  expectTypeOf<Payload["body"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Payload["people"]>().toEqualTypeOf<z.input<typeof Person>[] | undefined>();
  expectTypeOf<Payload>().not.toEqualTypeOf<Article>();
});

test("Person: name required, every other field optional, affiliation an id", () => {
  expectTypeOf<Person["id"]>().toEqualTypeOf<string>();
  expectTypeOf<Person["name"]>().toEqualTypeOf<string>();
  expectTypeOf<Person["jobTitle"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Person["affiliation"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Person["alternateNames"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Person["sameAs"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<{ id: string; name: string }>().toExtend<Person>();
  expectTypeOf<{ id: string }>().not.toExtend<Person>();
});

test("Organization: kind is the union of kinds", () => {
  expectTypeOf<OrganizationKind>().toEqualTypeOf<
    | "news-media"
    | "government"
    | "university"
    | "school"
    | "armed-forces"
    | "political-party"
    | "ngo"
    | "corporation"
    | "other"
  >();
  expectTypeOf<Organization["kind"]>().toEqualTypeOf<OrganizationKind | undefined>();
  expectTypeOf<Organization["parentOrganization"]>().toEqualTypeOf<string | undefined>();
});

test("Location: geo is a point or undefined, address country a string, containedIn an id", () => {
  expectTypeOf<Location["geo"]>().toEqualTypeOf<{ latitude: number; longitude: number } | undefined>();
  expectTypeOf<GeoPoint>().toEqualTypeOf<{ latitude: number; longitude: number }>();
  expectTypeOf<Location["address"]>().toEqualTypeOf<Address | undefined>();
  expectTypeOf<Address["country"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Location["timeZone"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Location["containedIn"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Location["kind"]>().toEqualTypeOf<LocationKind | undefined>();
  expectTypeOf<LocationKind>().toEqualTypeOf<
    "country" | "administrative-area" | "city" | "campus" | "venue" | "landmark" | "place"
  >();
});

test("Event: dates are a DateTime, a partial date or nothing", () => {
  expectTypeOf<Event["startDate"]>().toEqualTypeOf<DateTime | PartialDate | undefined>();
  expectTypeOf<Event["endDate"]>().toEqualTypeOf<DateTime | PartialDate | undefined>();
  expectTypeOf<z.input<typeof Event>["startDate"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Event["partOf"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Event["participants"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Event["kind"]>().toEqualTypeOf<EventKind | undefined>();
  expectTypeOf<Event["status"]>().toEqualTypeOf<EventStatus | undefined>();
  expectTypeOf<EventStatus>().toEqualTypeOf<
    "scheduled" | "cancelled" | "postponed" | "rescheduled" | "moved-online"
  >();
});

test("PartialDate narrows on precision", () => {
  expectTypeOf<Extract<PartialDate, { precision: "year" }>>().toEqualTypeOf<{
    readonly precision: "year";
    readonly year: number;
  }>();
  expectTypeOf<PartialDate["precision"]>().toEqualTypeOf<"year" | "month" | "day">();
});

test("Quote: kind is direct or paraphrase, and always there in the model", () => {
  expectTypeOf<QuoteKind>().toEqualTypeOf<"direct" | "paraphrase">();
  expectTypeOf<Quote["kind"]>().toEqualTypeOf<"direct" | "paraphrase">();
  expectTypeOf<Pick<Quote, "kind">>().toEqualTypeOf<{ kind: "direct" | "paraphrase" }>();
  expectTypeOf<z.input<typeof Quote>["kind"]>().toEqualTypeOf<"direct" | "paraphrase" | undefined>();
});

test("Quote: speaker required, paragraph a number, date a DateTime or partial date", () => {
  expectTypeOf<Pick<Quote, "speaker" | "text">>().toEqualTypeOf<{ speaker: string; text: string }>();
  expectTypeOf<Quote["paragraph"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<Quote["event"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Quote["date"]>().toEqualTypeOf<DateTime | PartialDate | undefined>();
});

test("Image: url required, sizes numbers", () => {
  expectTypeOf<Image["url"]>().toEqualTypeOf<string>();
  expectTypeOf<Image["width"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<Image["encodingFormat"]>().toEqualTypeOf<string | undefined>();
});

test("parseArticle takes anything and returns an Article", () => {
  expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
});

test("the parse… functions for single entities return their models", () => {
  expectTypeOf(parsePerson).returns.toEqualTypeOf<Person>();
  expectTypeOf(parseOrganization).returns.toEqualTypeOf<Organization>();
  expectTypeOf(parseLocation).returns.toEqualTypeOf<Location>();
  expectTypeOf(parseEvent).returns.toEqualTypeOf<Event>();
  expectTypeOf(parseQuote).returns.toEqualTypeOf<Quote>();
  expectTypeOf(parseImage).returns.toEqualTypeOf<Image>();
});

test("serializeArticle takes an Article and gives a payload", () => {
  expectTypeOf(serializeArticle).parameter(0).toEqualTypeOf<Article>();
  expectTypeOf(serializeArticle).returns.toEqualTypeOf<z.input<typeof Article>>();
});

test("validateArticle returns a ValidationResult that narrows on ok", () => {
  expectTypeOf(validateArticle).returns.toEqualTypeOf<ValidationResult<Article>>();
  const result = validateArticle({});
  if (result.ok) {
    expectTypeOf(result.value).toEqualTypeOf<Article>();
    expectTypeOf(result.issues).toEqualTypeOf<readonly []>();
  } else {
    expectTypeOf(result.value).toEqualTypeOf<undefined>();
    expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue<ValidationIssueCode>[]>();
  }
  expectTypeOf(result.warnings).toEqualTypeOf<readonly ValidationIssue<ValidationIssueCode>[]>();
  expectTypeOf(result.ok).toEqualTypeOf<boolean>();
});

test("IssueCode: the validation and reading codes; Google's warnings have codes of their own", () => {
  expectTypeOf<IssueCode>().toEqualTypeOf<ValidationIssueCode | ReadingIssueCode>();
  expectTypeOf<GoogleArticleWarning["code"]>().toEqualTypeOf<GoogleIssueCode>();
  expectTypeOf<DateIssueCode>().toExtend<ValidationIssueCode>();
  expectTypeOf<
    "unresolved_reference" | "misquote" | "unknown_key" | "too_deep"
  >().toExtend<ValidationIssueCode>();
  expectTypeOf<"unreadable_value" | "html_stripped" | "no_json_ld">().toExtend<ReadingIssueCode>();
  expectTypeOf<"missing_headline" | "long_headline">().toExtend<GoogleIssueCode>();
  expectTypeOf<"unreadable_value">().not.toExtend<ValidationIssueCode>();
  expectTypeOf<"x">().not.toExtend<IssueCode>();
  // What validateArticle gives goes straight into a switch over the validation codes.
  const first = validateArticle({}).issues[0];
  if (first !== undefined) expectTypeOf(first.code).toEqualTypeOf<ValidationIssueCode>();
  // A switch over the validation codes can be checked for exhaustiveness.
  const advice = (code: ValidationIssueCode): string => {
    switch (code) {
      case "missing_zone":
        return "zone";
      case "unknown_key":
        return "remove";
      default:
        return code;
    }
  };
  expectTypeOf(advice).returns.toEqualTypeOf<string>();
});

test("ValidationIssue: path, pointer, code, message, severity", () => {
  expectTypeOf<ValidationIssue["path"]>().toEqualTypeOf<PayloadPath>();
  expectTypeOf<PayloadPath>().toEqualTypeOf<readonly (string | number)[]>();
  expectTypeOf<ValidationIssue["pointer"]>().toEqualTypeOf<string>();
  expectTypeOf<ValidationIssue["code"]>().toEqualTypeOf<IssueCode>();
  expectTypeOf<ValidationIssue["message"]>().toEqualTypeOf<string>();
  expectTypeOf<ValidationIssue["severity"]>().toEqualTypeOf<IssueSeverity>();
  expectTypeOf<IssueSeverity>().toEqualTypeOf<"error" | "warning">();
  expectTypeOf<keyof ValidationIssue>().toEqualTypeOf<"path" | "pointer" | "code" | "message" | "severity">();
});

test("ArticleValidationError is an Error with every issue and warning", () => {
  expectTypeOf<ArticleValidationError>().toExtend<Error>();
  expectTypeOf<ArticleValidationError["issues"]>().toEqualTypeOf<
    readonly ValidationIssue<ValidationIssueCode>[]
  >();
  expectTypeOf<ArticleValidationError["warnings"]>().toEqualTypeOf<
    readonly ValidationIssue<ValidationIssueCode>[]
  >();
});

test("ArticlePayload takes entities inline and entities without ids, as validateArticle does", () => {
  const payload: ArticlePayload = {
    headline: "Diplomats visit Khankendi",
    datePublished: "2025-07-09T14:05:00+04:00",
    authors: [{ name: "Qabil Ashirov" }, "person:elnur-mammadov"],
    publisher: { name: "News Example", kind: "news-media" },
    mentions: [{ type: "place", name: "Khankendi", containedIn: { name: "Azerbaijan", kind: "country" } }],
    people: [{ name: "Elnur Mammadov", id: "person:elnur-mammadov", affiliation: { name: "MFA" } }],
    quotes: [{ text: "Words", speaker: { type: "person", name: "Sabuhi Gahramanov" } }],
    events: [
      {
        name: "Visit",
        location: { name: "Khankendi" },
        participants: [{ type: "organization", name: "MFA" }],
      },
    ],
  };
  expectTypeOf(payload).toMatchTypeOf<ArticlePayload>();
  // What serializeArticle writes (the normal form) is a payload too.
  expectTypeOf<z.input<typeof Article>>().toMatchTypeOf<ArticlePayload>();
  expectTypeOf<EntityPayload<"person">["id"]>().toEqualTypeOf<string | undefined>();
  // In about and mentions an inline entity says what it is; among authors a person is meant.
  // @ts-expect-error: no type
  const untyped: ArticlePayload = { ...payload, mentions: [{ name: "Khankendi" }] };
  // @ts-expect-error: an event cannot be an author
  const wrongKind: ArticlePayload = { ...payload, authors: [{ type: "event", name: "Visit" }] };
  // @ts-expect-error: the headline is still required
  const noHeadline: ArticlePayload = { datePublished: "2025-07-09T14:05:00+04:00", authors: [] };
  expectTypeOf([untyped, wrongKind, noHeadline]).toBeArray();
});

test("toJsonLd is typed by its graph option: the @graph form by default, the nested node with graph: false", () => {
  const article = parseArticle({});
  expectTypeOf(toJsonLd(article)).toEqualTypeOf<JsonLdGraph>();
  expectTypeOf(toJsonLd(article, { body: false })).toEqualTypeOf<JsonLdGraph>();
  expectTypeOf(toJsonLd(article, { graph: true })).toEqualTypeOf<JsonLdGraph>();
  expectTypeOf(toJsonLd(article, { graph: false })).toEqualTypeOf<JsonLdNestedArticle>();
  const graph: boolean = Math.random() > 0.5;
  expectTypeOf(toJsonLd(article, { graph })).toEqualTypeOf<JsonLdDocument>();
  // The article's node is always there (strict index checks need no `?.`).
  expectTypeOf(toJsonLd(article)["@graph"][0]).toEqualTypeOf<JsonLdNode>();
  expectTypeOf(toJsonLd(article, { graph: false })["@type"]).toEqualTypeOf<string | undefined>();
});
