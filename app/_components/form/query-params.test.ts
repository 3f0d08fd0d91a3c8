import { describe, expect, test } from "vitest";
import { firstParam, lastParam, typedNumber } from "./query-params";

describe("query parameters read back into a form", () => {
  test.each([
    { label: "a single value", v: "10001", first: "10001", last: "10001" },
    { label: "a repeated parameter: the first for inputs, the last for checkboxes (hidden 0 then 1)", v: ["0", "1"], first: "0", last: "1" },
    { label: "absent", v: undefined, first: undefined, last: undefined },
    { label: "cut to 40 characters: a query value is shown back in an input, never trusted", v: "9".repeat(100), first: "9".repeat(40), last: "9".repeat(40) },
  ])("$label", ({ v, first, last }) => {
    expect(firstParam(v)).toBe(first);
    expect(lastParam(v)).toBe(last);
  });

  test("a caller may allow a longer value", () => {
    expect(firstParam("x".repeat(100), 32)).toHaveLength(32);
    expect(firstParam("x".repeat(100), Infinity)).toHaveLength(100);
  });
});

describe("typedNumber: blank is missing (the API says the field is required), anything else is Number()", () => {
  test.each([
    { label: "blank", s: "  ", expected: undefined },
    { label: "a whole number", s: "20000", expected: 20000 },
    { label: "a decimal", s: "1.5", expected: 1.5 },
    { label: "a negative number reaches the API, which reports it", s: "-5", expected: -5 },
  ])("$label", ({ s, expected }) => {
    expect(typedNumber(s)).toBe(expected);
  });

  test("not a number stays NaN, for the API to report", () => {
    expect(typedNumber("abc")).toBeNaN();
  });
});
