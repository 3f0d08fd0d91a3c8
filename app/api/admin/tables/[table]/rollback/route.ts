// POST /api/admin/tables/{table}/rollback { auditId }: undoes the CSV import recorded in
// that audit entry (rows it added taken out, rows it corrected restored), in one
// transaction with its own audit entry. 409 when a row it wrote has changed since.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { rollbackTableImport } from "@/lib/admin/tables/service";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ table: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await rollbackTableImport(auth, (await params).table, body.data);
  return result.ok ? json(result.rollback) : adminInvalid(result.issues, result.status);
});
