import { describe, expect, test } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { fieldOf, issuesAt, issueText } from "./issue-text";
import { validateDraft } from "./validate";
import { EMPTY_SEGMENT } from "@/lib/awards/url";

const en = loadMessages("en").awards as Record<string, unknown>;
const has = (key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en) !== undefined;

describe("issueText: which words the page shows", () => {
  test.each([
    { label: "engine data check, English", issue: { path: "segments.0.to", message: "Unknown airport QQQ.", messageJa: "不明な空港コードです: QQQ", code: "itinerary" }, locale: "en", expected: { text: "Unknown airport QQQ." } },
    { label: "engine data check, Japanese", issue: { path: "segments.0.to", message: "Unknown airport QQQ.", messageJa: "不明な空港コードです: QQQ", code: "itinerary" }, locale: "ja", expected: { text: "不明な空港コードです: QQQ" } },
    { label: "schema: bad airport code", issue: { path: "segments.1.from", message: "Use a 3-letter IATA airport code.", code: "zod.invalid_format" }, locale: "en", expected: { key: "errors.airportCode" } },
    { label: "schema: same airport at both ends", issue: { path: "segments.1.to", message: "A segment must end at another airport than it starts from.", code: "zod.custom" }, locale: "ja", expected: { key: "errors.sameAirport" } },
    { label: "schema: flight without carrier", issue: { path: "segments.0.carrier", message: "…", code: "zod.custom" }, locale: "en", expected: { key: "errors.carrierRequired" } },
    { label: "schema: 17 segments", issue: { path: "segments", message: "At most 16 segments.", code: "zod.too_big" }, locale: "en", expected: { key: "errors.tooManySegments" } },
    { label: "schema: unknown program", issue: { path: "programs.1", message: "Invalid option", code: "zod.invalid_value" }, locale: "en", expected: { key: "errors.programs" } },
    { label: "address: segment shape", issue: { path: "segments.2", message: "…", code: "url.segmentShape" }, locale: "en", expected: { key: "errors.url.segmentShape" } },
    { label: "unknown field: generic words", issue: { path: "segments.0.colour", message: "?", code: "zod.custom" }, locale: "en", expected: { key: "errors.generic" } },
  ])("$label", ({ issue, locale, expected }) => {
    const got = issueText(issue, locale);
    expect(got).toEqual(expected);
    if ("key" in got) expect(has(got.key), got.key).toBe(true);
  });

  test("every issue the editor's own check can raise has words in the catalogue", () => {
    const drafts = [
      { segments: [EMPTY_SEGMENT], programs: [], asOf: "June", season: "winter" },
      { segments: [{ ...EMPTY_SEGMENT, from: "NRT", to: "NRT", departs: "2024-02-30T10:00", arrives: "x", surface: true, turnaround: true }], programs: ["XX"], asOf: "", season: "" },
    ];
    for (const d of drafts) {
      for (const issue of validateDraft(d)) {
        const got = issueText(issue, "en");
        expect("key" in got && has(got.key), `${issue.path} ${issue.code}`).toBe(true);
      }
    }
  });

  test("fieldOf and issuesAt", () => {
    expect(fieldOf("segments.1.from")).toBe("from");
    expect(fieldOf("programs.0")).toBe("programs");
    const at = issuesAt([
      { path: "programs.1", message: "a" },
      { path: "segments.0.to", message: "first" },
      { path: "segments.0.to", message: "second" },
    ]);
    expect(at.get("programs")?.message).toBe("a");
    expect(at.get("segments.0.to")?.message).toBe("first");
  });
});
