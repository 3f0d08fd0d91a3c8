// An admin for the fault tests, made the way a person makes one (npm run admin:create),
// signed in over HTTP like the admin pages do, and the chart data they publish.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { connect } from "@/lib/db/connect";
import { chartRowsToCsv, type ChartRow } from "@/lib/admin/charts/rows";

const exec = promisify(execFile);

export async function createAdmin(databaseUrl: string): Promise<{ email: string; password: string }> {
  const email = `rel-${randomBytes(4).toString("hex")}@tabiji.test`;
  const password = randomBytes(18).toString("base64url");
  await exec(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin-create.ts", "--email", email], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TABIJI_ADMIN_PASSWORD: password },
  });
  return { email, password };
}

export type AdminClient = { post: (path: string, body: unknown, signal?: AbortSignal) => Promise<Response> };

export async function signIn(base: string, who: { email: string; password: string }): Promise<AdminClient> {
  const headers = { "content-type": "application/json", origin: base };
  const res = await fetch(`${base}/api/admin/sign-in`, { method: "POST", headers, body: JSON.stringify(who) });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  return { post: (path, body, signal) => fetch(base + path, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify(body), signal }) };
}

/** The rows of the chart version of `key` in force on `day`, as stored (for building new versions from). */
export async function rowsInForce(databaseUrl: string, key: string, day: string): Promise<ChartRow[]> {
  const db = connect(databaseUrl);
  try {
    const at = new Date(`${day}T00:00:00Z`);
    const chart = await db.awardChart.findFirstOrThrow({
      where: { key, status: "published", effectiveFrom: { lte: at }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: at } }] },
      select: { rows: { select: { zone: true, region: true, minMiles: true, maxMiles: true, cabin: true, season: true, price: true } } },
    });
    return chart.rows as ChartRow[];
  } finally {
    await db.$disconnect();
  }
}

export const csvOf = (rows: readonly ChartRow[]) => chartRowsToCsv(rows);
export const plus = (rows: readonly ChartRow[], amount: number): ChartRow[] => rows.map((r) => ({ ...r, price: r.price + amount }));
