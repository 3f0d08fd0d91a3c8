import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ZValuations } from "@/lib/calculators/optimizer/schema";
import { HELSINKI_STOPOVER } from "./examples";
import { parseItineraryQuery, requestToDraft, serializeItinerary } from "./url";
import { parseViewQuery, serializeViewQuery, VIEW_LIMITS } from "./view-url";

/** What Next.js hands the page: the query decoded once, as a plain record (first value of each key). */
function viaAddress(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(`https://tabiji.example/awards?${query}`).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

describe("the documented encoding", () => {
  test.each([
    { label: "the checker with stored valuations: nothing in the address", view: "check" as const, text: {} as Record<string, string>, query: "" },
    { label: "the optimizer, stored valuations", view: "optimize" as const, text: {} as Record<string, string>, query: "view=optimize" },
    { label: "the brief's example: JAL miles 2, Avios 1.5 (space %-escaped, separators readable)", view: "optimize" as const, text: { "JAL miles": "2", Avios: "1.5" }, query: "view=optimize&v=JAL%20miles:2,Avios:1.5" },
    { label: "an empty field means the stored default: left out", view: "optimize" as const, text: { "JAL miles": "", Avios: " 1.5 " }, query: "view=optimize&v=Avios:1.5" },
  ])("$label", ({ view, text, query }) => {
    expect(serializeViewQuery(view, text)).toBe(query);
    const state = parseViewQuery(viaAddress(query));
    expect(state.view).toBe(view);
    expect(state.issues).toEqual([]);
    const used = Object.fromEntries(Object.entries(text).filter(([, t]) => t.trim()).map(([c, t]) => [c, Number(t)]));
    expect(state.valuations).toEqual(used);
  });

  test("view and v sit next to the itinerary, which reads back unchanged (url.ts ignores them)", () => {
    const draft = requestToDraft(HELSINKI_STOPOVER);
    const query = `${serializeItinerary(draft)}&${serializeViewQuery("optimize", { Avios: "3" })}`;
    expect(parseItineraryQuery(viaAddress(query))).toEqual({ draft, issues: [] });
    expect(parseViewQuery(viaAddress(query))).toMatchObject({ view: "optimize", valuations: { Avios: 3 }, issues: [] });
  });

  test("an unknown view opens the checker", () => {
    expect(parseViewQuery({ view: "map" }).view).toBe("check");
  });
});

describe("bad values: an issue at the currency, the stored default used", () => {
  test.each([
    { label: "ZValuations: a valuation must be more than 0", v: "Avios:0", path: "valuations.Avios", message: /more than 0/ },
    { label: "ZValuations: at most 100 cents per point", v: "Avios:150", path: "valuations.Avios", message: /at most 100/ },
    { label: "not a number", v: "Avios:abc", path: "valuations.Avios", message: /not a number/ },
    { label: "a sign or an exponent is not a plain number", v: "Avios:1e1", path: "valuations.Avios", message: /not a number/ },
    { label: "no ':'", v: "Avios", path: "valuations", message: /CURRENCY:CENTS/ },
    { label: "ZValuations: a currency name has at most 40 characters", v: `${"A".repeat(41)}:2`, path: `valuations.${"A".repeat(41)}`, message: /40 characters/ },
  ])("$label", ({ v, path, message }) => {
    const state = parseViewQuery({ view: "optimize", v });
    expect(state.issues).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
    expect(state.valuations).toEqual({});
  });

  test("one bad value does not drop the good ones; the typed text is kept for the form", () => {
    const state = parseViewQuery({ v: "Avios:x,JAL%20miles:2" });
    expect(state.valuations).toEqual({ "JAL miles": 2 });
    expect(state.valuationText).toEqual({ Avios: "x", "JAL miles": "2" });
  });

  test("too many pairs, or too long: one issue at valuations", () => {
    const many = Array.from({ length: VIEW_LIMITS.maxValuations + 1 }, (_, i) => `C${i}:1`).join(",");
    expect(parseViewQuery({ v: many }).issues).toContainEqual(expect.objectContaining({ path: "valuations", code: "url.tooManyValuations" }));
    expect(Object.keys(parseViewQuery({ v: many }).valuations)).toHaveLength(VIEW_LIMITS.maxValuations);
    expect(parseViewQuery({ v: "A".repeat(VIEW_LIMITS.maxValuationsParam + 1) })).toMatchObject({ valuations: {}, issues: [{ path: "valuations", code: "url.valuationsTooLong" }] });
  });
});

describe("properties", () => {
  const currency = fc.string({ unit: fc.constantFrom("A", "v", "i", "o", "s", " ", ":", ",", "%", "ヘ", "&", "+"), minLength: 1, maxLength: 12 }).filter((c) => c.trim() === c && c !== "");
  const cents = fc.integer({ min: 1, max: 1_000_000 }).map((n) => String(n / 10_000));

  test("any valid valuations survive the address and are what ZValuations accepts", () => {
    fc.assert(
      fc.property(fc.dictionary(currency, cents, { maxKeys: VIEW_LIMITS.maxValuations }), (text) => {
        const query = serializeViewQuery("optimize", text);
        expect(query).not.toMatch(/[ +#&]v=.*[&]/);
        const state = parseViewQuery(viaAddress(query));
        expect(state.issues).toEqual([]);
        expect(state.valuationText).toEqual(text);
        expect(state.valuations).toEqual(ZValuations.parse(Object.fromEntries(Object.entries(text).map(([c, t]) => [c, Number(t)]))));
      }),
      { numRuns: 300 },
    );
  });

  test("hostile addresses never throw; every value used obeys ZValuations", () => {
    const hostile = fc.oneof(fc.string({ unit: "binary", maxLength: 500 }), fc.string({ unit: fc.constantFrom(":", ",", "%", "%ZZ", "1", ".", "A", " ", "-", "e"), maxLength: 60 }));
    fc.assert(
      fc.property(fc.record({ view: fc.option(hostile, { nil: undefined }), v: fc.option(hostile, { nil: undefined }) }), (query) => {
        const state = parseViewQuery(query);
        expect(ZValuations.safeParse(state.valuations).success).toBe(true);
        for (const i of state.issues) expect(i.path).toMatch(/^valuations(\..+)?$/s);
        expect(() => serializeViewQuery(state.view, state.valuationText)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
