/**
 * newsmodel: typed, validated, timezone-honest models for news articles, and their schema.org
 * `NewsArticle` JSON-LD.
 *
 * Every public name is exported here, by name, grouped by area.
 *
 * @packageDocumentation
 */

// Dates: reading, zones, partial dates, writing, codecs.
export { dateTimeCodec, dateValueCodec, partialDateCodec, timeZoneCodec } from "./dates/codecs.js";
export {
  type FormatDisplayOptions,
  type FormatRelativeOptions,
  formatDisplay,
  formatRelative,
} from "./dates/display.js";
export { formatDateTime, formatDateValue, isValidDateTime } from "./dates/format.js";
export type { DateIssue, DateIssueCode, DateResult } from "./dates/issues.js";
export type { Disambiguation } from "./dates/local.js";
export {
  type DateValue,
  isInstant,
  type ParseDateTimeOptions,
  parseDateTime,
  parseDateValue,
} from "./dates/parse.js";
export {
  type DatePrecision,
  formatPartialDate,
  isPartialDate,
  type PartialDate,
  parsePartialDate,
} from "./dates/partial.js";
export { parseZone, zoneName } from "./dates/zones.js";
// JSON-LD in: reading what pages publish.
export {
  type ExtractJsonLdOptions,
  type ExtractJsonLdResult,
  extractJsonLd,
  type JsonLdBlock,
} from "./jsonld/extract.js";
export {
  type FromJsonLdOptions,
  type FromJsonLdResult,
  fromJsonLd,
} from "./jsonld/from-jsonld.js";
// JSON-LD out: schema.org NewsArticle, safe embedding, Google's guidelines.
export { checkGoogleArticle, type GoogleArticleWarning, type GoogleIssueCode } from "./jsonld/google.js";
export type { JsonRepair } from "./jsonld/repair.js";
export { stringifyForScript, type ToJsonLdScriptOptions, toJsonLdScript } from "./jsonld/script.js";
export { type ToJsonLdOptions, toJsonLd } from "./jsonld/to-jsonld.js";
export type {
  JsonLdDocument,
  JsonLdGraph,
  JsonLdNestedArticle,
  JsonLdNode,
  JsonLdValue,
} from "./jsonld/types.js";
// Models: each a zod schema with its inferred type under the same name.
export { Article } from "./models/article.js";
export { AttendanceMode, Event, EventKind, EventStatus } from "./models/event.js";
export { Image } from "./models/image.js";
export { Address, GeoPoint, Location, LocationKind } from "./models/location.js";
export { Organization, OrganizationKind } from "./models/organization.js";
export type { ArticlePayload, EntityPayload } from "./models/payload.js";
export { Person } from "./models/person.js";
export { Quote, QuoteKind } from "./models/quote.js";
export type { EntityKind, PayloadPath } from "./models/references.js";
// JSON Schema: the payload for users outside TypeScript.
export { articleJsonSchema, type JsonSchema } from "./schema/article-json-schema.js";
// Validation: whole articles, single entities, issues and how they read.
export {
  parseArticle,
  serializeArticle,
  type ValidateArticleOptions,
  validateArticle,
} from "./validate/article.js";
export {
  parseEvent,
  parseImage,
  parseLocation,
  parseOrganization,
  parsePerson,
  parseQuote,
  validateEntity,
} from "./validate/entities.js";
export { ArticleValidationError } from "./validate/error.js";
export type { JsonLimits } from "./validate/guard.js";
export {
  formatIssue,
  formatIssues,
  type IssueCode,
  type IssueSeverity,
  type PayloadCheckCode,
  type ReadingIssueCode,
  type ValidationIssue,
  type ValidationIssueCode,
} from "./validate/issues.js";
export { parseArticleJson, validateArticleJson } from "./validate/json-text.js";
export type { LocalTimeOptions } from "./validate/local-times.js";
export type { ValidationResult } from "./validate/result.js";
