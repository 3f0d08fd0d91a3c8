import { describe, expect, test } from "vitest";
import { ZOptimizeRequest } from "./schema";

const segments = [
  { from: "nrt", to: "HEL", carrier: "ay", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
  { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" },
];

const issues = (body: unknown) => {
  const r = ZOptimizeRequest.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("ZOptimizeRequest", () => {
  test("api.md's quote request with valuations parses (codes normalised)", () => {
    const r = ZOptimizeRequest.parse({ segments, valuations: { "JAL miles": 2.0, Avios: 1.5 } });
    expect(r.segments[0]).toMatchObject({ from: "NRT", carrier: "AY" });
    expect(r.valuations).toEqual({ "JAL miles": 2.0, Avios: 1.5 });
  });

  test.each([
    { label: "a valuation of 0 cents", body: { segments, valuations: { Avios: 0 } }, path: "valuations.Avios" },
    { label: "a valuation over 100 cents", body: { segments, valuations: { Avios: 101 } }, path: "valuations.Avios" },
    { label: "a valuation that is not a number", body: { segments, valuations: { Avios: "1.5" } }, path: "valuations.Avios" },
    { label: "a currency name over 40 characters", body: { segments, valuations: { ["x".repeat(41)]: 1 } }, path: "valuations" },
    { label: "more than 10 valuations", body: { segments, valuations: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`c${i}`, 1])) }, path: "valuations" },
    { label: "valuations as an array", body: { segments, valuations: [1.5] }, path: "valuations" },
    { label: "the quote request's own checks still apply (unknown cabin)", body: { segments: [{ ...segments[0], cabin: "suite" }] }, path: "segments.0.cabin" },
    { label: "the quote request's refinements still apply (a surface sector at the start)", body: { segments: [{ ...segments[0], surface: true }, segments[1]] }, path: "segments.0.surface" },
  ])("rejects $label at $path", ({ body, path }) => {
    expect(issues(body).some((p) => p === path || p.startsWith(`${path}.`))).toBe(true);
  });
});
