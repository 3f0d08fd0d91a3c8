// In-process calculator timings on the seed data, as production builds it
// (the award engine gets every seeded airport and airline, not test fixtures).
import { timeIt, type Figure } from "./stats";
import { buildAirportRows } from "@/lib/data/airports";
import { airportsJa } from "@/lib/data/seed/airports-ja";
import { metroCodes } from "@/lib/data/seed/metro-codes";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { awardSeed } from "@/lib/data/seed/awards";
import { awardDataFromRows, prepareAwardData, quoteItinerary, type QuoteSegmentInput } from "@/lib/calculators/awards";
import { trip } from "@/lib/calculators/awards/test-data";
import { optimizeItinerary } from "@/lib/calculators/optimizer";
import { quoteConversion, ZConversionQuoteRequest } from "@/lib/calculators/conversions";
import { seedData as conversionData } from "@/lib/calculators/conversions/test-data";
import { buyPoints, ZIhgBuyPointsRequest } from "@/lib/calculators/ihg";
import { seedRule } from "@/lib/calculators/ihg/test-data";
import { aviosSubscriptions, cheapestAviosPlan, ZAviosCollectRequest } from "@/lib/calculators/avios";
import { seedPlans } from "@/lib/calculators/avios/test-data";
import { simulateKiva, ZKivaSimulateRequest } from "@/lib/calculators/kiva";
import { compareCards, resolveCardEntries, ZCardsCompareRequest } from "@/lib/calculators/cards";
import { cardPresetMap } from "@/lib/calculators/cards/from-rows";
import { cardPresetSeedRows } from "@/lib/data/seed/cards";
import { listRatings } from "@/lib/calculators/safety";

/** Round-the-world style itineraries of 2, 6, 8 and 16 segments on oneworld carriers. */
export const ITINERARIES: Record<number, string> = {
  2: "NRT-HEL/AY HEL-LHR/AY",
  6: "NRT-HKG/CX HKG-DOH/QR DOH-MAD/IB MAD-LHR/BA LHR-JFK/AA JFK-HND/JL",
  8: "NRT-HKG/CX HKG-DOH/QR DOH-MAD/IB MAD-LHR/BA LHR-JFK/AA JFK-LAX/AA LAX-HNL/AS HNL-HND/JL",
  16: "NRT-HKG/CX HKG-SIN/CX SIN-DOH/QR DOH-HEL/AY HEL-LHR/AY LHR-MAD/IB MAD-LHR/BA LHR-JFK/AA JFK-ORD/AA ORD-DFW/AA DFW-LAX/AA LAX-SEA/AS SEA-ANC/AS ANC-SEA/AS SEA-HNL/AS HNL-HND/JL",
};

export function segmentsFor(n: number): QuoteSegmentInput[] {
  return trip(ITINERARIES[n], { stays: Array(n).fill(30) });
}

export function runInProcess(log: (line: string) => void): Figure[] {
  const figures: Figure[] = [];
  const record = (name: string, fn: () => unknown) => {
    const t = timeIt(fn);
    figures.push({ name: `inprocess:${name}`, kind: "inprocess", medianMs: t.medianMs, p95Ms: t.p95Ms, runs: t.runs });
    log(`  ${name.padEnd(28)} median ${t.medianMs.toFixed(4)} ms  p95 ${t.p95Ms.toFixed(4)} ms  (${t.runs} runs)`);
  };

  const airportRows = buildAirportRows({ namesJa: airportsJa, metros: metroCodes });
  const airlineRows = airlines.map((a) => ({ ...a, memberships: allianceMemberships.filter((m) => m.airlineCode === a.code) }));
  const awardData = prepareAwardData(awardDataFromRows({ ...awardSeed, airports: airportRows, airlines: airlineRows }));
  for (const n of [2, 6, 8, 16]) {
    const request = { segments: segmentsFor(n) };
    quoteItinerary(request, awardData); // must not throw
    record(`awards.quote.${n}`, () => quoteItinerary(request, awardData));
  }
  for (const n of [8, 16]) {
    const request = { segments: segmentsFor(n) };
    optimizeItinerary(request, awardData, awardSeed.valuations); // must not throw
    record(`awards.optimize.${n}`, () => optimizeItinerary(request, awardData, awardSeed.valuations));
  }

  const conv = ZConversionQuoteRequest.parse({ route: "ponta-jal", points: 10001, date: "2023-07-15", campaignEntry: true, eligible: true });
  record("conversions.quote", () => quoteConversion(conv, conversionData, "2023-07-15"));
  const ihg = ZIhgBuyPointsRequest.parse({ points: 20000, bonusPercent: 100, centsPerPoint: 1.0, stay: { cashUsd: 200, awardPoints: 40000 } });
  record("ihg.buyPoints", () => buyPoints(ihg, seedRule));
  record("avios.subscriptions", () => aviosSubscriptions(seedPlans, { valueCentsPerAvios: 1.5 }));
  const collect = ZAviosCollectRequest.parse({ targetAvios: 100_000, deadline: "2027-06-30" });
  record("avios.cheapest", () => cheapestAviosPlan(seedPlans, collect, "2026-11-23"));
  const kiva = ZKivaSimulateRequest.parse({ loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 1.5, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true });
  record("kiva.simulate", () => simulateKiva(kiva));
  const cardsReq = ZCardsCompareRequest.parse({ yearlySpendJpy: 3_000_000, cards: [{ preset: "saison-platinum-business-amex" }] });
  const presets = cardPresetMap(cardPresetSeedRows);
  record("cards.compare", () => {
    const resolved = resolveCardEntries(cardsReq.cards, presets);
    return resolved.ok ? compareCards(resolved.cards, cardsReq.yearlySpendJpy) : null;
  });
  const safetyData = { airlines, memberships: allianceMemberships, ratings: safetyRatings };
  record("safety.list", () => listRatings(safetyData, { year: 2024, alliance: "oneworld", minStars: 1 }));
  return figures;
}
