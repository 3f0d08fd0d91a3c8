import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulateKiva, ZKivaSimulateRequest } from "./index";
import type { TKivaSimulateRequestInput } from "./schema";

const run = (input: TKivaSimulateRequestInput) => simulateKiva(ZKivaSimulateRequest.parse(input));

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const base = {
  loanUsd: fc.integer({ min: 25, max: 500 }),
  loans: fc.integer({ min: 1, max: 50 }),
  termMonths: fc.integer({ min: 1, max: 36 }),
  fxCostPercent: fc.double({ min: 0, max: 5, noNaN: true }),
  usdJpy: fc.double({ min: 80, max: 200, noNaN: true }),
  years: fc.integer({ min: 1, max: 5 }),
};
// Any card: the month's payment converted to yen, then floored.
const anyCard = fc.record({ ...base, milesPerJpy: fc.double({ min: 0, max: 0.03, noNaN: true }) });
// A card earning whole miles per dollar: no fraction is ever dropped, so the
// monthly floor cannot hide an effect (see the "monthly floor" cases).
const wholeMilesCard = fc.record({ ...base, milesPerUsd: fc.integer({ min: 1, max: 3 }) });

describe("Kiva properties", () => {
  it("a lower repayment rate never lowers the cost per mile (no relend, any card)", () => {
    fc.assert(
      fc.property(anyCard, rate, rate, (c, r1, r2) => {
        const lo = run({ ...c, repaymentRate: Math.min(r1, r2) });
        const hi = run({ ...c, repaymentRate: Math.max(r1, r2) });
        if (lo.costPerMileJpy === null) return hi.costPerMileJpy === null;
        return lo.costPerMileJpy >= hi.costPerMileJpy! && lo.expectedLossUsd >= hi.expectedLossUsd;
      }),
    );
  });

  it("a lower repayment rate never lowers the cost per mile (relend, whole-mile card)", () => {
    fc.assert(
      fc.property(wholeMilesCard, rate, rate, (c, r1, r2) => {
        const lo = run({ ...c, relend: true, repaymentRate: Math.min(r1, r2) });
        const hi = run({ ...c, relend: true, repaymentRate: Math.max(r1, r2) });
        return lo.costPerMileJpy! >= hi.costPerMileJpy!;
      }),
    );
  });

  it("more money lent never yields fewer miles (no relend, any card; more loans or bigger loans)", () => {
    fc.assert(
      fc.property(anyCard, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 100 }), (c, moreLoans, moreUsd) => {
        const a = run(c);
        const b = run({ ...c, loans: c.loans + moreLoans, loanUsd: c.loanUsd + moreUsd });
        return b.lentUsd >= a.lentUsd && b.milesEarned >= a.milesEarned;
      }),
    );
  });

  it("more loans never yield less lent or fewer miles (relend, whole-mile card)", () => {
    fc.assert(
      fc.property(wholeMilesCard, fc.integer({ min: 1, max: 20 }), rate, (c, more, r) => {
        const a = run({ ...c, relend: true, repaymentRate: r });
        const b = run({ ...c, relend: true, repaymentRate: r, loans: c.loans + more });
        return b.lentUsd >= a.lentUsd && b.milesEarned >= a.milesEarned;
      }),
    );
  });

  it("money is conserved: lent = repaid + still out + expected loss; repaid = relent + returned", () => {
    fc.assert(
      fc.property(anyCard, rate, fc.boolean(), (c, r, relend) => {
        const s = run({ ...c, repaymentRate: r, relend });
        const cents = (x: number) => Math.round(x * 100);
        const firstLoans = c.loans * c.loanUsd * 100;
        return (
          cents(s.lentUsd) === cents(s.repaidUsd) + cents(s.outstandingUsd) + cents(s.expectedLossUsd) &&
          cents(s.repaidUsd) === cents(s.lentUsd) - firstLoans + cents(s.returnedUsd)
        );
      }),
    );
  });

  it("the schedule adds up: cumulative miles never fall and end at milesEarned; monthly payments sum to lentUsd", () => {
    fc.assert(
      fc.property(anyCard, rate, fc.boolean(), (c, r, relend) => {
        const s = run({ ...c, repaymentRate: r, relend });
        const cm = s.schedule.map((m) => m.cumulativeMiles);
        const lent = s.schedule.reduce((a, m) => a + Math.round(m.lentUsd * 100), 0);
        return (
          s.schedule.length === c.years * 12 &&
          cm.every((v, i) => i === 0 || v >= cm[i - 1]) &&
          cm[cm.length - 1] === s.milesEarned &&
          lent === Math.round(s.lentUsd * 100)
        );
      }),
    );
  });

  it("expected loss is (1 - rate) of everything lent, to the cent per loan", () => {
    fc.assert(
      fc.property(anyCard, rate, fc.boolean(), (c, r, relend) => {
        const s = run({ ...c, repaymentRate: r, relend });
        const perLoanLossCents = c.loanUsd * 100 - Math.round(c.loanUsd * 100 * r);
        expect(Math.round(s.expectedLossUsd * 100)).toBe(s.loansLent * perLoanLossCents);
        return true;
      }),
    );
  });
});
