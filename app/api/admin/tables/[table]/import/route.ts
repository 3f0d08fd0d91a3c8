// POST /api/admin/tables/{table}/import { csv }: all rows or none, in one transaction
// with its audit entry.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { importTable } from "@/lib/admin/tables/service";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ table: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await importTable(auth, (await params).table, body.data);
  return result.ok ? json(result.preview) : adminInvalid(result.issues, result.status);
});
