// `npm run db:seed`: seed the database named by DATABASE_URL (idempotent).
import { connect } from "../lib/db/connect";
import { databaseUrl } from "../lib/db/url";
import { seedAll } from "../lib/data/seed-db";

const db = connect(databaseUrl(process.env));
seedAll(db)
  .then((report) => console.log(report.map((r) => `${r.table}: +${r.created}${r.updated ? ` ~${r.updated}` : ""}`).join("\n")))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
