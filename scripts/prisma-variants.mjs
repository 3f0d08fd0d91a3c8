// Derives prisma/postgres/schema.prisma from prisma/schema.prisma.
// Prisma fixes the provider per schema file, so the PostgreSQL variant is generated,
// never edited: only the provider and the client's output folder differ.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
const pg = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgres"');
if (pg === source || !pg.includes('provider = "postgresql"') || !pg.includes("generated/postgres")) {
  throw new Error("prisma-variants: provider or output line not found in prisma/schema.prisma");
}
mkdirSync(join(root, "prisma/postgres"), { recursive: true });
writeFileSync(
  join(root, "prisma/postgres/schema.prisma"),
  "// GENERATED from prisma/schema.prisma by scripts/prisma-variants.mjs. Do not edit.\n" + pg,
);
