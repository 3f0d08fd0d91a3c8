// POST /api/admin/sign-in { email, password }: a new session cookie on success. An
// unknown account, a disabled one and a wrong password get the same 401, byte for
// byte; too many failures per account or per client get 429 with Retry-After.
import { json } from "@/lib/api/errors";
import { adminRoute, readAdminJson, sessionCookie } from "@/lib/admin/http";
import { ZSignIn } from "@/lib/admin/schemas";
import { signIn } from "@/lib/admin/session";
import { defaultDeps } from "@/lib/admin/deps";

export const dynamic = "force-dynamic";

export const POST = adminRoute(async (request, auth) => {
  const body = await readAdminJson(request, ZSignIn);
  if (!body.ok) return body.response;
  const result = await signIn(defaultDeps(), { ...body.data, client: auth.ip ?? "local", previousToken: auth.token });
  if (result.ok) {
    const res = json({ ok: true, email: result.admin.email });
    res.headers.append("Set-Cookie", sessionCookie(request, result.token));
    return res;
  }
  if (result.reason === "rate_limited") {
    return json(
      { error: "rate_limited", message: `Too many failed sign-ins. Try again in ${result.retryAfterSeconds} s.`, retryAfterSeconds: result.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  return json({ error: "invalid_credentials", message: "The email address or the password is wrong." }, { status: 401 });
}, { signedIn: false });
