"use client";
// The admin sign-in form. Posts JSON to /api/admin/sign-in; on success goes to /admin,
// which the server renders with the new session cookie.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { emptyFieldsMessage, signInFailureMessage } from "./sign-in-message";
import styles from "../admin.module.css";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string };

export function SignInForm() {
  const t = useTranslations("admin.signIn");
  const [state, setState] = useState<State>({ kind: "idle" });
  const router = useRouter();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const empty = emptyFieldsMessage(String(form.get("email") ?? ""), String(form.get("password") ?? ""), t);
    if (empty) {
      setState({ kind: "error", message: empty });
      return;
    }
    setState({ kind: "busy" });
    let res: Response;
    try {
      res = await fetch("/api/admin/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
    } catch {
      setState({ kind: "error", message: t("network") });
      return;
    }
    if (res.ok) {
      router.replace("/admin");
      router.refresh();
      return;
    }
    const body = (await res.json().catch(() => null)) as { retryAfterSeconds?: number } | null;
    setState({ kind: "error", message: signInFailureMessage(res.status, body?.retryAfterSeconds, t) });
  }

  const busy = state.kind === "busy";
  return (
    <form className={`calc ${styles.narrow}`} onSubmit={submit} aria-busy={busy} noValidate>
      <div className="field">
        <label htmlFor="admin-email">{t("email")}</label>
        <input id="admin-email" name="email" type="email" autoComplete="username" required maxLength={254} aria-invalid={state.kind === "error"} aria-describedby="admin-sign-in-error" />
      </div>
      <div className="field">
        <label htmlFor="admin-password">{t("password")}</label>
        <input id="admin-password" name="password" type="password" autoComplete="current-password" required maxLength={1024} aria-invalid={state.kind === "error"} aria-describedby="admin-sign-in-error" />
      </div>
      <p id="admin-sign-in-error" className={`field-error ${styles.alert}`} role="alert">
        {state.kind === "error" ? state.message : null}
      </p>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
