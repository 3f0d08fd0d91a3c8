// GET /api/admin/me: who is signed in (401 without a session).
import { json } from "@/lib/api/errors";
import { adminRoute } from "@/lib/admin/http";
import { currentAdmin } from "@/lib/admin/me";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async (_request, auth) => json(await currentAdmin(auth)));
