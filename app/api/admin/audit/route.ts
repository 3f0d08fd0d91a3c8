// GET /api/admin/audit?page=&entity=&key=: the audit trail, newest first.
import * as z from "zod";
import { json } from "@/lib/api/errors";
import { adminInvalid, adminRoute } from "@/lib/admin/http";
import { listAudit } from "@/lib/admin/audit-read";
import { zodIssues } from "@/lib/admin/issues";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  entity: z.string().max(40).optional(),
  key: z.string().max(200).optional(),
});

export const GET = adminRoute(async (request, auth) => {
  const parsed = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return adminInvalid(zodIssues(parsed.error));
  return json(await listAudit(auth, { page: parsed.data.page, entity: parsed.data.entity, entityKey: parsed.data.key }));
});
