// Security parameters of the admin area in one place (engineering guide §3, OWASP ASVS
// level 2 for anything with a login). Changing one of these is a security decision.

/** bcrypt work factor: >= 12 (about 1 s per hash in bcryptjs on one core). */
export const BCRYPT_COST = 12;
/** Password length, in characters and in UTF-8 bytes (bcrypt reads at most 72 bytes). */
export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_BYTES = 72;

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 30 * 60_000;
/** ...and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000;
/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_MS = 60_000;

export const SESSION_COOKIE = "tabiji_admin";
/**
 * The same cookie where it is Secure (production off loopback): the __Host- prefix makes
 * the browser refuse it unless it is Secure, Path=/ and without Domain, so a sibling
 * subdomain or a plain-HTTP page cannot plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/**
 * Sign-in throttle (lib/admin/throttle.ts): failures are remembered this long...
 */
export const LOGIN_WINDOW_MS = 60 * 60_000;
/** ...the first few in each scope cost nothing; each one after waits twice as long as the last, from 1 s... */
export const LOGIN_FIRST_DELAY_MS = 1_000;
/** Free failures for one account from one address (the owner's typos). */
export const LOGIN_FAILURES_PER_PAIR = 5;
/** Free failures from one address over all accounts (one address trying many accounts). */
export const LOGIN_FAILURES_PER_CLIENT = 50;
/** Free failures for one account over all addresses (many addresses trying one account). */
export const LOGIN_FAILURES_PER_ACCOUNT = 20;
/** ...up to this (per address, and per address over all accounts)... */
export const LOGIN_MAX_DELAY_MS = 15 * 60_000;
/**
 * ...and for the account-wide count, only up to this, and never from an address the
 * admin has signed in from before: strangers' failures cannot lock the owner out.
 */
export const LOGIN_ACCOUNT_MAX_DELAY_MS = 60_000;
/** An address the admin signed in from within this long counts as theirs. */
export const LOGIN_KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000;

/** Admin JSON bodies (CSV imports) may be larger than the public API's 64 KB. */
export const ADMIN_MAX_BODY_BYTES = 1024 * 1024;
/** Rows in one CSV import, and characters in one cell. */
export const CSV_MAX_ROWS = 5_000;
export const CSV_MAX_CELL = 2_000;
/** Issues listed for one file: enough to fix a file, bounded so a response stays small. */
export const MAX_ISSUES = 500;
