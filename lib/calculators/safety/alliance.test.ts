// Alliance of an airline in a year, from dated memberships.

import { describe, expect, test } from "vitest";
import { allianceMemberships } from "@/lib/data/seed/airlines";
import { allianceAt } from "./alliance";

describe("allianceAt with the seed memberships", () => {
  test.each([
    { label: "JAL in oneworld since 2007-04-01: 2024", code: "JL", year: 2024, expected: { alliance: "oneworld", role: "member" } },
    { label: "JAL not yet in oneworld in 2006", code: "JL", year: 2006, expected: null },
    { label: "SAS switched Star -> SkyTeam on 2024-09-01: 2024 counts as SkyTeam", code: "SK", year: 2024, expected: { alliance: "skyteam", role: "member" } },
    { label: "SAS in 2023 was Star Alliance", code: "SK", year: 2023, expected: { alliance: "star", role: "member" } },
    { label: "S7 suspended 2022-04-19: still oneworld during part of 2022", code: "S7", year: 2022, expected: { alliance: "oneworld", role: "member" } },
    { label: "S7 in 2024: no alliance", code: "S7", year: 2024, expected: null },
    { label: "Aeroflot suspended from SkyTeam 2022: none in 2024", code: "SU", year: 2024, expected: null },
    { label: "Fiji Airways 2024: oneworld connect (seed 4)", code: "FJ", year: 2024, expected: { alliance: "oneworld", role: "connect" } },
    { label: "Fiji Airways 2025: full member from 2025-04-01", code: "FJ", year: 2025, expected: { alliance: "oneworld", role: "member" } },
    { label: "Oman Air 2024: not yet (joined 2025-06-30)", code: "WY", year: 2024, expected: null },
    { label: "Oman Air 2025: oneworld", code: "WY", year: 2025, expected: { alliance: "oneworld", role: "member" } },
    { label: "Emirates: no alliance", code: "EK", year: 2024, expected: null },
  ])("$label", ({ code, year, expected }) => {
    expect(allianceAt(allianceMemberships, code, year)).toEqual(expected);
  });
});

describe("allianceAt date edges", () => {
  const rows = (joined: string | Date | null, left: string | Date | null) => [{ airlineCode: "XX", alliance: "oneworld", role: "member", joined, left }];
  test.each([
    { label: "joined on 31 Dec counts for that year", joined: "2020-12-31", left: null, year: 2020, member: true },
    { label: "joined on 1 Jan of the next year does not", joined: "2021-01-01", left: null, year: 2020, member: false },
    { label: "left on 2 Jan (member on 1 Jan) counts", joined: null, left: "2020-01-02", year: 2020, member: true },
    { label: "left on 1 Jan (first day without) does not count", joined: null, left: "2020-01-01", year: 2020, member: false },
    { label: "Prisma Date values are read as UTC dates", joined: new Date("2020-06-01T00:00:00Z"), left: null, year: 2020, member: true },
  ])("$label", ({ joined, left, year, member }) => {
    expect(allianceAt(rows(joined, left), "XX", year) !== null).toBe(member);
  });

  test("unknown alliance values in the data are ignored, not guessed", () => {
    expect(allianceAt([{ airlineCode: "XX", alliance: "vanilla", role: "member", joined: null, left: null }], "XX", 2024)).toBeNull();
  });
});
