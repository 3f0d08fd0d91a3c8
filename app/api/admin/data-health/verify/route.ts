// POST /api/admin/data-health/verify { entity, id }: marks one reference row re-verified
// today, in one transaction with its audit entry ("data.verify").
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute, readAdminJson } from "@/lib/admin/http";
import { markVerified } from "@/lib/admin/data-health";

export const dynamic = "force-dynamic";

export const POST = adminRoute(async (request, auth) => {
  const body = await readAdminJson(request);
  if (!body.ok) return body.response;
  const result = await markVerified(auth, body.data);
  return result.ok ? json({ entity: result.entity, id: result.id, verifiedOn: result.verifiedOn }) : adminInvalid(result.issues, result.status);
});
