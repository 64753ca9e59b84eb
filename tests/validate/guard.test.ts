/**
 * `inspectJsonValue`: the payload guard's answer (the first problem, as `checkJsonValue` gives it),
 * and whether the value is plain data as `JSON.parse` makes it, which lets the slow path read it
 * without checking each key's descriptor again.
 */
import { describe, expect, test } from "vitest";
import { checkJsonValue, inspectJsonValue } from "../../src/validate/guard.js";

describe("inspectJsonValue", () => {
  test("JSON text parsed is plain, and has no issue", () => {
    const value: unknown = JSON.parse('{"headline":"H","body":["a","b"],"people":[{"id":"person:a"}]}');
    expect(inspectJsonValue(value, {}, "the article")).toEqual({ issue: undefined, plain: true });
  });

  test("a list with a hole is not JSON data (nor is undefined in a list)", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    const holed = { body: ["a", , "c"] };
    expect(inspectJsonValue(holed, {}, "the article")).toEqual({
      issue: {
        path: ["body", 1],
        pointer: "/body/1",
        code: "invalid_type",
        message: "Expected body[1] to be JSON data, but found undefined.",
        severity: "error",
      },
      plain: false,
    });
    expect(checkJsonValue({ body: ["a", undefined] })?.message).toBe(
      "Expected body[1] to be JSON data, but found undefined.",
    );
  });

  test("a key that is not enumerable makes an object not plain, at any depth", () => {
    const person = { id: "person:a" };
    Object.defineProperty(person, "name", { value: "A", enumerable: false });
    const value = { people: [person] };
    expect(inspectJsonValue(value, {}, "the article")).toEqual({ issue: undefined, plain: false });
  });

  test("a key set to undefined is let through, but is not plain (JSON has none)", () => {
    expect(inspectJsonValue({ headline: "H", section: undefined }, {}, "the article")).toEqual({
      issue: undefined,
      plain: false,
    });
  });

  test("a value with a problem is not plain, and its issue is checkJsonValue's", () => {
    const value = {
      people: [
        {
          get name() {
            return "A";
          },
        },
      ],
    };
    const inspection = inspectJsonValue(value, {}, "the article");
    expect(inspection.plain).toBe(false);
    expect(inspection.issue).toEqual(checkJsonValue(value, {}, "the article"));
    expect(inspection.issue?.message).toBe("Expected people[0].name to be data, but found a getter.");
  });
});
