// One client per test file, on the database prepared by global-setup.
import { inject } from "vitest";
import { connect, type Db } from "@/lib/db/connect";

export function testDb(): Db {
  return connect(inject("dbUrl"));
}
export const dbTarget = () => inject("dbTarget");
