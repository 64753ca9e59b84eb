/**
 * zod's answer for a whole article, found a piece at a time: the article's own fields are parsed by
 * zod, and each registry entity by the compiled reader first, so that zod parses only the entities
 * that fail (to word their issues). The registries are the last fields of the article, so the issues
 * come in the order zod gives them for the whole article, and so do the keys of the result.
 */
import type * as z from "zod";
import { Article } from "../models/article.js";
import { REGISTRY_OF, type RegistryName } from "../models/references.js";
import { compileReader, type Reader, ReadState, SLOW } from "./compiled-reader.js";

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

/** The article without its registries, and the registries' parts; made on first use. */
let parts: { readonly top: z.ZodType; readonly registries: readonly RegistryParts[] } | undefined;

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
function readerOf(schema: z.ZodType): Reader {
  try {
    return compileReader(schema);
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
    const omitted = Object.fromEntries(names.map((name) => [name, true])) as Record<RegistryName, true>;
    parts = { top: Article.omit(omitted), registries: names.map(registryParts) };
  }
  return parts;
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
  const parsed = registry.entity.safeParse(item, { reportInput: true });
  if (parsed.success) return { value: parsed.data, issues: [] };
  const prefix = [registry.name, index];
  return { issues: parsed.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) };
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
  const { top, registries } = partsOfArticle();
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return whole(payload);
  const record = payload as Record<string, unknown>;
  const topParsed = top.safeParse(payload, { reportInput: true });
  const issues: z.core.$ZodIssue[] = topParsed.success ? [] : [...topParsed.error.issues];
  const data: Record<string, unknown> = topParsed.success ? { ...(topParsed.data as object) } : {};
  for (const registry of registries) {
    const value = record[registry.name];
    if (!Array.isArray(value) || value.length > registry.maximum) {
      const parsed = registry.schema.safeParse(value, { reportInput: true });
      if (parsed.success) data[registry.name] = parsed.data;
      else
        issues.push(
          ...parsed.error.issues.map((issue) => ({ ...issue, path: [registry.name, ...issue.path] })),
        );
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
  const parsed = Article.safeParse(payload, { reportInput: true });
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues };
}
