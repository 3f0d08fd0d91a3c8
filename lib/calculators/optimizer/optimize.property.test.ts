import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quoteItinerary } from "@/lib/calculators/awards";
import { datasetOf, journeyArb } from "@/lib/calculators/awards/test-arbitraries";
import { awardSeed } from "@/lib/data/seed/awards";
import { bruteForce } from "./brute-force";
import { buildCostTable } from "./costs";
import { optimizeResponse } from "./index";
import { bestPlan, type Plan } from "./plan";
import { runOptimizer, type OptimizeRun } from "./run";
import { ZOptimizeResponse } from "./schema";

/** More runs on demand: FC_RUNS=2000 npx vitest run ... */
const RUNS = Number(process.env.FC_RUNS ?? 120);
const CURRENCIES = ["JAL miles", "Avios", "Atmos points", "Asia Miles"] as const;
const valuationsArb = fc.option(
  fc.record(Object.fromEntries(CURRENCIES.map((c) => [c, fc.constantFrom(0.5, 1, 1.4, 1.5, 2, 3.25)])) as Record<(typeof CURRENCIES)[number], fc.Arbitrary<number>>, { requiredKeys: [] }),
  { freq: 2 },
);

/** The plan's tickets are consecutive, each quoted alone is valid at its price, and every flight is on one ticket or bought with money. */
function expectWellFormed(run: OptimizeRun, plan: Plan) {
  const segs = run.request.segments;
  const onTicket = new Array<number>(segs.length).fill(0);
  let prevLast = -1;
  for (const t of plan.tickets) {
    expect(t.first).toBeGreaterThan(prevLast);
    prevLast = t.last;
    for (let k = t.first; k <= t.last; k++) onTicket[k]++;
    const q = quoteItinerary({ segments: segs.slice(t.first, t.last + 1), programs: [t.program], asOf: run.request.asOf, season: run.request.season }, datasetOfRun(run));
    const award = q.quotes.find((x) => x.award === t.award)!;
    expect({ valid: award.valid, price: award.price }).toEqual({ valid: true, price: t.price });
  }
  segs.forEach((s, k) => {
    if (s.surface) expect(onTicket[k]).toBeLessThanOrEqual(1);
    else expect(onTicket[k] + (plan.cash.includes(k) ? 1 : 0)).toBe(1);
  });
  expect(plan.cost).toBe(plan.tickets.reduce((sum, t) => sum + t.cost, 0));
}

const dataOfRun = new WeakMap<OptimizeRun, ReturnType<typeof datasetOf>>();
const datasetOfRun = (run: OptimizeRun) => dataOfRun.get(run)!;

describe("the optimizer is exact", () => {
  test("its best plan costs exactly what a brute-force search over every split finds (same number of tickets on a tie), on random journeys of up to 7 segments", () => {
    fc.assert(
      fc.property(journeyArb(7), valuationsArb, (c, valuations) => {
        const data = datasetOf(c);
        const run = runOptimizer({ ...c.request, valuations: valuations ?? undefined }, data, awardSeed.valuations);
        dataOfRun.set(run, data);
        const brute = bruteForce(c.request, data, run.valuations.units);
        expect(run.table.cash).toEqual(brute?.cash ?? run.table.cash);
        if (!brute) {
          expect(run.best).toBeNull();
          return;
        }
        expect(run.best).not.toBeNull();
        expect({ cost: run.best!.cost, tickets: run.best!.tickets.length }).toEqual({ cost: brute.cost, tickets: brute.tickets });
        expectWellFormed(run, run.best!);
        for (const a of run.alternatives) {
          expectWellFormed(run, a.plan);
          expect(a.plan.cost).toBeGreaterThanOrEqual(run.best!.cost);
          if (a.kind === "singleProgram") expect(new Set(a.plan.tickets.map((t) => t.program))).toEqual(new Set([a.program]));
          if (a.kind === "singleTicket") expect(a.plan.tickets).toHaveLength(1);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test.each([
    { label: "one-carrier round trips on JAL awards (a ticket's turnaround moves as it grows: stopovers are not a reason to stop)", focus: { carriers: ["JL", "AY", "KE", "MU"], roundTrip: true, programs: ["JAL" as const], dataset: "all" as const } },
    { label: "oneworld round trips on JAL and BA (segment, city and domestic limits)", focus: { carriers: ["JL", "AY", "BA", "AA", "CX"], roundTrip: true, programs: ["JAL" as const, "BA" as const] } },
    { label: "Alaska and Asia Miles test charts (stopovers per direction, round-trip allowances)", focus: { programs: ["AS" as const, "CX" as const], dataset: "all" as const } },
  ])("brute force agrees on $label", ({ focus }) => {
    fc.assert(
      fc.property(journeyArb(7, focus), (c) => {
        const data = datasetOf(c);
        const run = runOptimizer(c.request, data, awardSeed.valuations);
        const brute = bruteForce(c.request, data, run.valuations.units);
        expect(run.best?.cost ?? null).toBe(brute?.cost ?? null);
        expect(run.best?.tickets.length ?? null).toBe(brute?.tickets ?? null);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test("pruning never changes the optimum: the same cost as quoting every ticket, on journeys of up to 10 segments", () => {
    fc.assert(
      fc.property(journeyArb(10), (c) => {
        const run = runOptimizer(c.request, datasetOf(c), awardSeed.valuations);
        const full = bestPlan(buildCostTable(run.journey, run.valuations.units, { prune: false }));
        expect(run.best?.cost ?? null).toBe(full?.cost ?? null);
        expect(run.best?.tickets.length ?? null).toBe(full?.tickets.length ?? null);
        expect(run.table.quoted).toBeLessThanOrEqual(buildCostTable(run.journey, run.valuations.units, { prune: false }).quoted);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 300_000);

  test("every response matches the published response schema", () => {
    fc.assert(
      fc.property(journeyArb(8), valuationsArb, (c, valuations) => {
        const run = runOptimizer({ ...c.request, valuations: valuations ?? undefined }, datasetOf(c), awardSeed.valuations);
        const parsed = ZOptimizeResponse.safeParse(optimizeResponse(run));
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 300_000);
});

describe("valuations", () => {
  test("valuing a currency higher never makes the best plan cheaper", () => {
    fc.assert(
      fc.property(journeyArb(6), fc.constantFrom(...CURRENCIES), fc.constantFrom(1.1, 1.5, 2, 4), (c, currency, factor) => {
        const data = datasetOf(c);
        const base = runOptimizer(c.request, data, awardSeed.valuations);
        const cents = base.valuations.used.find((v) => v.currency === currency)!.centsPerPoint;
        const raised = runOptimizer({ ...c.request, valuations: { [currency]: cents * factor } }, data, awardSeed.valuations);
        if (base.best) expect(raised.best!.cost).toBeGreaterThanOrEqual(base.best.cost);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 300_000);

  test("doubling every valuation doubles the cost and keeps the same plan", () => {
    fc.assert(
      fc.property(journeyArb(6), (c) => {
        const data = datasetOf(c);
        const base = runOptimizer(c.request, data, awardSeed.valuations);
        const doubled = Object.fromEntries(base.valuations.used.map((v) => [v.currency, v.centsPerPoint * 2]));
        const twice = runOptimizer({ ...c.request, valuations: doubled }, data, awardSeed.valuations);
        expect(twice.best?.cost ?? null).toBe(base.best ? base.best.cost * 2 : null);
        expect(twice.best?.tickets.map((t) => `${t.first}-${t.last}:${t.program}.${t.award}`)).toEqual(base.best?.tickets.map((t) => `${t.first}-${t.last}:${t.program}.${t.award}`));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 300_000);
});
