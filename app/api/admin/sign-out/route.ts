// POST /api/admin/sign-out: ends the session in the database (a copied cookie stops
// working too) and clears the cookie. 401 when there was no live session.
import { json } from "@/lib/api/errors";
import { adminRoute, clearedSessionCookie, unauthorized } from "@/lib/admin/http";
import { signOut } from "@/lib/admin/session";
import { defaultDeps } from "@/lib/admin/deps";

export const dynamic = "force-dynamic";

// Open to requests without a session, so a stale cookie can always be cleared.
export const POST = adminRoute(async (request, auth) => {
  const ended = await signOut(defaultDeps(), auth.token, auth.ip ?? null);
  const res = ended ? json({ ok: true }) : unauthorized();
  res.headers.append("Set-Cookie", clearedSessionCookie(request));
  return res;
}, { signedIn: false });
