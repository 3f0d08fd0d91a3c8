// Per-client rate limits (engineering guide §3): a fixed window per key, in memory. The
// one implementation is the production server's (scripts/server/limits.mjs), which
// counts every request that computes before Next sees it; the route handlers use the
// same class under `next dev`. One process is one limiter; a deployment with several
// instances gets a limit per instance, which still bounds abuse. Keys are bounded so a
// flood of clients cannot exhaust memory.
import { ClientBudget, type BudgetVerdict } from "@/scripts/server/limits.mjs";

export type RateLimitResult = BudgetVerdict;
export { ClientBudget as RateLimiter };

/**
 * The client's address as the server saw it: scripts/server.mjs always overwrites
 * x-tabiji-client (from the socket, or the first X-Forwarded-For hop when
 * TABIJI_TRUST_PROXY=1). Under `next dev` Next fills x-forwarded-for from the socket.
 */
export function clientId(request: Request): string {
  const fromServer = request.headers.get("x-tabiji-client");
  if (fromServer) return fromServer;
  return (request.headers.get("x-forwarded-for") ?? "local").split(",")[0].trim().slice(0, 64) || "local";
}
