// Password hashing with bcrypt (bcryptjs: pure JS, no native build). No "server-only"
// import: the admin:create command line script uses it too.
import bcrypt from "bcryptjs";
import { BCRYPT_COST, PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARS } from "./config";
import { isCommonPassword } from "./common-password";
import { problem, type Problem } from "./problems";

/** Why a new password is refused (a code with its words in messages/{en,ja}/admin.json), or null. */
export function passwordIssue(password: string): Problem | null {
  if ([...password].length < PASSWORD_MIN_CHARS) return problem("passwordTooShort", { min: PASSWORD_MIN_CHARS });
  if (Buffer.byteLength(password, "utf8") > PASSWORD_MAX_BYTES) return problem("passwordTooLong", { max: PASSWORD_MAX_BYTES });
  if (password.trim() !== password) return problem("passwordSpaces");
  if (isCommonPassword(password)) return problem("passwordCommon");
  return null;
}

/** Why a new password is refused, in English, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  return passwordIssue(password)?.message ?? null;
}

export async function hashPassword(password: string, cost = BCRYPT_COST): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  return bcrypt.hash(password, Math.max(cost, BCRYPT_COST));
}

// A real hash of a random string, made once: comparing against it when the account
// does not exist costs the same time as a wrong password, so timing does not tell
// whether an email belongs to an admin.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= bcrypt.hash(crypto.randomUUID(), BCRYPT_COST);
  return dummy;
}

/** Compares in constant time; with `hash` null (unknown account) compares against a dummy and returns false. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? (await dummyHash()));
  return hash !== null && ok;
}

/** Normalised account name: trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const EMAIL_RE = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{1,63}$/;
