/**
 * The schema of each kind of entity, for code that handles every kind alike.
 */
import { Event } from "./event.js";
import { Image } from "./image.js";
import { Location } from "./location.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";

/** The zod schema of each kind of entity. */
export const ENTITY_SCHEMAS = {
  person: Person,
  organization: Organization,
  location: Location,
  event: Event,
  quote: Quote,
  image: Image,
} as const;
