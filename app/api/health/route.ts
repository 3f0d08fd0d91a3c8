import { json } from "@/lib/api/errors";
import { checkDatabase } from "@/lib/db/health";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase(db());
  return ok
    ? json({ status: "ok", db: "ok" })
    : json({ status: "degraded", db: "unavailable" }, { status: 503, headers: { "Retry-After": "5" } });
}
