/**
 * A reader compiled from a zod schema for the common case: a payload that is valid as it stands.
 * It walks the schema's definition once (objects, strings with their checks, numbers, booleans,
 * enums, lists, optional and default fields, codecs) and builds nested closures that read a value in
 * one pass and give the same output zod would. Each object's reader is written out as code for its
 * fields (`new Function`, as zod and Ajv do) where the runtime allows it; under a
 * Content-Security-Policy without `unsafe-eval`, or with zod's `jitless` setting, a loop over the
 * keys does the same work. On anything else (a wrong type, a failed check, an
 * unknown key, a getter) it gives up with {@link SLOW} and says no more: finding and wording the
 * problems is zod's job, on the slow path. (A value that throws when read is the caller's to catch.)
 *
 * zod stays the definition: nothing here knows the article's fields. A schema part the compiler does
 * not know makes {@link compileReader} throw, and the caller keeps to zod alone.
 */
import * as z from "zod";
import { codePointLength } from "../models/fields.js";

/** What a reader gives back when the value is not simply valid. */
export const SLOW: unique symbol = Symbol("slow path");

/** What a codec whose decoding reported issues may be given instead of {@link SLOW} (see {@link ReadState}). */
export type DecodeIssueHandler = (value: unknown, issues: readonly unknown[], reread: Reader) => unknown;

/**
 * What may stand for a codec's decoded value before the codec decodes a text (see {@link ReadState}):
 * `undefined` to decode it as usual.
 */
export type BeforeDecodeHandler = (text: string, reread: Reader) => unknown;

/**
 * What a reader keeps while it reads. Every read makes one with `new ReadState(…)`, so that all have
 * one shape (the readers' hot code then sees a single kind of object).
 */
export class ReadState {
  /** Characters of text and keys read so far, counted as the payload guard counts them. */
  size = 0;
  /** How many values {@link ReadState.onDecodeIssue} and {@link ReadState.beforeDecode} took over. */
  deferred = 0;
  /**
   * Why the reader gave up, when it gave up on one of two things a caller may mend: `object`, an
   * object where a string belongs; `missing`, an object without a required field.
   */
  gaveUp: "object" | "missing" | undefined = undefined;

  /**
   * @param plainData - `true` when the value came straight from `JSON.parse`: plain objects and lists
   *   of plain data, so the checks for getters, proxies, prototypes and hidden keys can be left out.
   * @param onDecodeIssue - What a codec whose decoding reported issues gives instead of {@link SLOW},
   *   when the caller can do better (read a local time in its zone later, say): it is given what the
   *   codec was given, the issues, and the codec's own reader to read a corrected value with; its
   *   answer is the codec's (SLOW to give up).
   * @param beforeDecode - Asked before a codec decodes a text, when the caller knows better than to
   *   decode it now (a local time that can only be read once its zone is known, say): what it gives
   *   stands for the decoded value, counted with those {@link ReadState.onDecodeIssue} took over;
   *   `undefined` lets the codec decode the text.
   */
  constructor(
    readonly plainData = false,
    readonly onDecodeIssue: DecodeIssueHandler | undefined = undefined,
    readonly beforeDecode: BeforeDecodeHandler | undefined = undefined,
  ) {}
}

/** A compiled reader: the decoded value, or {@link SLOW}. */
export type Reader = (value: unknown, state: ReadState) => unknown;

/** One field of an object: how it is read, and what stands for it when it is missing. */
interface FieldReader {
  readonly key: string;
  readonly read: Reader;
  /** `required`, `optional`, or a function that makes the default. */
  readonly missing: "required" | "optional" | (() => unknown);
}

type Definition = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDefinition = z.core.$ZodCheckDef & Record<string, unknown>;

/** The definition of a schema (zod 4 keeps it on `_zod.def`). */
function definitionOf(schema: unknown): Definition {
  return (schema as z.core.$ZodType)._zod.def as Definition;
}

/** The definitions of a schema's checks, in the order zod runs them. */
function checksOf(definition: Definition): CheckDefinition[] {
  const checks = (definition.checks ?? []) as readonly z.core.$ZodCheck[];
  return checks.map((check) => check._zod.def as CheckDefinition);
}

/** Thrown while compiling when a schema holds something this compiler does not read. */
export class UnsupportedSchemaError extends Error {}

function unsupported(what: string): never {
  throw new UnsupportedSchemaError(`compiled reader: ${what} is not supported`);
}

/** A test on a value that already has the right type. */
type Test = (value: never) => boolean;

/** Length bounds, custom refinements and trimming, in zod's order. */
function stringSteps(definition: Definition): ((value: string) => string | typeof SLOW)[] {
  if (definition.coerce === true) unsupported("coercion");
  if (definition.format !== undefined) unsupported(`the string format ${String(definition.format)}`);
  return checksOf(definition).map((check) => {
    switch (check.check) {
      case "overwrite": {
        const transform = check.tx as (value: string) => string;
        return (value) => transform(value);
      }
      case "max_length": {
        const maximum = check.maximum as number;
        return (value) => (fitsUnder(value, maximum) ? value : SLOW);
      }
      case "min_length": {
        const minimum = check.minimum as number;
        return (value) => (reaches(value, minimum) ? value : SLOW);
      }
      case "custom":
        return customStep(check) as (value: string) => string | typeof SLOW;
      default:
        return unsupported(`the string check ${String(check.check)}`);
    }
  });
}

/** Whether a text has at most `maximum` code points (counted only when its units are more). */
function fitsUnder(text: string, maximum: number): boolean {
  return text.length <= maximum || codePointLength(text) <= maximum;
}

/** Whether a text has at least `minimum` code points (counted only when its units leave it in doubt). */
function reaches(text: string, minimum: number): boolean {
  return text.length >= 2 * minimum || (text.length >= minimum && codePointLength(text) >= minimum);
}

/** A refinement: it passes when its function gives a truthy value that is not a promise, as in zod. */
function customStep(check: CheckDefinition): (value: unknown) => unknown {
  if (check.when !== undefined) unsupported("a refinement with `when`");
  // `.superRefine()` and `.check()` make custom checks without a function of this kind.
  if (typeof check.fn !== "function") unsupported("a custom check without a test function");
  const test = check.fn as (value: unknown) => unknown;
  return (value) => {
    const passed = test(value);
    return passed && !(passed instanceof Promise) ? value : SLOW;
  };
}

/** The tightest length bounds of some checks, and their other checks as tests. */
function foldedChecks(checks: readonly CheckDefinition[]) {
  let minimum = 0;
  let maximum = Number.POSITIVE_INFINITY;
  const tests: ((value: string) => boolean)[] = [];
  for (const check of checks) {
    if (check.check === "min_length") minimum = Math.max(minimum, check.minimum as number);
    else if (check.check === "max_length") maximum = Math.min(maximum, check.maximum as number);
    else tests.push(passes(check));
  }
  const test = tests.length <= 1 ? tests[0] : (value: string) => tests.every((each) => each(value));
  return { minimum, maximum, test };
}

/** Whether a check bounds the length. */
function isBound(check: CheckDefinition): boolean {
  return check.check === "min_length" || check.check === "max_length";
}

/**
 * Reads a string. When its checks come as bounds on the text as given, then the transforms (`trim`),
 * then checks of the result, as in `z.string().max(n).trim().refine(f)`, they run in those three
 * groups, each group's bounds folded into one and its tests into one (checks do not change the value,
 * so their order within a group cannot change the answer); otherwise each step runs in zod's order.
 */
function stringReader(definition: Definition): Reader {
  const steps = stringSteps(definition);
  const checks = checksOf(definition);
  const isTransform = (check: CheckDefinition) => check.check === "overwrite";
  // With no transform, every check is a check of the result.
  const firstTransform = Math.max(checks.findIndex(isTransform), 0);
  let firstCheck = checks.findIndex((check, index) => index >= firstTransform && !isTransform(check));
  if (firstCheck === -1) firstCheck = checks.length;
  const before = checks.slice(0, firstTransform);
  const rest = checks.slice(firstCheck);
  if (!before.every(isBound) || rest.some(isTransform)) return steppedStringReader(steps);
  const given = foldedChecks(before);
  const { minimum, maximum, test } = foldedChecks(rest);
  const transform = composed(
    checks.slice(firstTransform, firstCheck).map((check) => check.tx as (value: string) => string),
  );
  return (value, state) => {
    if (typeof value !== "string") return notText(value, state);
    state.size += value.length;
    if (!reaches(value, given.minimum) || !fitsUnder(value, given.maximum)) return SLOW;
    const text = transform === undefined ? value : transform(value);
    if (!reaches(text, minimum) || !fitsUnder(text, maximum)) return SLOW;
    return test === undefined || test(text) ? text : SLOW;
  };
}

/** A string reader's answer for a value that is not a string (noting an object, which a caller may mend). */
function notText(value: unknown, state: ReadState): typeof SLOW {
  if (typeof value === "object" && value !== null) state.gaveUp = "object";
  return SLOW;
}

/** Transforms applied one after the other; `undefined` for none. */
function composed(
  transforms: readonly ((value: string) => string)[],
): ((value: string) => string) | undefined {
  if (transforms.length <= 1) return transforms[0];
  return (value) => transforms.reduce((current, transform) => transform(current), value);
}

/** A refinement as a yes-or-no test: its function gives a truthy value that is not a promise. */
function passes(check: CheckDefinition): (value: string) => boolean {
  const step = customStep(check);
  return (value) => step(value) !== SLOW;
}

/** Reads a string running each step in zod's order. */
function steppedStringReader(steps: readonly ((value: string) => string | typeof SLOW)[]): Reader {
  return (value, state) => {
    if (typeof value !== "string") return notText(value, state);
    state.size += value.length;
    let current: string | typeof SLOW = value;
    for (const step of steps) {
      current = step(current);
      if (current === SLOW) return SLOW;
    }
    return current;
  };
}

/** The number formats zod knows, and their ranges. */
const NUMBER_FORMATS: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/** A number format's test: within its range, and a whole number for the integer formats. */
function formatTest(format: unknown): Test {
  const range = typeof format === "string" ? NUMBER_FORMATS[format] : undefined;
  if (range === undefined) return unsupported(`the number format ${String(format)}`);
  const [minimum, maximum] = range;
  const whole = String(format).includes("int");
  return (value: number) => (!whole || Number.isInteger(value)) && value >= minimum && value <= maximum;
}

function numberTests(definition: Definition): Test[] {
  if (definition.coerce === true) unsupported("coercion");
  const tests: Test[] = [];
  if (definition.format !== undefined) tests.push(formatTest(definition.format));
  for (const check of checksOf(definition)) {
    if (check.check === "number_format") {
      tests.push(formatTest(check.format));
      continue;
    }
    const bound = check.value as number;
    const inclusive = check.inclusive === true;
    if (check.check === "greater_than")
      tests.push(inclusive ? (value: number) => value >= bound : (value: number) => value > bound);
    else if (check.check === "less_than")
      tests.push(inclusive ? (value: number) => value <= bound : (value: number) => value < bound);
    else if (check.check === "custom") {
      const step = customStep(check);
      tests.push((value: number) => step(value) !== SLOW);
    } else unsupported(`the number check ${String(check.check)}`);
  }
  return tests;
}

function numberReader(definition: Definition): Reader {
  const tests = numberTests(definition);
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return SLOW;
    for (const test of tests) if (!(test as (value: number) => boolean)(value)) return SLOW;
    return value;
  };
}

function withoutChecks(definition: Definition, what: string): void {
  if (checksOf(definition).length > 0) unsupported(`checks on ${what}`);
}

/** Whether an object has a key of its own that holds data (not a getter). */
function isOwnData(object: object, key: string | number): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && "value" in descriptor;
}

/** `__lookupGetter__`, which answers without making a descriptor object (Annex B of the standard). */
const getterOf = (Object.prototype as { __lookupGetter__?: (key: PropertyKey) => unknown }).__lookupGetter__;

/** Whether a list has an item of its own at an index, and it holds data (not a hole, not a getter). */
const isOwnItem: (list: readonly unknown[], index: number) => boolean =
  getterOf === undefined
    ? isOwnData
    : (list, index) => Object.hasOwn(list, index) && getterOf.call(list, index) === undefined;

function isPlainPrototype(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Reads an object: its own enumerable keys must all be fields, each a data property (a getter is
 * slow, and is never run); the output has the fields in the schema's order, as zod writes them.
 */
function objectReader(definition: Definition): Reader {
  withoutChecks(definition, "an object");
  if (definition.catchall !== undefined) unsupported("an object with a catch-all");
  const shape = definition.shape as Record<string, z.core.$ZodType>;
  const fields: FieldReader[] = Object.entries(shape).map(([key, schema]) => fieldReader(key, schema));
  const positions = new Map(fields.map((field, position) => [field.key, position]));
  // The keys as they come, each looked up: what is used where code may not be made at run time.
  const loop: Reader = (value, state) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return SLOW;
    const plainData = state.plainData;
    if (!plainData && !isPlainPrototype(value)) return SLOW;
    const slots: unknown[] = new Array(fields.length);
    let found = 0;
    for (const key in value) {
      const position = positions.get(key);
      // An unknown key is for the slow path, and so are an inherited one and a getter. The value is
      // then read as zod reads it (a proxy may answer otherwise than its descriptor says).
      if (position === undefined || (!plainData && !isOwnData(value, key))) return SLOW;
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) return SLOW;
      const read = (fields[position] as FieldReader).read(item, state);
      if (read === SLOW) return SLOW;
      slots[position] = read;
      found++;
      state.size += key.length;
    }
    // zod reads a key that is there but not enumerable: leave such an object to the slow path.
    if (!plainData && Object.getOwnPropertyNames(value).length !== found) return SLOW;
    const output: Record<string, unknown> = {};
    for (let position = 0; position < fields.length; position++) {
      const field = fields[position] as FieldReader;
      const read = slots[position];
      if (read !== undefined) output[field.key] = read;
      else if (field.missing === "required") {
        state.gaveUp = "missing";
        return SLOW;
      } else if (field.missing !== "optional") output[field.key] = field.missing();
    }
    return output;
  };
  return generatedReader(fields) ?? loop;
}

/**
 * The value of a key an object has, for a generated reader that may not trust its input:
 * {@link SLOW} for a getter, an inherited key or a key that is not enumerable. The value is read as
 * zod reads it (a proxy may answer otherwise than its descriptor says).
 */
function ownDataOf(object: Record<string, unknown>, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return SLOW;
  return "value" in descriptor && descriptor.enumerable === true ? object[key] : SLOW;
}

/** Whether making code at run time was refused (see {@link generatedReader}). */
let codeRefused = false;

/**
 * The object reader written out as code for the object's fields, the way zod and Ajv do it: a
 * property read at a fixed name, and a call to a known field reader, are much faster than a loop
 * over the keys with a lookup of each. It answers as the loop does: every key must be a field (plain
 * data: every key `for…in` gives; otherwise every own key, and each of them read as data). It is
 * `undefined` where code cannot be made at run time (a Content-Security-Policy without
 * `unsafe-eval` refuses it with an `EvalError`) or should not be (zod told so with
 * `z.config({ jitless: true })`); the loop is used then. Any other error is a fault in the code
 * written here, and is thrown.
 */
function generatedReader(fields: readonly FieldReader[]): Reader | undefined {
  if (codeRefused || z.config().jitless === true) return undefined;
  if (fields.some((field) => field.key === "__proto__")) return undefined;
  const names = fields.map((field) => JSON.stringify(field.key));
  const known = names.map((name) => `case ${name}:`).join(" ");
  const lines = [
    ...fields.map((_, position) => `const reader${position} = fields[${position}].read;`),
    fields.length === 0
      ? "function isField() { return false; }"
      : `function isField(key) { switch (key) { ${known} return true; default: return false; } }`,
    "return function readObject(value, state) {",
    "  if (typeof value !== 'object' || value === null || Array.isArray(value)) return SLOW;",
    "  const plain = state.plainData;",
    "  let keys;",
    "  if (plain) { for (const key in value) if (!isField(key)) return SLOW; }",
    "  else {",
    "    if (!isPlainPrototype(value)) return SLOW;",
    "    keys = Object.getOwnPropertyNames(value);",
    "    for (let index = 0; index < keys.length; index++) if (!isField(keys[index])) return SLOW;",
    "  }",
    "  let found = 0, missing = false, item;",
  ];
  fields.forEach((field, position) => {
    const name = names[position] as string;
    lines.push(
      `  item = plain ? value[${name}] : ${name} in value ? ownDataOf(value, ${name}) : undefined; let read${position};`,
      `  if (item === SLOW) return SLOW;`,
      `  if (item !== undefined) { read${position} = reader${position}(item, state); if (read${position} === SLOW) return SLOW; found++; state.size += ${field.key.length}; }`,
    );
    if (field.missing === "required") lines.push("  else missing = true;");
  });
  // Not plain data: the own keys must be exactly the fields read (a proxy may list other keys than
  // it answers for).
  const read = fields.map(
    (_, position) => `case ${names[position]}: if (read${position} === undefined) return SLOW; break;`,
  );
  lines.push(
    "  if (!plain) {",
    "    if (keys.length !== found) return SLOW;",
    `    for (let index = 0; index < keys.length; index++) switch (keys[index]) { ${read.join(" ")} }`,
    "  }",
    "  if (missing) { state.gaveUp = 'missing'; return SLOW; }",
    "  const output = {};",
  );
  fields.forEach((field, position) => {
    const store = `output[${names[position]}]`;
    if (field.missing === "required") lines.push(`  ${store} = read${position};`);
    else if (field.missing === "optional")
      lines.push(`  if (read${position} !== undefined) ${store} = read${position};`);
    else
      lines.push(
        `  ${store} = read${position} !== undefined ? read${position} : fields[${position}].missing();`,
      );
  });
  lines.push("  return output;", "};");
  let make: (...parts: unknown[]) => Reader;
  try {
    make = new Function("fields", "SLOW", "isPlainPrototype", "ownDataOf", lines.join("\n")) as typeof make;
  } catch (error) {
    // Anything but a refusal is a fault in the code written here: let it be seen (the caller then
    // keeps to zod alone). A refusal is asked once: browsers report each, and it will not change.
    if (!(error instanceof EvalError)) throw error;
    codeRefused = true;
    return undefined;
  }
  return make(fields, SLOW, isPlainPrototype, ownDataOf);
}

function fieldReader(key: string, schema: z.core.$ZodType): FieldReader {
  const definition = definitionOf(schema);
  if (definition.type === "optional") {
    withoutChecks(definition, "an optional field");
    return { key, read: compileReader(definition.innerType as z.core.$ZodType), missing: "optional" };
  }
  if (definition.type === "default") {
    withoutChecks(definition, "a field with a default");
    const makeDefault = () => definition.defaultValue;
    return { key, read: compileReader(definition.innerType as z.core.$ZodType), missing: makeDefault };
  }
  return { key, read: compileReader(schema), missing: "required" };
}

/**
 * Compiles a reader of a value given for an object field with this schema: for an optional field or
 * one with a default, the reader of its inner schema (what zod runs on a value that is there).
 * Throws {@link UnsupportedSchemaError} as {@link compileReader} does.
 *
 * @param schema - The field's zod schema, as the object's shape holds it.
 * @returns A reader that gives what zod gives for a valid value given for the field, and {@link SLOW} otherwise.
 */
export function compileFieldReader(schema: z.core.$ZodType): Reader {
  return fieldReader("", schema).read;
}

function arrayReader(definition: Definition): Reader {
  let minimum = 0;
  let maximum = Number.POSITIVE_INFINITY;
  for (const check of checksOf(definition)) {
    if (check.check === "max_length") maximum = Math.min(maximum, check.maximum as number);
    else if (check.check === "min_length") minimum = Math.max(minimum, check.minimum as number);
    else unsupported(`the list check ${String(check.check)}`);
  }
  const readItem = compileReader(definition.element as z.core.$ZodType);
  return (value, state) => {
    if (!Array.isArray(value) || value.length < minimum || value.length > maximum) return SLOW;
    const output: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      // A hole, a getter, or `undefined`: all for the slow path.
      if (state.plainData !== true && !isOwnItem(value, index)) return SLOW;
      const item = value[index];
      if (item === undefined) return SLOW;
      const read = readItem(item, state);
      if (read === SLOW) return SLOW;
      output[index] = read;
    }
    return output;
  };
}

function enumReader(schema: z.core.$ZodType, definition: Definition): Reader {
  withoutChecks(definition, "an enum");
  // zod's own set of the values (a numeric TypeScript enum's entries also map names back to them).
  const values: ReadonlySet<unknown> | undefined = schema._zod.values;
  if (values === undefined) return unsupported("an enum without values");
  return (value, state) => {
    if (!values.has(value)) return SLOW;
    if (typeof value === "string") state.size += value.length;
    return value;
  };
}

/** What the caller's handler makes of a value its codec could not decode (SLOW when there is none). */
function deferTo(state: ReadState, value: unknown, issues: readonly unknown[], reread: Reader): unknown {
  if (state.onDecodeIssue === undefined) return SLOW;
  const answer = state.onDecodeIssue(value, issues, reread);
  if (answer !== SLOW) state.deferred++;
  return answer;
}

/** A codec reads its input, decodes it (a decoder that reports any issue is slow), then checks the output. */
function pipeReader(definition: Definition): Reader {
  const readInput = compileReader(definition.in as z.core.$ZodType);
  const readOutput = compileReader(definition.out as z.core.$ZodType);
  const transform = definition.transform as
    | ((value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown)
    | undefined;
  if (transform === undefined) {
    return (value, state) => {
      const input = readInput(value, state);
      return input === SLOW ? SLOW : readOutput(input, new ReadState());
    };
  }
  const read: Reader = (value, state) => {
    const input = readInput(value, state);
    if (input === SLOW) return SLOW;
    if (state.beforeDecode !== undefined && typeof input === "string") {
      const held = state.beforeDecode(input, read);
      if (held !== undefined) {
        state.deferred++;
        return held;
      }
    }
    const payload = { value: input, issues: [] as unknown[] };
    const decoded = transform(input, payload);
    if (decoded instanceof Promise) return SLOW;
    if (payload.issues.length > 0) return deferTo(state, value, payload.issues, read);
    return readOutput(decoded, new ReadState());
  };
  return read;
}

function customReader(definition: Definition): Reader {
  withoutChecks(definition, "a custom schema");
  const step = customStep(definition as unknown as CheckDefinition);
  return (value) => step(value);
}

/**
 * Compiles a reader from a zod schema. Throws {@link UnsupportedSchemaError} when the schema holds a
 * part the compiler does not know (then use zod alone).
 *
 * @param schema - The zod schema to read with.
 * @returns A reader that gives what `schema.parse` gives for a valid value, and {@link SLOW} otherwise.
 */
export function compileReader(schema: z.core.$ZodType): Reader {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case "object":
      return objectReader(definition);
    case "string":
      return stringReader(definition);
    case "number":
      return numberReader(definition);
    case "boolean":
      withoutChecks(definition, "a boolean");
      if (definition.coerce === true) unsupported("coercion");
      return (value) => (typeof value === "boolean" ? value : SLOW);
    case "enum":
      return enumReader(schema, definition);
    case "array":
      return arrayReader(definition);
    case "pipe":
      withoutChecks(definition, "a codec");
      return pipeReader(definition);
    case "custom":
      return customReader(definition);
    default:
      return unsupported(`the schema type ${definition.type}`);
  }
}
