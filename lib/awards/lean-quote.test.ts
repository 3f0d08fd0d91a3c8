import { describe, expect, test } from "vitest";
import { quoteItinerary } from "@/lib/calculators/awards";
import { seedData, trip } from "@/lib/calculators/awards/test-data";
import { renderQuote } from "@/lib/i18n/award-messages";
import { leanQuote, ZLeanQuoteResponse } from "./lean-quote";

// A 6-segment oneworld round trip, as bench/inprocess.ts quotes it.
const full = renderQuote(quoteItinerary({ segments: trip("NRT-HKG/CX HKG-DOH/QR DOH-MAD/IB MAD-LHR/BA LHR-JFK/AA JFK-HND/JL", { stays: Array(6).fill(30) }) }, seedData));

describe("leanQuote: the quote API's answer", () => {
  test("by default: no rule list in any quote, everything else as quoted, valid against the published schema", () => {
    const lean = leanQuote(full, false);
    expect(lean.quotes.every((q) => !("rules" in q))).toBe(true);
    expect(lean.rules).toBeUndefined();
    expect(lean.quotes).toEqual(full.quotes.map(({ rules: _r, ...q }) => q));
    expect({ ...lean, quotes: undefined }).toEqual({ ...full, quotes: undefined });
    expect(ZLeanQuoteResponse.safeParse(lean).success).toBe(true);
  });

  test("?include=rules: every rule each quote applied is there once, with the quotes that use it", () => {
    const lean = leanQuote(full, true);
    expect(ZLeanQuoteResponse.safeParse(lean).success).toBe(true);
    const ids = lean.rules!.map(({ usedBy: _u, ...r }) => JSON.stringify(r));
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of full.quotes) {
      const used = lean.rules!.filter((r) => r.usedBy.includes(`${q.program}.${q.award}`)).map(({ usedBy: _u, ...r }) => r);
      expect(used, `${q.program}.${q.award}`).toEqual(expect.arrayContaining(q.rules));
      expect(used).toHaveLength(q.rules.length);
    }
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length);
  });
});
