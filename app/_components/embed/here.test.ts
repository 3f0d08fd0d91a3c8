import { describe, expect, test } from "vitest";
import { hereHref } from "./here";

describe("hereHref keeps navigation on the current page", () => {
  test.each([
    { label: "full page", pathname: "/awards", query: "s=NRT-HEL", search: "?lang=ja", expected: "/awards?s=NRT-HEL" },
    { label: "a readable query is not re-encoded", pathname: "/awards", query: "s=NRT-HEL.AY.business.2024-06-01T10:25~HEL-LHR", search: "", expected: "/awards?s=NRT-HEL.AY.business.2024-06-01T10:25~HEL-LHR" },
    { label: "full page, no query", pathname: "/awards", query: "", search: "", expected: "/awards" },
    { label: "embed keeps lang, theme and parent", pathname: "/embed/awards", query: "s=NRT-HEL", search: "?lang=ja&theme=dark&parent=https%3A%2F%2Fblog.example&s=OLD", expected: "/embed/awards?s=NRT-HEL&lang=ja&theme=dark&parent=https%3A%2F%2Fblog.example" },
  ])("$label", ({ pathname, query, search, expected }) => {
    expect(hereHref(pathname, query, search)).toBe(expected);
  });
});
