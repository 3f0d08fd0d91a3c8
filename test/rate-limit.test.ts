// The public POST endpoints' per-client rate limit, through a real route handler: a burst
// over the limit gets 429 with Retry-After, other clients are not affected, and the limit
// resets when the window has passed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const LIMIT = 5;
let POST: (request: Request, context: unknown) => Promise<Response>;

beforeAll(async () => {
  vi.stubEnv("TABIJI_RATE_LIMIT_PER_MINUTE", String(LIMIT));
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-23T00:00:00Z"));
  ({ POST } = (await import("@/app/api/v1/kiva/simulate/route")) as never);
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const body = JSON.stringify({ loanUsd: 30, loans: 1, termMonths: 8, milesPerUsd: 1.5, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96 });
const call = (client: string) =>
  POST(new Request("http://tabiji.test/api/v1/kiva/simulate", { method: "POST", body, headers: { "content-type": "application/json", "x-tabiji-client": client } }), {});

describe("rate limit on POST /api/v1 endpoints", () => {
  it("answers a burst over the limit with 429 and Retry-After, per client, and resets after the window", async () => {
    const statuses = [];
    for (let i = 0; i < LIMIT + 3; i++) statuses.push((await call("198.51.100.7")).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429, 429]);

    const refused = await call("198.51.100.7");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ error: "rate_limited" });

    // Another client still gets answers.
    expect((await call("203.0.113.9")).status).toBe(200);

    // After Retry-After seconds the window is over.
    vi.setSystemTime(Date.now() + retryAfter * 1000);
    expect((await call("198.51.100.7")).status).toBe(200);
  });
});
