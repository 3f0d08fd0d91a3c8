import { describe, expect, test } from "vitest";
import { HELSINKI_STOPOVER } from "@/lib/awards/examples";
import { requestToDraft, URL_LIMITS } from "@/lib/awards/url";
import { validateDraft } from "./validate";

describe("validateDraft: the editor's check before it navigates", () => {
  const good = requestToDraft(HELSINKI_STOPOVER);
  test("the api.md example passes", () => {
    expect(validateDraft(good)).toEqual([]);
  });
  test.each([
    { label: "empty airport", draft: { ...good, segments: [{ ...good.segments[0], to: "" }, good.segments[1]] }, path: "segments.0.to" },
    { label: "no carrier on a flight", draft: { ...good, segments: [{ ...good.segments[0], carrier: "" }, good.segments[1]] }, path: "segments.0.carrier" },
    { label: "no cabin on a flight", draft: { ...good, segments: [good.segments[0], { ...good.segments[1], cabin: "" }] }, path: "segments.1.cabin" },
    { label: "half-typed date", draft: { ...good, segments: [{ ...good.segments[0], departs: "2024-06-01" }, good.segments[1]] }, path: "segments.0.departs" },
    { label: "no program ticked", draft: { ...good, programs: [] }, path: "programs" },
    { label: "a bad price date", draft: { ...good, asOf: "2024-13-01" }, path: "asOf" },
    { label: "17 segments", draft: { ...good, segments: Array(URL_LIMITS.maxSegments + 1).fill(good.segments[0]) }, path: "segments" },
  ])("$label -> an issue at $path", ({ draft, path }) => {
    expect(validateDraft(draft).map((i) => i.path)).toContain(path);
  });
  test("a surface sector needs no carrier or cabin", () => {
    const surface = { ...good.segments[1], from: "LHR", to: "MAN", carrier: "", cabin: "", surface: true, departs: "2024-06-04T09:00", arrives: "2024-06-04T12:00" };
    const last = { ...good.segments[1], from: "MAN", to: "NRT", departs: "2024-06-05T09:00", arrives: "2024-06-06T08:00" };
    expect(validateDraft({ ...good, segments: [good.segments[0], { ...good.segments[1] }, surface, last] })).toEqual([]);
  });
});
