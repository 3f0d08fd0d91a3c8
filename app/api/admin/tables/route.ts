// GET /api/admin/tables: the tables that can be exported and imported as CSV.
import { json } from "@/lib/api/errors";
import { adminRoute } from "@/lib/admin/http";
import { listTables } from "@/lib/admin/tables/service";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async (_request, auth) => json({ tables: await listTables(auth) }));
