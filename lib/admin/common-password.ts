// Is a new admin password one that guessers try first (ASVS 5.0 V6.2.4: check against a
// list of common passwords)? The list ships with the project (common-passwords.data.ts),
// so the check needs no network. Besides an exact match (ignoring case) it refuses the
// patterns that make a long password as weak as a short one: one character or one short
// word repeated ("aaaaaaaaaaaa", "passwordpassword"), a run of consecutive characters
// ("123456789012", "abcdefghijkl"), and a listed word with only digits or symbols added
// ("password1234!"). Pure.
import { COMMON_PASSWORDS } from "./common-passwords.data";

let list: Set<string> | undefined;
function commonSet(): Set<string> {
  list ??= new Set(COMMON_PASSWORDS.split("\n"));
  return list;
}

/** A whole password made of one shorter unit repeated ("abcabcabcabc"). */
function isRepetition(p: string): boolean {
  return /^(.{1,8}?)\1+$/su.test(p);
}

/** Each character one code point after (or before) the previous one; digits wrap 9 -> 0. */
function isRun(p: string): boolean {
  const codes = [...p].map((c) => c.codePointAt(0)!);
  const step = (a: number, b: number, dir: 1 | -1) => b - a === dir || (dir === 1 ? a === 57 && b === 48 : a === 48 && b === 57);
  return ([1, -1] as const).some((dir) => codes.every((c, i) => i === 0 || step(codes[i - 1], c, dir)));
}

/** True when the password is common or follows a pattern guessers try first. */
export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (commonSet().has(p) || isRepetition(p) || isRun(p)) return true;
  // A listed word (or a repetition or run) with only digits and symbols around it.
  const core = p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return core.length > 0 && core !== p && (commonSet().has(core) || isRepetition(core) || (core.length >= 4 && isRun(core)));
}
