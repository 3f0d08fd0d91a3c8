import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ZQuoteRequest } from "@/lib/calculators/awards/schema";
import { EXAMPLES, HELSINKI_STOPOVER } from "./examples";
import { draftToRequest, parseItineraryQuery, requestToDraft, serializeItinerary, URL_LIMITS, type ItineraryDraft, type SegmentDraft } from "./url";

/** What Next.js hands the page: the query decoded once, as a plain record. */
function viaAddress(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(`https://tabiji.example/awards?${query}`).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

const roundTrip = (draft: ItineraryDraft) => parseItineraryQuery(viaAddress(serializeItinerary(draft)));

describe("the documented encoding", () => {
  test.each([
    {
      label: "api.md example: NRT-HEL-LHR on AY in business, all programs",
      draft: requestToDraft(HELSINKI_STOPOVER),
      query: "s=NRT-HEL.AY.business.2027-06-01T10:25.2027-06-01T15:10~HEL-LHR.AY.business.2027-06-03T17:00.2027-06-03T18:35",
    },
    {
      label: "programs, asOf and season",
      draft: { ...requestToDraft(HELSINKI_STOPOVER), programs: ["JAL", "BA", "AS", "CX"], asOf: "2024-06-01", season: "peak" },
      query: "s=NRT-HEL.AY.business.2027-06-01T10:25.2027-06-01T15:10~HEL-LHR.AY.business.2027-06-03T17:00.2027-06-03T18:35&p=JAL,BA,AS,CX&asOf=2024-06-01&season=peak",
    },
    {
      label: "a surface sector has no carrier or cabin and the flag s; the turnaround the flag t",
      draft: requestToDraft({
        segments: [
          { from: "NRT", to: "LHR", carrier: "JL", cabin: "economy", departs: "2024-06-01T10:00", arrives: "2024-06-01T15:00", turnaround: true },
          { from: "LHR", to: "MAN", departs: "2024-06-05T09:00", arrives: "2024-06-05T12:00", surface: true },
          { from: "MAN", to: "NRT", carrier: "BA", cabin: "economy", departs: "2024-06-09T09:00", arrives: "2024-06-10T08:00" },
        ],
      }),
      query: "s=NRT-LHR.JL.economy.2024-06-01T10:00.2024-06-01T15:00.t~LHR-MAN...2024-06-05T09:00.2024-06-05T12:00.s~MAN-NRT.BA.economy.2024-06-09T09:00.2024-06-10T08:00",
    },
  ])("$label", ({ draft, query }) => {
    expect(serializeItinerary(draft)).toBe(query);
    expect(parseItineraryQuery(viaAddress(query))).toEqual({ draft, issues: [] });
  });

  test("no s: an empty draft (the page's empty state)", () => {
    expect(parseItineraryQuery({})).toEqual({ draft: { segments: [], programs: null, asOf: "", season: "" }, issues: [] });
  });

  test("the example links open the example itineraries", () => {
    const helsinki = EXAMPLES.find((e) => e.key === "helsinki")!;
    const { draft } = parseItineraryQuery(viaAddress(helsinki.href.split("?")[1]));
    expect(draftToRequest(draft)).toEqual(HELSINKI_STOPOVER);
  });

  test("odd characters are %-escaped and come back exactly", () => {
    const seg: SegmentDraft = { from: "N-R.T", to: "ヘル~", carrier: "A%Y", cabin: "biz ness", departs: "2024-06-01T10:25&x=1", arrives: "+#", surface: false, turnaround: false };
    const draft: ItineraryDraft = { segments: [seg], programs: ["J,AL", "B A"], asOf: "2024/06/01", season: "p&q" };
    const query = serializeItinerary(draft);
    expect(query).not.toMatch(/[#+ ]/);
    expect(query.split("&").length).toBe(4);
    expect(roundTrip(draft)).toEqual({ draft, issues: [] });
  });
});

// ---------------------------------------------------------------- properties

const CABINS = ["economy", "premium", "business", "first"] as const;
const letters = (n: number) => fc.stringMatching(new RegExp(`^[A-Z]{${n}}$`));
const pad = (n: number) => String(n).padStart(2, "0");
const localTime = fc
  .record({ y: fc.integer({ min: 2000, max: 2099 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }) })
  .map(({ y, mo, d, h, mi }) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`);

const apiSegment = fc.oneof(
  fc.record({ from: letters(3), to: letters(3), carrier: fc.stringMatching(/^[A-Z0-9]{2}$/), cabin: fc.constantFrom(...CABINS), departs: localTime, arrives: localTime, turnaround: fc.constant(true) }, { requiredKeys: ["from", "to", "carrier", "cabin", "departs", "arrives"] }),
  fc.record({ from: letters(3), to: letters(3), departs: localTime, arrives: localTime, surface: fc.constant(true) }),
);

const apiRequest = fc.record(
  {
    segments: fc.array(apiSegment, { minLength: 1, maxLength: URL_LIMITS.maxSegments }),
    programs: fc.uniqueArray(fc.constantFrom("JAL", "BA", "AS", "CX"), { maxLength: 4 }),
    asOf: localTime.map((t) => t.slice(0, 10)),
    season: fc.constantFrom("offpeak", "peak"),
  },
  { requiredKeys: ["segments"] },
);

/** Odd text (separators, %, spaces, kana, astral characters): short, so 3 segments stay within the length bounds. */
const oddChar = fc.oneof(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), fc.constantFrom("~", ".", "-", "%", ",", "&", "é", "ヘ", "😀"));
const anyText = fc.string({ unit: oddChar, maxLength: 5 });
const anySegment: fc.Arbitrary<SegmentDraft> = fc.record({ from: anyText, to: anyText, carrier: anyText, cabin: anyText, departs: anyText, arrives: anyText, surface: fc.boolean(), turnaround: fc.boolean() });
const anyDraft: fc.Arbitrary<ItineraryDraft> = fc.record({
  segments: fc.array(anySegment, { maxLength: 3 }),
  programs: fc.option(fc.array(fc.string({ unit: oddChar, minLength: 1, maxLength: 3 }), { maxLength: 4 }), { nil: null }),
  asOf: fc.string({ unit: oddChar, maxLength: 3 }),
  season: fc.string({ unit: oddChar, maxLength: 3 }),
});

describe("properties", () => {
  test("every API request up to 16 segments survives the address unchanged (and stays short)", () => {
    fc.assert(
      fc.property(apiRequest, (req) => {
        const query = serializeItinerary(requestToDraft(req));
        expect(query.length).toBeLessThan(1100);
        const { draft, issues } = parseItineraryQuery(viaAddress(query));
        expect(issues).toEqual([]);
        expect(draftToRequest(draft)).toEqual(req);
        expect(ZQuoteRequest.safeParse(draftToRequest(draft)).success).toBe(ZQuoteRequest.safeParse(req).success);
      }),
      { numRuns: 300 },
    );
  });

  test("every draft, however odd its text, survives the address unchanged", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(roundTrip(draft)).toEqual({ draft, issues: [] });
      }),
      { numRuns: 500 },
    );
  });

  test("hostile addresses never throw: issues with known paths, at most 16 segments", () => {
    const hostile = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: fc.constantFrom("~", ".", "-", "%", "A", "1", ":", "T", "s", "t", "x", "%E0", "%ZZ"), maxLength: 400 }));
    const value = fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.record({ s: value, p: value, asOf: value, season: value, other: value }), (query) => {
        const { draft, issues } = parseItineraryQuery(query);
        expect(draft.segments.length).toBeLessThanOrEqual(URL_LIMITS.maxSegments);
        for (const i of issues) expect(i.path).toMatch(/^(segments(\.\d+)?|programs|asOf|season)$/);
        // Whatever was read can be written back.
        expect(() => serializeItinerary(draft)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("hostile input gives a clean issue", () => {
  const ok = "NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10";
  test.each([
    { label: "17 segments", query: { s: Array(17).fill(ok).join("~") }, path: "segments", code: "url.tooManySegments" },
    { label: "s longer than the bound", query: { s: "A".repeat(URL_LIMITS.maxSegmentsParam + 1) }, path: "segments", code: "url.tooLong" },
    { label: "a segment with 4 fields", query: { s: "NRT-HEL.AY.business.2024-06-01T10:25" }, path: "segments.0", code: "url.segmentShape" },
    { label: "a route without '-'", query: { s: `${ok}~HELLHR.AY.business.2024-06-03T17:00.2024-06-03T18:35` }, path: "segments.1", code: "url.segmentShape" },
    { label: "a broken %-escape", query: { s: "NRT-H%E0L.AY.business.2024-06-01T10:25.2024-06-01T15:10" }, path: "segments.0", code: "url.badEscape" },
    { label: "an unknown flag", query: { s: `${ok}.x` }, path: "segments.0", code: "url.unknownFlag" },
    { label: "too many programs", query: { s: ok, p: "JAL,BA,AS,CX,JAL,BA,AS,CX,JAL" }, path: "programs", code: "url.tooManyPrograms" },
    { label: "asOf too long", query: { s: ok, asOf: "2".repeat(41) }, path: "asOf", code: "url.tooLong" },
  ])("$label", ({ query, path, code }) => {
    const { issues } = parseItineraryQuery(query);
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  test("17 segments: the first 16 are kept for the editor", () => {
    expect(parseItineraryQuery({ s: Array(17).fill(ok).join("~") }).draft.segments).toHaveLength(16);
  });

  test("a repeated parameter: the first value counts", () => {
    expect(parseItineraryQuery({ s: [ok, "x"] }).draft.segments[0].from).toBe("NRT");
  });

  test("URLSearchParams works as well as Next's record", () => {
    expect(parseItineraryQuery(new URLSearchParams(`s=${ok}`)).draft.segments[0].to).toBe("HEL");
  });
});
