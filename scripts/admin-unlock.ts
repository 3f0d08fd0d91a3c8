// `npm run admin:unlock -- --email you@example.com`: ends the sign-in delays that failed
// attempts put on an admin account (from any address), in the database named by
// DATABASE_URL; the running server picks it up at the next sign-in. Recorded on the
// audit trail. `admin:create --reset` does the same and also sets a new password.
import { parseArgs } from "node:util";
import { connect } from "../lib/db/connect";
import { databaseUrl } from "../lib/db/url";
import { unlockAdmin } from "../lib/admin/unlock";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help || !values.email) {
    console.error("Usage: npm run admin:unlock -- --email you@example.com");
    process.exit(values.help ? 0 : 2);
  }
  const db = connect(databaseUrl(process.env));
  try {
    const result = await unlockAdmin(db, { email: values.email });
    if (!result.ok) {
      console.error(result.message);
      process.exit(1);
    }
    console.log(`Admin ${result.email}: failed sign-ins forgotten; sign-in works again from every address.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
