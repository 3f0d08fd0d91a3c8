// Which alliance an airline belonged to in a given year, from dated memberships.

import type { Alliance, AllianceRole, SafetyMembershipRow } from "./types";

const ALLIANCES: readonly Alliance[] = ["oneworld", "star", "skyteam"];
const ROLES: readonly AllianceRole[] = ["member", "connect"];

/** "YYYY-MM-DD" of a Date (UTC, as Prisma stores dates) or of a date string; null stays null. */
export function toIsoDate(value: Date | string | null): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.slice(0, 10);
}

export interface AllianceAtYear {
  alliance: Alliance;
  role: AllianceRole;
}

/**
 * The airline's alliance in `year`: among the memberships in force on at least one day
 * of that year (joined on or before 31 Dec, left after 1 Jan), the one in force the
 * latest in the year (a switch mid-year, like SAS from Star Alliance to SkyTeam on
 * 2024-09-01, counts as the new alliance); a full membership wins over "connect" on a tie.
 * `joined` is the first day of membership and `left` the first day without it.
 *
 * @example allianceAt(memberships, "SK", 2024) // { alliance: "skyteam", role: "member" }
 */
export function allianceAt(memberships: readonly SafetyMembershipRow[], airlineCode: string, year: number): AllianceAtYear | null {
  const yearStart = `${String(year).padStart(4, "0")}-01-01`;
  const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
  let best: { at: AllianceAtYear; endKey: string } | null = null;
  for (const m of memberships) {
    if (m.airlineCode !== airlineCode) continue;
    const alliance = ALLIANCES.find((a) => a === m.alliance);
    const role = ROLES.find((r) => r === m.role);
    if (!alliance || !role) continue; // unknown values in the data are ignored, not guessed
    const joined = toIsoDate(m.joined);
    const left = toIsoDate(m.left);
    if (joined !== null && joined > yearEnd) continue;
    if (left !== null && left <= yearStart) continue;
    // ISO dates compare as strings; "~" sorts after any date (still a member).
    const endKey = (left ?? "~") + (role === "member" ? "1" : "0");
    if (best === null || endKey > best.endKey) best = { at: { alliance, role }, endKey };
  }
  return best?.at ?? null;
}
