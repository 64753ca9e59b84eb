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
  formatOffsetForPeople,
  formatRelative,
} from "./dates/display.js";
export { formatDateTime, formatDateValue, isValidDateTime } from "./dates/format.js";
export { type DateIssue, type DateIssueCode, type DateResult, MAX_DATE_TEXT_LENGTH } from "./dates/issues.js";
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
export {
  canonicalZoneName,
  MAX_OFFSET_MINUTES,
  MIN_OFFSET_MINUTES,
  parseZone,
  zoneName,
} from "./dates/zones.js";
