/**
 * `npm start`: the library on the founding article (see examples/README.md): the validation result of
 * examples/khankendi-visit.json, what the model holds, and its JSON-LD (without the article body, to
 * keep it readable; examples/khankendi-visit.jsonld has it all).
 */
import { readFileSync } from "node:fs";
import {
  checkGoogleArticle,
  formatDateTime,
  formatDisplay,
  formatIssues,
  isInstant,
  toJsonLd,
  validateArticle,
} from "newsmodel";

const payload: unknown = JSON.parse(readFileSync(new URL("./khankendi-visit.json", import.meta.url), "utf8"));
const result = validateArticle(payload);

if (!result.ok) {
  console.log("examples/khankendi-visit.json is NOT valid:");
  console.log(formatIssues([...result.issues, ...result.warnings]));
  process.exit(1);
}
const article = result.value;
console.log(`examples/khankendi-visit.json is valid (${result.warnings.length} warnings).`);
console.log();
console.log(`headline       ${article.headline}`);
console.log(`date line      ${article.dateline ?? ""}`);
console.log(`datePublished  ${formatDateTime(article.datePublished)}`);
console.log(`for readers    ${formatDisplay(article.datePublished, { locale: "en-GB" })}`);
const names = new Map(
  [...article.people, ...article.organizations].map((entity) => [entity.id, entity.name]),
);
console.log(`by             ${article.authors.map((id) => names.get(id)).join(", ")}`);
for (const person of article.people.filter((p) => p.jobTitle !== undefined)) {
  console.log(`official       ${person.name}, ${person.jobTitle} (${names.get(person.affiliation ?? "")})`);
}
console.log();
const byId = new Map(article.events.map((event) => [event.id, event]));
for (const event of article.events) {
  const when =
    event.startDate === undefined
      ? ""
      : ` [${isInstant(event.startDate) ? formatDateTime(event.startDate) : formatDisplay(event.startDate, { locale: "en-GB" })}]`;
  const part = event.partOf === undefined ? "" : ` (part of: ${byId.get(event.partOf)?.name})`;
  console.log(`event          ${event.name}${when}${part}`);
}
console.log();
const places = new Map(article.locations.map((place) => [place.id, place]));
for (const place of article.locations) {
  const chain = [place.name];
  for (let up = place.containedIn; up !== undefined; up = places.get(up)?.containedIn)
    chain.push(places.get(up)?.name ?? up);
  console.log(`place          ${chain.join(" ⊂ ")}`);
}
console.log();
for (const quote of article.quotes.filter((q) => q.kind === "direct")) {
  console.log(`quote          ${names.get(quote.speaker)}: “${quote.text.slice(0, 70)}…”`);
}
console.log();
const warnings = checkGoogleArticle(article);
console.log(
  `Google's Article guidelines: ${warnings.map((warning) => warning.code).join(", ") || "no warnings"}`,
);
console.log();
console.log(JSON.stringify(toJsonLd(article, { body: false }), null, 2));
