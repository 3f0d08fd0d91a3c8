// `npm run db:prepare`: create, migrate and seed the database named by DATABASE_URL
// (default: the SQLite file data/tabiji.db).
import { databaseUrl } from "../lib/db/url";
import { prepareDatabase } from "../lib/db/prepare";

prepareDatabase(databaseUrl(process.env))
  .then((report) => {
    const changed = report.filter((r) => r.created || r.updated);
    console.log(changed.length ? `Seeded: ${changed.map((r) => `${r.table} +${r.created}${r.updated ? ` ~${r.updated}` : ""}`).join(", ")}` : "Database up to date.");
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
