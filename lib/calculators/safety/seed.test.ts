// Integrity of the airline, alliance and safety seed rows (what prisma/seed.ts loads).

import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { ONE_STAR_2023_2024, safetyRatings } from "@/lib/data/seed/safety";

const codes = new Set(airlines.map((a) => a.code));

describe("airline seed", () => {
  test("codes are unique IATA (or ICAO when no IATA code exists) and upper-case", () => {
    expect(codes.size).toBe(airlines.length);
    for (const a of airlines) expect(a.code).toMatch(/^(?:[A-Z0-9]{2}|[A-Z]{3})$/);
  });

  test("every row has a source, a confidence, a Japanese name and a 2-letter country", () => {
    for (const a of airlines) {
      expect(a.source.length).toBeGreaterThan(0);
      expect(["H", "M", "L"]).toContain(a.confidence);
      expect(a.nameJa).toBeTruthy();
      expect(a.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  test.each(["AA", "AS", "BA", "CX", "AY", "IB", "JL", "MH", "QF", "QR", "AT", "RJ", "UL", "FJ", "WY"])("oneworld 2024 list includes %s", (code) => {
    expect(codes.has(code)).toBe(true);
  });

  test.each(["KE", "MU", "HA", "AT", "UK"])("facts §1: %s is a JAL partner", (code) => {
    expect(airlines.find((a) => a.code === code)?.jalPartner).toBe(true);
  });
});

describe("alliance membership seed", () => {
  test("every membership names a known airline, a known alliance and role, unique per (airline, alliance, role)", () => {
    const keys = allianceMemberships.map((m) => `${m.airlineCode}/${m.alliance}/${m.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of allianceMemberships) {
      expect(codes.has(m.airlineCode)).toBe(true);
      expect(["oneworld", "star", "skyteam"]).toContain(m.alliance);
      expect(["member", "connect"]).toContain(m.role);
    }
  });

  test("dates are YYYY-MM-DD and joined is before left", () => {
    for (const m of allianceMemberships) {
      for (const d of [m.joined, m.left]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (m.joined && m.left) expect(m.joined < m.left).toBe(true);
    }
  });
});

describe("safety rating seed", () => {
  test("rows name known airlines, are unique per (airline, year), stars 1..7 only when rated", () => {
    const keys = safetyRatings.map((r) => `${r.airlineCode}/${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of safetyRatings) {
      expect(codes.has(r.airlineCode)).toBe(true);
      // Stars only where a source gives them: a ranked row may be rated without stars.
      if (r.status === "rated" && r.stars === null) expect(r.rankList).not.toBeNull();
      if (r.stars !== null) expect(r.stars).toBeGreaterThanOrEqual(1);
      if (r.stars !== null) expect(r.stars).toBeLessThanOrEqual(7);
      if (r.status === "unrated") expect(r.stars).toBeNull();
      expect(r.top25 && r.status !== "rated").toBe(false);
      expect(r.source).toMatch(r.year <= 2024 ? /^Blog post 「2024年版 危険な航空会社ランキング」 \(early 2024\)/ : /https:\/\//);
      expect(r.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.effectiveFrom).toBe(`${r.year}-01-01`);
    }
  });

  test("facts §5: no 2023 value beyond the unchanged 1-star list; only the years with sources", () => {
    expect(safetyRatings.filter((r) => r.year === 2023).map((r) => r.airlineCode).sort()).toEqual([...ONE_STAR_2023_2024].sort());
    expect(new Set(safetyRatings.map((r) => r.year))).toEqual(new Set([2023, 2024, 2025, 2026]));
  });

  test("notes come in both languages or not at all", () => {
    for (const r of safetyRatings) expect(r.note === null).toBe(r.noteJa === null);
  });
});
