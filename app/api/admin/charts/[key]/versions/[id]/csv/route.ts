// GET /api/admin/charts/{key}/versions/{id}/csv: one version's rows as a CSV download,
// in the columns a new version is pasted or uploaded in.
import { adminInvalid, adminRoute } from "@/lib/admin/http";
import { issue } from "@/lib/admin/issues";
import { exportChartVersion } from "@/lib/admin/charts/read";
import { ZChartKey } from "@/lib/admin/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string; id: string }> };

export const GET = adminRoute<Context>(async (_request, auth, { params }) => {
  const { key, id } = await params;
  const k = ZChartKey.safeParse(key);
  const n = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const file = k.success && Number.isFinite(n) ? await exportChartVersion(auth, k.data, n) : null;
  if (!file) return adminInvalid([issue("id", "versionNotFound")], 404);
  return new Response(file.csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"` },
  });
});
