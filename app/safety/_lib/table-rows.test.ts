// /safety's table rows: only the fields the table shows, and a note shared by many rows
// said once (with its count) instead of in every row.
import { describe, expect, test } from "vitest";
import type { AirlineRating } from "@/lib/calculators/safety";
import { SHARED_NOTE_ROWS, tableRows } from "./table-rows";

const row = (code: string, note: string | null): AirlineRating => ({
  code, name: `${code} ja`, nameEn: `${code} en`, nameJa: `${code} ja`, country: "JP", alliance: null, allianceRole: null,
  status: "rated", stars: null, top25: true, rank: 1, rankList: "fullService", note, change: null,
});
const STD = "Position in the published list; the list does not give this airline's stars for the year.";

describe("tableRows", () => {
  test(`a note on ${SHARED_NOTE_ROWS}+ rows is said once with its count; a rarer note stays in its row`, () => {
    const airlines = [...Array.from({ length: SHARED_NOTE_ROWS }, (_, i) => row(`A${i}`, STD)), row("LH", `${STD} Listed as the Lufthansa/Swiss group.`), row("ZZ", null)];
    const { rows, sharedNotes } = tableRows(airlines, "ja");
    expect(sharedNotes).toEqual([{ note: STD, count: SHARED_NOTE_ROWS }]);
    expect(rows.filter((r) => r.note === STD)).toHaveLength(0);
    expect(rows.find((r) => r.code === "LH")?.note).toContain("Lufthansa/Swiss");
  });

  test("a few rows with the same note keep it in the table", () => {
    const { rows, sharedNotes } = tableRows([row("A", STD), row("B", STD)], "en");
    expect(sharedNotes).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual([STD, STD]);
  });

  test("no country; the other spelling in the page's language (English under a Japanese name, Japanese under an English one)", () => {
    const [ja] = tableRows([row("NH", null)], "ja").rows;
    const [en] = tableRows([row("NH", null)], "en").rows;
    expect(ja).not.toHaveProperty("country");
    expect(ja.other).toBe("NH en");
    expect(en.other).toBe("NH ja");
  });
});
