import { publicGet } from "@/lib/api/handler";
import { json } from "@/lib/api/errors";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — generated from the zod schemas that validate the requests. */
export const GET = publicGet(async () => json(openApiDocument()), 3600);
