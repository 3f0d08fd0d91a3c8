// What the sign-in form says after an answer from /api/admin/sign-in (or before asking,
// when a field is empty). Pure, so each case is unit-tested in both languages.

type T = (key: string, values?: Record<string, string | number>) => string;

/** A lock-out reads as "about 15 minutes", never "890 s". */
export function minutesFrom(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export function emptyFieldsMessage(email: string, password: string, t: T): string | null {
  return email.trim() === "" || password === "" ? t("required") : null;
}

export function signInFailureMessage(status: number, retryAfterSeconds: number | undefined, t: T): string {
  if (status === 429) return t("rateLimited", { minutes: minutesFrom(retryAfterSeconds ?? 60) });
  if (status === 401) return t("invalid");
  // 400: the request itself was malformed (e.g. not an email address), not a wrong password.
  if (status === 400) return t("required");
  return t("failed", { status });
}
