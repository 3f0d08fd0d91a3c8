// POST /api/admin/charts/{key}/preview { effectiveFrom, source, confidence, notes, csv }:
// every problem of the new version (row, column, problem), or the difference it would
// make against the version before it. Writes nothing.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { previewChartVersion } from "@/lib/admin/charts/write";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await previewChartVersion(auth, (await params).key, body.data);
  return result.ok ? json(result.preview) : adminInvalid(result.issues, result.status);
});
