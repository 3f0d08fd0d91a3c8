import { describe, expect, test } from "vitest";
import * as z from "zod";
import { ZKivaSimulateRequest } from "./schema";

const valid = { loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 0.01, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true };

describe("ZKivaSimulateRequest", () => {
  test("api.md example request is accepted as is", () => {
    expect(ZKivaSimulateRequest.parse(valid)).toEqual(valid);
  });

  test("defaults: years 1, relend false; repaymentRate left out (the route fills the stored rate)", () => {
    const { repaymentRate: _r, years: _y, relend: _l, ...rest } = valid;
    const parsed = ZKivaSimulateRequest.parse(rest);
    expect(parsed).toMatchObject({ years: 1, relend: false });
    expect(parsed.repaymentRate).toBeUndefined();
  });

  test.each([
    { label: "seed 5 lent 30 USD: not a 25 USD step, still accepted", patch: { loanUsd: 30 }, ok: true },
    { label: "Kiva minimum 25 USD accepted", patch: { loanUsd: 25 }, ok: true },
    { label: "below 25 USD rejected", patch: { loanUsd: 24 }, ok: false, path: "loanUsd" },
    { label: "cents in loanUsd rejected (whole dollars)", patch: { loanUsd: 30.5 }, ok: false, path: "loanUsd" },
    { label: "loanUsd above 10,000 rejected", patch: { loanUsd: 10_001 }, ok: false, path: "loanUsd" },
    { label: "loans 0 rejected", patch: { loans: 0 }, ok: false, path: "loans" },
    { label: "loans 1,001 rejected", patch: { loans: 1001 }, ok: false, path: "loans" },
    { label: "termMonths 61 rejected", patch: { termMonths: 61 }, ok: false, path: "termMonths" },
    { label: "years 11 rejected", patch: { years: 11 }, ok: false, path: "years" },
    { label: "repaymentRate 1.01 rejected", patch: { repaymentRate: 1.01 }, ok: false, path: "repaymentRate" },
    { label: "negative fx cost rejected", patch: { fxCostPercent: -1 }, ok: false, path: "fxCostPercent" },
    { label: "milesPerJpy instead of milesPerUsd accepted", patch: { milesPerUsd: undefined, milesPerJpy: 0.01 }, ok: true },
    { label: "both earning rates rejected", patch: { milesPerJpy: 0.01 }, ok: false, path: "milesPerJpy" },
    { label: "no earning rate rejected", patch: { milesPerUsd: undefined }, ok: false, path: "milesPerUsd" },
    { label: "usdJpy missing rejected (needed for yen costs)", patch: { usdJpy: undefined }, ok: false, path: "usdJpy" },
    { label: "string number rejected", patch: { loans: "2" }, ok: false, path: "loans" },
  ])("$label", ({ patch, ok, path }) => {
    const r = ZKivaSimulateRequest.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(ok);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toContain(path);
  });

  test("converts to JSON Schema for the OpenAPI document", () => {
    const js = z.toJSONSchema(ZKivaSimulateRequest, { io: "input" }) as { properties: Record<string, { description?: string }> };
    expect(Object.keys(js.properties)).toEqual(expect.arrayContaining(["loanUsd", "milesPerUsd", "milesPerJpy", "relend"]));
    expect(js.properties.loanUsd.description).toMatch(/25/);
  });
});
