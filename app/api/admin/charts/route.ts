// GET /api/admin/charts: every award chart with its versions and the one in force today.
import { json } from "@/lib/api/errors";
import { adminRoute } from "@/lib/admin/http";
import { listCharts } from "@/lib/admin/charts/read";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async (_request, auth) => json({ charts: await listCharts(auth) }));
