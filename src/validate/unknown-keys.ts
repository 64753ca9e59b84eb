/**
 * Keys a payload has that the model does not: reported as warnings, and dropped (the schemas keep
 * only the keys they know, so nothing unknown is copied through).
 */
import type * as z from "zod";
import { isPlainObject, type PayloadPath } from "../models/references.js";
import { fieldName, issueAt, quoteKey, type ValidationIssue } from "./issues.js";

const shapes = new WeakMap<z.core.$ZodType, Readonly<Record<string, z.core.$ZodType>> | null>();

/** The object schema a value is checked with (cached per schema). */
function objectShape(schema: z.core.$ZodType): Readonly<Record<string, z.core.$ZodType>> | undefined {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = findObjectShape(schema) ?? null;
    shapes.set(schema, shape);
  }
  return shape ?? undefined;
}

/** The object schema a value is checked with, looking through optional, default and codec wrappers. */
function findObjectShape(schema: z.core.$ZodType): Readonly<Record<string, z.core.$ZodType>> | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "object":
      return def.shape as Record<string, z.core.$ZodType>;
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return findObjectShape(def.innerType as z.core.$ZodType);
    default:
      return undefined;
  }
}

const elements = new WeakMap<z.core.$ZodType, z.core.$ZodType | null>();

/** The element schema of a list schema (cached per schema). */
function elementSchema(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  let element = elements.get(schema);
  if (element === undefined) {
    element = findElementSchema(schema) ?? null;
    elements.set(schema, element);
  }
  return element ?? undefined;
}

/** The element schema of a list schema, looking through wrappers. */
function findElementSchema(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "array":
      return def.element as z.core.$ZodType;
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return findElementSchema(def.innerType as z.core.$ZodType);
    default:
      return undefined;
  }
}

/**
 * Warns about every key a value has that its schema does not know, at any depth. `mapPath` moves
 * paths back to where the caller's payload had the value.
 */
export function unknownKeyWarnings(
  schema: z.core.$ZodType,
  value: unknown,
  mapPath: (path: PayloadPath) => PayloadPath,
  root = "the article",
): ValidationIssue<"unknown_key">[] {
  const out: ValidationIssue<"unknown_key">[] = [];
  collectUnknownKeys(schema, value, { mapPath, root, path: [], out });
  return out;
}

/** What one walk for unknown keys shares: where it is (a path it adds to and takes from), and what it found. */
interface UnknownKeyWalk {
  readonly mapPath: (path: PayloadPath) => PayloadPath;
  readonly root: string;
  readonly path: (string | number)[];
  readonly out: ValidationIssue<"unknown_key">[];
}

/** Adds the warnings for one value and what it holds; the path is copied only for a warning. */
function collectUnknownKeys(schema: z.core.$ZodType, value: unknown, walk: UnknownKeyWalk): void {
  if (typeof value !== "object" || value === null) return;
  const { path } = walk;
  const shape = objectShape(schema);
  if (shape !== undefined && isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (child === undefined) {
        const where = walk.mapPath([...path, key]);
        const owner = fieldName(where.slice(0, -1), walk.root);
        walk.out.push(
          issueAt(
            where,
            "unknown_key",
            `Expected only known fields in ${owner}, but found ${quoteKey(key)}; it was dropped.`,
            "warning",
          ),
        );
      } else {
        const item: unknown = value[key];
        // Only objects and lists can hold keys.
        if (typeof item === "object" && item !== null) {
          path.push(key);
          collectUnknownKeys(child, item, walk);
          path.pop();
        }
      }
    }
    return;
  }
  const element = elementSchema(schema);
  if (element !== undefined && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === "object" && item !== null) {
        path.push(index);
        collectUnknownKeys(element, item, walk);
        path.pop();
      }
    }
  }
}
