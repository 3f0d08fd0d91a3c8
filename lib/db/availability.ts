// Whether the database answers, asked by proxy.ts before a page renders: App Router
// renders an error thrown while rendering as a 500, so a page that cannot reach the
// database is answered 503 with a message before it starts. Concurrent requests share
// one probe, so a burst of pages costs one trivial query, and nothing is remembered
// between probes: the first page after the database returns renders normally.
import { db } from "./client";
import { checkDatabase } from "./health";

let inFlight: Promise<boolean> | undefined;

export function databaseReachable(): Promise<boolean> {
  inFlight ??= checkDatabase(db()).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
