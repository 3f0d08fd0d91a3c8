"use client";
// Ends the session on the server (not just the cookie), then leaves the area.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("admin.nav");
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  async function signOut() {
    setBusy(true);
    await fetch("/api/admin/sign-out", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => null);
    // Nothing of the area stays in the client's router cache.
    router.replace("/admin/sign-in");
    router.refresh();
  }
  return (
    <button type="button" className="secondary" onClick={signOut} disabled={busy} aria-busy={busy}>
      {busy ? t("signingOut") : t("signOut")}
    </button>
  );
}
