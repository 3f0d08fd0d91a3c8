// Whether the database answers, asked by proxy.ts before a page renders: App Router
// renders an error thrown while rendering as a 500, so a page that cannot reach the
// database is answered 503 with a message before it starts.
// Public pages render from the in-memory reference data, so they do not probe on every
// request: they wait only for the data-version check the store makes at most every ~2 s
// (lib/db/reference-data.ts). A failed check is not remembered as a success, so while the
// database is away every page asks again (one shared query) and answers 503, and the first
// page after it returns renders normally. Admin pages read the database on every request
// (sessions, drafts), so they keep a probe of their own.
import { db } from "./client";
import { checkDatabase } from "./health";
import { referenceData } from "./reference-data";

const TIMEOUT_MS = 2_000;
let inFlight: Promise<boolean> | undefined;

function probe(): Promise<boolean> {
  inFlight ??= checkDatabase(db(), TIMEOUT_MS).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function dataVersionChecked(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("data version check timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([referenceData().fresh(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** `readsDatabase`: the page reads the database itself on every request (admin pages). */
export function databaseReachable({ readsDatabase }: { readsDatabase: boolean }): Promise<boolean> {
  return readsDatabase ? probe() : dataVersionChecked();
}
