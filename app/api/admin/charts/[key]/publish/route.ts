// POST /api/admin/charts/{key}/publish (same body as preview): validates again and
// publishes in one transaction with its audit entry; quotes see it at once.
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { publishChartVersion } from "@/lib/admin/charts/write";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

export const POST = adminRoute<Context>(async (request, auth, { params }) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await publishChartVersion(auth, (await params).key, body.data);
  return result.ok ? json({ id: result.id, ...result.preview }, { status: 201 }) : adminInvalid(result.issues, result.status);
});
