/**
 * zod's answer for a whole article, found a piece at a time: each of the article's own fields, and
 * each registry entity, is read by the compiled reader first, so that zod parses only the fields and
 * entities that fail (to word their issues). Pieces are taken in the order of the schema's fields,
 * as zod's object takes them, and the registries are the article's last fields, so the issues come in
 * the order zod gives them for the whole article, and so do the keys of the result.
 */
import * as z from "zod";
import { Article } from "../models/article.js";
import { REGISTRY_OF, type RegistryName } from "../models/references.js";
import { compileFieldReader, compileReader, type Reader, ReadState, SLOW } from "./compiled-reader.js";

/**
 * What zod's parse gives back a failure in: the issues, as `safeParse`'s `ZodError` holds them, and
 * nothing else. (Only the issues are used, and a `ZodError` is an `Error`, which takes a stack
 * trace as it is made: about a third of the cost of a field that fails.)
 */
class ParseIssues {
  constructor(readonly issues: z.core.$ZodIssue[]) {}
}

/** zod's `safeParse`, its failures holding {@link ParseIssues}; the issues are the same. */
const safeParse = z.core._safeParse(ParseIssues as unknown as z.core.$ZodErrorClass);

/** zod's issues for a value, with the input reported (as messages quote it), or the decoded value. */
function parseWithIssues(
  schema: z.ZodType,
  value: unknown,
): { success: true; data: unknown } | { success: false; issues: z.core.$ZodIssue[] } {
  const parsed = safeParse(schema, value, { reportInput: true });
  return parsed.success ? parsed : { success: false, issues: parsed.error.issues };
}

/** What {@link parseArticlePiecewise} gives: zod's `safeParse` result, reduced to what is used. */
export type PiecewiseResult =
  | { readonly success: true; readonly data: Article }
  | {
      readonly success: false;
      readonly issues: z.core.$ZodIssue[];
      /** The events, each decoded or `undefined` when it has issues (for the date cross-checks). */
      readonly events?: readonly (Article["events"][number] | undefined)[];
    };

/** One registry: its schema, and the reader and schema of one of its entities. */
interface RegistryParts {
  readonly name: RegistryName;
  readonly schema: z.ZodType;
  readonly maximum: number;
  readonly entity: z.ZodType;
  readonly read: Reader;
}

/** One of the article's own fields: its schema, and a reader of a value given for it. */
interface FieldParts {
  readonly key: string;
  readonly schema: z.ZodType;
  /** Reads a value that is given (not `undefined`); an optional or default field's inner schema. */
  readonly read: Reader;
  /** Whether zod leaves the field out when its key is absent, issues and all (`optout`). */
  readonly optionalOut: boolean;
}

/** The article's own fields and the registries' parts; made on first use. */
let parts:
  | { readonly fields: readonly FieldParts[]; readonly registries: readonly RegistryParts[] }
  | undefined;

function fieldParts(key: string): FieldParts {
  const schema = Article.shape[key as keyof typeof Article.shape] as z.ZodType;
  const read = readerOf(schema, compileFieldReader);
  return { key, schema, read, optionalOut: schema._zod.optout === "optional" };
}

function registryParts(name: RegistryName): RegistryParts {
  const schema = Article.shape[name] as z.ZodType;
  const list = (schema as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap();
  // The list's most items: the smallest of its `max` checks.
  const maximum = Math.min(
    ...(list._zod.def.checks ?? []).map((check) => {
      const definition = check._zod.def as { check: string; maximum?: number };
      return definition.check === "max_length"
        ? (definition.maximum ?? Number.POSITIVE_INFINITY)
        : Number.POSITIVE_INFINITY;
    }),
  );
  const entity = list.element;
  return { name, schema, maximum, entity, read: readerOf(entity) };
}

/** A compiled reader, or one that always leaves the work to zod when the schema cannot be compiled. */
function readerOf(schema: z.ZodType, compile: (schema: z.ZodType) => Reader = compileReader): Reader {
  try {
    return compile(schema);
  } catch {
    return () => SLOW;
  }
}

function partsOfArticle() {
  if (parts === undefined) {
    const names = Object.values(REGISTRY_OF);
    const shapeKeys = Object.keys(Article.shape);
    // The registries must be the article's last fields, for zod's order of issues and keys.
    if (shapeKeys.slice(-names.length).join() !== names.join()) throw new Error("registries out of place");
    const own = shapeKeys.slice(0, -names.length);
    parts = { fields: own.map(fieldParts), registries: names.map(registryParts) };
  }
  return parts;
}

/**
 * Reads one of the article's own fields into `data`, as zod's object does: the compiled reader
 * first, zod for a value it does not simply accept (or for no value) to word the issues, which get
 * the field's key in front of their paths.
 */
function fieldIssues(
  field: FieldParts,
  record: Record<string, unknown>,
  plainData: boolean,
  data: Record<string, unknown>,
  issues: z.core.$ZodIssue[],
): void {
  const { key } = field;
  const value = record[key];
  if (value !== undefined) {
    const fast = field.read(value, new ReadState(plainData));
    if (fast !== SLOW) {
      data[key] = fast;
      return;
    }
  }
  const present = key in record;
  const parsed = parseWithIssues(field.schema, value);
  if (parsed.success) {
    if (parsed.data !== undefined) data[key] = parsed.data;
    else if (present) data[key] = undefined;
    return;
  }
  if (field.optionalOut && !present) return;
  for (const issue of parsed.issues) issues.push({ ...issue, path: [key, ...issue.path] });
}

/** The issues of one entity, with paths from the article. */
function entityIssues(
  registry: RegistryParts,
  item: unknown,
  index: number,
  plainData: boolean,
): { value?: unknown; issues: z.core.$ZodIssue[] } {
  const fast = registry.read(item, new ReadState(plainData));
  if (fast !== SLOW) return { value: fast, issues: [] };
  const parsed = parseWithIssues(registry.entity, item);
  if (parsed.success) return { value: parsed.data, issues: [] };
  const prefix = [registry.name, index];
  return { issues: parsed.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) };
}

/**
 * `Article.safeParse(payload, { reportInput: true })`, the same answer at less cost when most of the
 * article is valid.
 *
 * @param payload - A normalised article payload, local times given their zones.
 * @param plainData - `true` when the payload is known to be plain data (see `ReadState.plainData`).
 * @returns The article, or every issue zod finds, in zod's order.
 */
export function parseArticlePiecewise(payload: unknown, plainData = false): PiecewiseResult {
  const { fields, registries } = partsOfArticle();
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return whole(payload);
  const record = payload as Record<string, unknown>;
  const issues: z.core.$ZodIssue[] = [];
  const data: Record<string, unknown> = {};
  for (const field of fields) fieldIssues(field, record, plainData, data, issues);
  for (const registry of registries) {
    const value = record[registry.name];
    if (!Array.isArray(value) || value.length > registry.maximum) {
      const parsed = parseWithIssues(registry.schema, value);
      if (parsed.success) data[registry.name] = parsed.data;
      else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: [registry.name, ...issue.path] })));
      continue;
    }
    const entities: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const result = entityIssues(registry, value[index], index, plainData);
      entities.push(result.value);
      issues.push(...result.issues);
    }
    data[registry.name] = entities;
  }
  if (issues.length === 0) return { success: true, data: data as Article };
  const events = data.events as (Article["events"][number] | undefined)[] | undefined;
  return events === undefined ? { success: false, issues } : { success: false, issues, events };
}

/** zod on the whole article (for a payload that is not even an object). */
function whole(payload: unknown): PiecewiseResult {
  const parsed = parseWithIssues(Article, payload);
  return parsed.success ? { success: true, data: parsed.data as Article } : parsed;
}
