import { afterAll, describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/db/health";
import { connect } from "@/lib/db/connect";
import { testDb, dbTarget } from "./setup/db";

describe(`database health (${dbTarget()})`, () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it("answers ok on the migrated, seeded database", async () => {
    expect(await checkDatabase(db)).toBe(true);
  });

  it("reports an unreachable PostgreSQL server as unavailable, within the timeout", async () => {
    const down = connect("postgresql://nobody@127.0.0.1:1/none");
    const started = Date.now();
    expect(await checkDatabase(down, 1_500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
    await down.$disconnect().catch(() => {});
  });

  it("reports an unmigrated SQLite file as unavailable", async () => {
    const empty = connect(`file:.tmp/empty-${process.pid}.db`);
    expect(await checkDatabase(empty)).toBe(false);
    await empty.$disconnect();
  });
});
