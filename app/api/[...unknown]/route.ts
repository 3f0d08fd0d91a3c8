// Any /api/** path no route handler serves: a JSON 404 (the API's error shape), not the
// HTML 404 page, whatever the method. More specific routes always win over this one.
import { notFound } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

const answer = () => notFound({ headers: { "X-Robots-Tag": "noindex" } });

export const GET = answer;
export const HEAD = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = answer;
