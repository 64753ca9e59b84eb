/**
 * The first check any value from outside gets, before any other work: that it is plain JSON data
 * within limits. Iterative (a 200,000-deep nesting cannot overflow the stack), and it reads each
 * property's descriptor rather than the property, so a getter that throws never runs.
 */
import type { PayloadPath } from "../models/references.js";
import { fieldName, issueAt, type PayloadCheckCode, type ValidationIssue } from "./issues.js";

/** An issue of the payload check: its code is one of {@link PayloadCheckCode}. */
export type PayloadCheckIssue = ValidationIssue<PayloadCheckCode>;

/**
 * Limits on a value from outside, applied before any work is done.
 *
 * @example
 * ```ts
 * const limits: JsonLimits = { maxDepth: 32, maxSize: 1_000_000 };
 * validateArticle(payload, { limits });
 * validateArticle({ headline: [[["H"]]] }, { limits: { maxDepth: 2 } }).issues[0]?.code; //=> "too_deep"
 * ```
 */
export interface JsonLimits {
  /** How deep objects and lists may nest; default 64. */
  readonly maxDepth?: number;
  /** The most characters of text (strings and keys together); default 5,000,000 (about 5 MB). */
  readonly maxSize?: number;
  /** The most items in one list; default 100,000. */
  readonly maxItems?: number;
  /** The most keys in one object; default 10,000. */
  readonly maxKeys?: number;
}

/** The limits used when none are given. */
export const DEFAULT_LIMITS = {
  maxDepth: 64,
  maxSize: 5_000_000,
  maxItems: 100_000,
  maxKeys: 10_000,
} as const;

/** What a value is, in a few words, for messages (never its contents). */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
      ?.name;
    return typeof name === "string" && name !== "" ? `an instance of ${name}` : "an object";
  }
  return `a ${typeof value}`;
}

/**
 * The message for an object that is not plain data. A date (a `Date`, or a luxon `DateTime`, as in a
 * parsed article given back) gets a word on how dates are given instead.
 */
function notPlainMessage(where: string, value: object, prototype: unknown): string {
  const isDateTime = Object.getOwnPropertyDescriptor(value, "isLuxonDateTime")?.value === true;
  if (prototype === Date.prototype || isDateTime) {
    const found = isDateTime ? "a luxon DateTime" : "a Date";
    const again = isDateTime ? " (serializeArticle makes a parsed article a payload again)" : "";
    return `Expected ${where} to be JSON data, but found ${found}: dates are given as text, such as "2025-07-09T14:05:00+04:00"${again}.`;
  }
  return `Expected ${where} to be a plain object, but found ${kindOf(value)}.`;
}

/**
 * Checks that a value is plain JSON data (objects with `Object.prototype` or no prototype, lists,
 * strings, numbers, booleans, `null`) within the limits: no cycles, getters, `BigInt`s,
 * functions, class instances; not too deep, too large, too long or too wide. Returns the first
 * problem as an issue (`too_deep`, `too_large`, `cyclic`, `invalid_type`, `invalid_value`), or
 * `undefined` when the value is fine. A value that is not an object at all is left to the caller,
 * which knows what it expected. Never throws.
 */
export function checkJsonValue(
  value: unknown,
  limits: JsonLimits = {},
  root = "the payload",
): PayloadCheckIssue | undefined {
  return inspectJsonValue(value, limits, root).issue;
}

/** What {@link inspectJsonValue} found. */
export interface JsonInspection {
  /** The first problem, as {@link checkJsonValue} gives it; `undefined` when the value is fine. */
  readonly issue: PayloadCheckIssue | undefined;
  /**
   * Whether the value is plain data as `JSON.parse` makes it: it has no issue, and no object has a
   * key that is not enumerable or a key set to `undefined` (which {@link checkJsonValue} lets
   * through). Its readers may then
   * leave out their own checks for getters, prototypes and hidden keys (see `ReadState.plainData`).
   */
  readonly plain: boolean;
}

/** {@link checkJsonValue}, and whether the value is plain data (see {@link JsonInspection}). */
export function inspectJsonValue(value: unknown, limits: JsonLimits, root: string): JsonInspection {
  let plain = true;
  const issue = firstProblem(value, limits, root, () => {
    plain = false;
  });
  return { issue, plain: plain && issue === undefined };
}

/** A list or an object being looked through: its keys and values, and how far the look has come. */
interface Frame {
  readonly container: object;
  /** The keys of an object's values; `undefined` for a list (a value's key is its index). */
  readonly keys: readonly string[] | undefined;
  readonly values: readonly unknown[];
  /** The depth of the container's values. */
  readonly depth: number;
  next: number;
}

/** {@link checkJsonValue}'s work; `notPlain` is called on a key that is not enumerable or is `undefined`. */
function firstProblem(
  value: unknown,
  limits: JsonLimits,
  root: string,
  notPlain: () => void,
): PayloadCheckIssue | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const maxDepth = limits.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  const maxSize = limits.maxSize ?? DEFAULT_LIMITS.maxSize;
  const maxItems = limits.maxItems ?? DEFAULT_LIMITS.maxItems;
  const maxKeys = limits.maxKeys ?? DEFAULT_LIMITS.maxKeys;
  const onPath = new Set<object>();
  let size = 0;
  // Values are looked at in document order, from one frame a list or object (its values are read
  // when it is entered); the path of the value being looked at is kept in one list, and copied only
  // for an issue.
  const frames: Frame[] = [];
  const trail: (string | number)[] = [];
  const at = (path: PayloadPath) => fieldName(path, root);
  let currentDepth = 0;
  /** The path of the value being looked at: the first keys of the trail (made only for an issue). */
  const here = (): PayloadPath => trail.slice(0, currentDepth);
  /** The issue for a getter under the value being looked at (it is never run). */
  const getterAt = (key: string | number): PayloadCheckIssue => {
    const where = [...here(), key];
    return issueAt(where, "invalid_value", `Expected ${at(where)} to be data, but found a getter.`);
  };
  const tooMuchText = (): PayloadCheckIssue =>
    issueAt(
      here(),
      "too_large",
      `Expected ${root} to hold at most ${maxSize} characters of text, but ${at(here())} goes past that.`,
    );
  /** Looks at a list or an object (at `here()`, `depth` deep) and, if it is fine, starts its frame. */
  const enter = (current: object, depth: number): PayloadCheckIssue | undefined => {
    if (depth >= maxDepth) {
      return issueAt(
        here(),
        "too_deep",
        `Expected ${root} to nest at most ${maxDepth} levels deep, but ${at(here())} is deeper.`,
      );
    }
    if (onPath.has(current)) {
      return issueAt(here(), "cyclic", `Expected ${root} to be a tree, but ${at(here())} contains itself.`);
    }
    const prototype = Object.getPrototypeOf(current);
    if (Array.isArray(current)) {
      if (current.length > maxItems) {
        return issueAt(
          here(),
          "too_large",
          `Expected ${at(here())} to have at most ${maxItems} items, but found ${current.length}.`,
        );
      }
      // Every item's descriptor first, last first: a getter anywhere in the list is found before
      // what its items hold (and, of several, the last).
      const values: unknown[] = new Array(current.length);
      for (let index = current.length - 1; index >= 0; index--) {
        const descriptor = Object.getOwnPropertyDescriptor(current, index);
        if (descriptor !== undefined && !("value" in descriptor)) return getterAt(index);
        values[index] = descriptor?.value;
      }
      onPath.add(current);
      frames.push({ container: current, keys: undefined, values, depth: depth + 1, next: 0 });
      return undefined;
    }
    if (prototype !== Object.prototype && prototype !== null) {
      return issueAt(here(), "invalid_type", notPlainMessage(at(here()), current, prototype));
    }
    // Own keys, hidden ones too: a key that is not enumerable is passed over (JSON has none), and
    // only marks the value as not plain.
    const names = Object.getOwnPropertyNames(current);
    const keyCount = names.length > maxKeys ? Object.keys(current).length : names.length;
    if (keyCount > maxKeys) {
      return issueAt(
        here(),
        "too_large",
        `Expected ${at(here())} to have at most ${maxKeys} keys, but found ${keyCount}.`,
      );
    }
    // Descriptors are asked for in the keys' order (a proxy whose trap throws fails at its first
    // key), and then looked at last first: a getter is found before what the values hold (and, of
    // several, the last).
    const descriptors = names.map((key) => Object.getOwnPropertyDescriptor(current, key));
    const keys: string[] = [];
    const values: unknown[] = [];
    for (let index = names.length - 1; index >= 0; index--) {
      const key = names[index] as string;
      const descriptor = descriptors[index];
      if (descriptor?.enumerable === false) {
        notPlain();
        continue;
      }
      size += key.length;
      if (descriptor !== undefined && !("value" in descriptor)) return getterAt(key);
      keys.push(key);
      values.push(descriptor?.value);
    }
    if (size > maxSize) return tooMuchText();
    keys.reverse();
    values.reverse();
    onPath.add(current);
    frames.push({ container: current, keys, values, depth: depth + 1, next: 0 });
    return undefined;
  };
  try {
    const rootIssue = enter(value, 0);
    if (rootIssue !== undefined) return rootIssue;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame;
      if (frame.next >= frame.values.length) {
        frames.pop();
        onPath.delete(frame.container);
        continue;
      }
      const index = frame.next++;
      const current = frame.values[index];
      const key = frame.keys === undefined ? index : (frame.keys[index] as string);
      const depth = frame.depth;
      trail[depth - 1] = key;
      currentDepth = depth;
      switch (typeof current) {
        case "string":
          size += current.length;
          if (size > maxSize) return tooMuchText();
          continue;
        case "number":
          // A number that is not finite (JSON.parse reads 1e400 as Infinity) is data like any other:
          // the schema reports it where a number belongs, with the payload's other issues, and an
          // unknown field that holds one is dropped with the rest of its value.
          continue;
        case "boolean":
          continue;
        case "object": {
          if (current === null) continue;
          const issue = enter(current, depth);
          if (issue !== undefined) return issue;
          continue;
        }
        default:
          // A key set to `undefined` is let through (as `JSON.stringify` drops it), but JSON has none.
          if (current === undefined && typeof key === "string") {
            notPlain();
            continue;
          }
          return issueAt(
            here(),
            "invalid_type",
            `Expected ${at(here())} to be JSON data, but found ${kindOf(current)}.`,
          );
      }
    }
  } catch (error) {
    return issueAt(
      [],
      "invalid_value",
      `Expected ${root} to be JSON data, but reading it failed (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return undefined;
}

/**
 * A copy of a value without the `length` keys that are not numbers. zod measures a value's `length`
 * even after finding it is not a string or a list, and an object there with a `toString` that is not
 * a function makes that measuring throw; without the key, zod reports the wrong type as it should.
 */
export function withoutHostileLengths(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const copy: unknown = Array.isArray(value) ? [...value] : { ...value };
  const stack: unknown[] = [copy];
  const seen = new Set<unknown>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    const target = next as Record<string, unknown>;
    if (!Array.isArray(target) && Object.hasOwn(target, "length") && typeof target.length !== "number") {
      delete target.length;
    }
    for (const key of Object.keys(target)) {
      const child = target[key];
      if (typeof child === "object" && child !== null) {
        const childCopy = Array.isArray(child) ? [...child] : { ...child };
        target[key] = childCopy;
        stack.push(childCopy);
      }
    }
  }
  return copy;
}

/** Runs a parse, and once more on a copy without hostile `length` keys if it throws (see above). */
export function parseDefused<T>(parse: (value: unknown) => T, value: unknown): T {
  try {
    return parse(value);
  } catch {
    return parse(withoutHostileLengths(value));
  }
}
