// GET /api/admin/tables/{table}/csv: the whole table as CSV, in the columns an import takes.
import { adminInvalid, adminRoute } from "@/lib/admin/http";
import { issue } from "@/lib/admin/issues";
import { exportTableCsv } from "@/lib/admin/tables/service";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ table: string }> };

export const GET = adminRoute<Context>(async (_request, auth, { params }) => {
  const file = await exportTableCsv(auth, (await params).table);
  if (!file) return adminInvalid([issue("table", "tableNotFound")], 404);
  return new Response(file.csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"` } });
});
