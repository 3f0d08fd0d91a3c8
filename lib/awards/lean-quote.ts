// What POST /api/v1/awards/quote answers: the quote without a rule list in every quote.
// Each quote used to repeat every rule in force for its program (key, value, source,
// notes): two thirds of a 6-segment answer. The rules are provenance, not the answer, so
// they come once per response and only on request (`?include=rules`): each used rule
// once, with the quotes that use it ("JAL.partner"). The /awards page quotes in-process and
// keeps the full quote; api.md names no per-quote rule list.
import { ZDataAsOf } from "@/lib/calculators/data-age/schema";
import { z } from "zod";
import { ZQuote, ZQuoteResponse } from "@/lib/calculators/awards/schema";
import type { RenderedQuoteResponse } from "@/lib/i18n/award-messages";

export const ZQuoteQuery = z.object({
  include: z.enum(["rules"]).optional().meta({ description: "`rules`: add the rules in force behind the quotes, each once, with the quotes that use it" }),
});

const ZUsedRule = z.object({
  key: z.string().max(100),
  value: z.unknown(),
  source: z.string().max(1000),
  confidence: z.string().max(1),
  notes: z.string().max(4000).nullable(),
  usedBy: z.array(z.string().max(40)).max(8).meta({ description: "The quotes that apply this rule, as program.award" }),
});

export const ZLeanQuoteResponse = ZQuoteResponse.extend({
  quotes: z.array(ZQuote.omit({ rules: true })).max(8),
  rules: z.array(ZUsedRule).max(800).optional(),
  dataAsOf: ZDataAsOf.optional(),
}).meta({ description: "POST /api/v1/awards/quote response" });

export type TLeanQuoteResponse = z.infer<typeof ZLeanQuoteResponse>;

/** The quote as the API answers it; with `includeRules`, every rule used, once. */
export function leanQuote(quote: RenderedQuoteResponse, includeRules: boolean): TLeanQuoteResponse {
  const quotes = quote.quotes.map(({ rules: _rules, ...q }) => q);
  if (!includeRules) return { ...quote, quotes };
  const used = new Map<string, z.infer<typeof ZUsedRule>>();
  for (const q of quote.quotes) {
    for (const r of q.rules) {
      const id = JSON.stringify([r.key, r.value, r.source, r.confidence, r.notes]);
      const entry = used.get(id) ?? { ...r, usedBy: [] };
      entry.usedBy.push(`${q.program}.${q.award}`);
      used.set(id, entry);
    }
  }
  return { ...quote, quotes, rules: [...used.values()] };
}
