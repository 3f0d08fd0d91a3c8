// GET /api/admin/charts/{key}: one chart's versions (retired ones included).
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute } from "@/lib/admin/http";
import { issue } from "@/lib/admin/issues";
import { getChart } from "@/lib/admin/charts/read";
import { ZChartKey } from "@/lib/admin/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

export const GET = adminRoute<Context>(async (_request, auth, { params }) => {
  const key = ZChartKey.safeParse((await params).key);
  const chart = key.success ? await getChart(auth, key.data) : null;
  return chart ? json(chart) : adminInvalid([issue("key", "chartNotFound")], 404);
});
