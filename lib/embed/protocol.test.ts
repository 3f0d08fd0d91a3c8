import { describe, expect, test } from "vitest";
import { ZHelloMessage, ZResizeMessage, parseParentOrigin } from "./protocol";

describe("embed messages are validated, not trusted", () => {
  test.each([
    { label: "a resize", data: { type: "tabiji:resize", height: 480 }, ok: true },
    { label: "negative height", data: { type: "tabiji:resize", height: -1 }, ok: false },
    { label: "absurd height", data: { type: "tabiji:resize", height: 1e9 }, ok: false },
    { label: "height as a string", data: { type: "tabiji:resize", height: "480" }, ok: false },
    { label: "another type", data: { type: "other", height: 10 }, ok: false },
    { label: "a string", data: "tabiji:resize", ok: false },
  ])("resize: $label", ({ data, ok }) => {
    expect(ZResizeMessage.safeParse(data).success).toBe(ok);
  });

  test("hello", () => {
    expect(ZHelloMessage.safeParse({ type: "tabiji:hello" }).success).toBe(true);
    expect(ZHelloMessage.safeParse({ type: "tabiji:resize" }).success).toBe(false);
  });

  test.each([
    { value: "https://blog.example", expected: "https://blog.example" },
    { value: "http://127.0.0.1:3111", expected: "http://127.0.0.1:3111" },
    { value: "https://blog.example/post", expected: null },
    { value: "javascript:alert(1)", expected: null },
    { value: "*", expected: null },
    { value: "", expected: null },
    { value: null, expected: null },
  ])("parent origin $value -> $expected", ({ value, expected }) => {
    expect(parseParentOrigin(value)).toBe(expected);
  });
});
