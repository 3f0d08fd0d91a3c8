"use client";
// The user's Kiva loan log in localStorage (no account needed), under a versioned key.
// Read through useSyncExternalStore, so the server render and the first client render
// agree ("not loaded yet"), and other tabs' changes show up (the storage event).
import { useSyncExternalStore } from "react";
import { parseLoanLog, serializeLoanLog, type LoanLogIssue, type TLoanLog } from "@/lib/calculators/kiva/loan-log";

export const LOAN_LOG_KEY = "tabiji.kiva.loanLog.v1";

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === LOAN_LOG_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The raw stored text; a string snapshot is stable between renders. */
function readRaw(): string | null | "unavailable" {
  try {
    return window.localStorage.getItem(LOAN_LOG_KEY);
  } catch {
    return "unavailable";
  }
}

export type StoredLog =
  | { state: "loading" }
  | { state: "unavailable" }
  | { state: "ok"; log: TLoanLog }
  | { state: "corrupt"; raw: string; issues: LoanLogIssue[] };

const EMPTY: TLoanLog = { version: 1, loans: [] };
const parsedCache = new Map<string, StoredLog>();

function toStored(raw: string | null | "unavailable" | undefined): StoredLog {
  if (raw === undefined) return { state: "loading" };
  if (raw === "unavailable") return { state: "unavailable" };
  if (raw === null) return { state: "ok", log: EMPTY };
  const hit = parsedCache.get(raw);
  if (hit) return hit;
  // Validated on every load: a hand-edited or damaged store must not crash the page.
  const parsed = parseLoanLog(raw);
  const stored: StoredLog = parsed.ok ? { state: "ok", log: parsed.log } : { state: "corrupt", raw, issues: parsed.issues };
  parsedCache.clear();
  parsedCache.set(raw, stored);
  return stored;
}

export function useStoredLoanLog(): StoredLog {
  const raw = useSyncExternalStore<string | null | "unavailable" | undefined>(subscribe, readRaw, () => undefined);
  return toStored(raw);
}

/** Saves a log (validated by serializeLoanLog); false when the browser refuses to store it. */
export function saveLoanLog(log: TLoanLog): boolean {
  const text = serializeLoanLog(log); // throws on an invalid log: a bug, not a storage problem
  try {
    window.localStorage.setItem(LOAN_LOG_KEY, text);
  } catch {
    return false;
  }
  for (const l of listeners) l();
  return true;
}
