/**
 * `npm start`: the library on the founding article (examples/README.md says where it comes from).
 * For now it reads the article's date line; the models and JSON-LD join as they land.
 */
import { formatDateTime, formatDisplay, formatRelative, parseDateTime, parsePartialDate } from "newsmodel";

const dateLine = "2025-07-09 9 July 2025 14:05 (UTC+04:00)";
const published = parseDateTime(dateLine);
if (!published.ok) {
  console.error(published.issue.message);
  process.exit(1);
}
console.log(`date line        ${dateLine}`);
console.log(`datePublished    ${formatDateTime(published.value)}`);
console.log(`for readers      ${formatDisplay(published.value, { locale: "en-GB" })}`);
console.log(`in Azerbaijani   ${formatDisplay(published.value, { locale: "az-Latn-AZ" })}`);
console.log(`in UTC           ${formatDisplay(published.value, { locale: "en-GB", zone: "UTC" })}`);
console.log(
  `3 hours later    ${formatRelative(published.value, { now: published.value.plus({ hours: 3 }), locale: "en" })}`,
);

const founded = parsePartialDate("1823");
console.log(`Khankendi founded ${founded.ok ? JSON.stringify(founded.value) : founded.issue.message}`);

const gap = parseDateTime("2015-03-29 04:30", { zone: "Asia/Baku" });
console.log(
  `a skipped hour   ${gap.ok ? formatDateTime(gap.value) : `${gap.issue.code}: ${gap.issue.message}`}`,
);
