import { describe, expect, test } from "vitest";
import * as z from "zod";
import { ZQuoteRequest, type TQuoteRequest } from "./schema";
import type { QuoteRequestInput } from "./types";

// Compile-time: a parsed request is what quoteItinerary takes.
const _assignable: (r: TQuoteRequest) => QuoteRequestInput = (r) => r;
void _assignable;

const flight = { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" };
const back = { from: "HEL", to: "NRT", carrier: "AY", cabin: "business", departs: "2024-06-08T17:00", arrives: "2024-06-09T08:55" };

describe("ZQuoteRequest (api.md)", () => {
  test("the api.md request parses; codes are trimmed and upper-cased", () => {
    const r = ZQuoteRequest.parse({ segments: [{ ...flight, from: " nrt ", carrier: "ay" }, { ...flight, from: "HEL", to: "LHR", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" }], programs: ["JAL", "BA", "AS", "CX"], asOf: "2024-06-01" });
    expect(r.segments[0].from).toBe("NRT");
    expect(r.segments[0].carrier).toBe("AY");
  });

  test("a surface sector may omit carrier and cabin", () => {
    const surface = { from: "LHR", to: "MAN", departs: "2024-06-03T10:00", arrives: "2024-06-03T13:00", surface: true };
    expect(ZQuoteRequest.safeParse({ segments: [{ ...flight, to: "LHR" }, surface, { ...back, from: "MAN" }] }).success).toBe(true);
  });

  test.each([
    { label: "no segments", body: { segments: [] }, path: "segments" },
    { label: "more than 16 segments", body: { segments: Array(17).fill(flight) }, path: "segments" },
    { label: "airport code of 4 letters", body: { segments: [{ ...flight, to: "HELX" }] }, path: "segments.0.to" },
    { label: "airport code with digits", body: { segments: [{ ...flight, to: "H3L" }] }, path: "segments.0.to" },
    { label: "airline code of 3 characters", body: { segments: [{ ...flight, carrier: "FIN" }] }, path: "segments.0.carrier" },
    { label: "a flight without a carrier", body: { segments: [{ ...flight, carrier: undefined }] }, path: "segments.0.carrier" },
    { label: "a flight without a cabin", body: { segments: [{ ...flight, cabin: undefined }] }, path: "segments.0.cabin" },
    { label: "unknown cabin", body: { segments: [{ ...flight, cabin: "suite" }] }, path: "segments.0.cabin" },
    { label: "not a real date (2023-02-29)", body: { segments: [{ ...flight, departs: "2023-02-29T10:25" }] }, path: "segments.0.departs" },
    { label: "a time with an offset", body: { segments: [{ ...flight, arrives: "2024-06-01T15:10+03:00" }] }, path: "segments.0.arrives" },
    { label: "a space instead of T", body: { segments: [{ ...flight, departs: "2024-06-01 10:25" }] }, path: "segments.0.departs" },
    { label: "from equals to", body: { segments: [{ ...flight, to: "NRT" }] }, path: "segments.0.to" },
    { label: "a flight arriving 3 days after it departs (typo)", body: { segments: [{ ...flight, arrives: "2024-06-04T15:10" }] }, path: "segments.0.arrives" },
    { label: "a surface sector first", body: { segments: [{ from: "LHR", to: "MAN", departs: "2024-06-03T10:00", arrives: "2024-06-03T13:00", surface: true }, back] }, path: "segments.0.surface" },
    { label: "two turnarounds", body: { segments: [{ ...flight, turnaround: true }, { ...back, turnaround: true }, back] }, path: "segments.1.turnaround" },
    { label: "turnaround on the last segment", body: { segments: [flight, { ...back, turnaround: true }] }, path: "segments.1.turnaround" },
    { label: "unknown program", body: { segments: [flight], programs: ["UA"] }, path: "programs.0" },
    { label: "more than 4 programs", body: { segments: [flight], programs: ["JAL", "BA", "AS", "CX", "JAL"] }, path: "programs" },
    { label: "a program twice", body: { segments: [flight], programs: ["JAL", "JAL"] }, path: "programs" },
    { label: "asOf not a real date", body: { segments: [flight], asOf: "2024-02-30" }, path: "asOf" },
    { label: "unknown season", body: { segments: [flight], season: "summer" }, path: "season" },
  ])("rejects $label", ({ body, path }) => {
    const r = ZQuoteRequest.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  test("every string and array in the request schema has a maximum (JSON Schema)", () => {
    const json = JSON.stringify(z.toJSONSchema(ZQuoteRequest, { io: "input" }));
    const schema = JSON.parse(json);
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.type === "string" && n.enum === undefined) expect(n.maxLength, JSON.stringify(n)).toBeTypeOf("number");
      if (n.type === "array") expect(n.maxItems).toBeTypeOf("number");
      Object.values(n).forEach(walk);
    };
    walk(schema);
  });
});
