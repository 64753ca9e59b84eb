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
