// Generates both Prisma clients (SQLite and PostgreSQL) from the one source schema.
// Runs at install (postinstall), so a clean clone needs no manual step.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const prisma = join(root, "node_modules/.bin/prisma");
execFileSync(process.execPath, [join(root, "scripts/prisma-variants.mjs")], { stdio: "inherit" });
const quiet = { cwd: root, stdio: ["ignore", "ignore", "inherit"] };
execFileSync(prisma, ["generate"], { ...quiet, env: { ...process.env, DATABASE_URL: "file:./data/tabiji.db" } });
// generate does not connect: any postgresql:// URL selects the PostgreSQL variant.
execFileSync(prisma, ["generate"], { ...quiet, env: { ...process.env, DATABASE_URL: "postgresql://generate@127.0.0.1:1/none" } });
console.log("Prisma clients generated (sqlite, postgres).");
