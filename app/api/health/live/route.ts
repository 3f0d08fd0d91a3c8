import { json } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

/** Liveness: the process answers, without touching the database. Also the benchmark's baseline route. */
export function GET() {
  return json({ status: "ok" });
}
