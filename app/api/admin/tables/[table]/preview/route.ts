// POST /api/admin/tables/{table}/preview { csv }: every problem (row, column, problem),
// or what the import would add and change. Writes nothing.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { previewTableImport } from "@/lib/admin/tables/service";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ table: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await previewTableImport(auth, (await params).table, body.data);
  return result.ok ? json(result.preview) : adminInvalid(result.issues, result.status);
});
