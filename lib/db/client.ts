// The app's only PrismaClient, cached on globalThis so dev reloads reuse it.
import "server-only";
import { connect, type Db } from "./connect";
import { env } from "../env";

const globalForDb = globalThis as unknown as { tabijiDb?: Db };

export function db(): Db {
  globalForDb.tabijiDb ??= connect(env().DATABASE_URL);
  return globalForDb.tabijiDb;
}
