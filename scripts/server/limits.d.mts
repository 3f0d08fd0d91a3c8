export function isTrivial(pathname: string): boolean;
export function isCounted(method: string, pathname: string, searchParams: URLSearchParams): boolean;
export type BudgetVerdict = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };
export class ClientBudget {
  constructor(limit: number, windowMs?: number, maxKeys?: number);
  private windows: Map<string, { start: number; count: number }>;
  hit(key: string, now?: number): BudgetVerdict;
}
export class WorkGate {
  constructor(slots: number, queue?: number, waitMs?: number);
  busy: number;
  acquire(): Promise<(() => void) | null>;
}
export function positiveIntFromEnv(env: Record<string, string | undefined>, name: string, fallback: number): number;
