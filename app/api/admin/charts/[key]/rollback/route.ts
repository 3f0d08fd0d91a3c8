// POST /api/admin/charts/{key}/rollback { versionId }: retires the latest published
// version (kept, with its rows) and puts the version before it back in force.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { rollbackChart } from "@/lib/admin/charts/write";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await rollbackChart(auth, (await params).key, body.data);
  return result.ok ? json(result) : adminInvalid(result.issues, result.status);
});
