import { describe, expect, test } from "vitest";
import { awardCharts } from "@/lib/data/seed/awards";
import { chartRowsToCsv, parseChartCsv, type ChartRow } from "./rows";
import { diffChartRows } from "./diff";

const HEADER = "zone,region,minMiles,maxMiles,cabin,season,price";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("every seed chart passes the admin checks and survives export -> import", () => {
  test.each(awardCharts.map((c) => ({ key: c.key, rows: c.rows as ChartRow[] })))("$key", ({ rows }) => {
    const back = parseChartCsv(chartRowsToCsv(rows));
    expect(back.issues).toEqual([]);
    expect(diffChartRows(rows, back.rows)).toMatchObject({ added: [], removed: [], changed: [], unchanged: rows.length });
  });
});

describe("band rules (row, column, problem)", () => {
  test.each([
    { label: "contiguous bands, open last band", text: csv(",,1,1000,economy,any,100", ",,1001,,economy,any,200"), issues: [] },
    { label: "separate cabins, seasons and regions are separate series", text: csv(",,1,1000,economy,offpeak,100", ",,1,1000,economy,peak,120", ",,1,1000,business,offpeak,300", ",north-america,1,650,economy,offpeak,90"), issues: [] },
    { label: "overlap", text: csv(",,1,1000,economy,any,100", ",,900,2000,economy,any,200"), issues: [{ row: 3, column: "minMiles", message: /900-2,000 overlaps the band 1-1,000 of row 2/ }] },
    { label: "the same band twice", text: csv(",,1,1000,economy,any,100", ",,1,1000,economy,any,100"), issues: [{ row: 3, column: "minMiles", message: /overlaps/ }] },
    { label: "gap", text: csv(",,1,1000,economy,any,100", ",,1500,2000,economy,any,200"), issues: [{ row: 3, column: "minMiles", message: /no band covers 1,001-1,499/ }] },
    { label: "open band before another", text: csv(",,1,,economy,any,100", ",,1001,2000,economy,any,200"), issues: [{ row: 3, column: "minMiles", message: /overlaps the band 1\+/ }] },
    { label: "any mixed with offpeak", text: csv(",,1,1000,economy,any,100", ",,1001,2000,economy,offpeak,200"), issues: [{ row: 3, column: "season", message: /mixes season "any" \(row 2\) with offpeak\/peak \(row 3\)/ }] },
    { label: "negative price", text: csv(",,1,1000,economy,any,-100"), issues: [{ row: 2, column: "price", message: /-100 is below the minimum 0/ }] },
    { label: "price 0 on a published cell", text: csv(",,1,1000,economy,any,0"), issues: [{ row: 2, column: "price", message: /price 0 marks an unpublished cell/ }] },
    { label: "an unpublished cell (older files leave the kind columns out; new ones may name it)", text: [`${HEADER},kind,priceMin,priceMax,note`, ",,1,1000,economy,any,0,unpublished,,,"].join("\n"), issues: [] },
    { label: "an estimate must hold its price within its range", text: [`${HEADER},kind,priceMin,priceMax,note`, ",,1,1000,economy,any,500,estimate,600,700,"].join("\n"), issues: [{ row: 2, column: "priceMin", message: /priceMin and priceMax around its price 500/ }] },
    { label: "JAL First seasons", text: csv(",honolulu,0,,first,low,90000", ",honolulu,0,,first,regular,100000", ",honolulu,0,,first,high,110000"), issues: [] },
    { label: "a price with a thousands separator", text: csv(',,1,1000,economy,any,"1,000"'), issues: [{ row: 2, column: "price", message: /"1,000" is not a whole number/ }] },
    { label: "maxMiles below minMiles", text: csv(",,1000,10,economy,any,100"), issues: [{ row: 2, column: "maxMiles", message: /below minMiles/ }] },
    { label: "a row with too few cells", text: csv(",,1,1000,economy"), issues: [{ row: 2, column: null, message: /5 cells; the header has 7/ }] },
    { label: "unknown season", text: csv(",,1,1000,economy,summer,100"), issues: [{ row: 2, column: "season", message: /"summer" is not one of: any, offpeak, peak, low, regular, high/ }] },
    { label: "no rows", text: HEADER, issues: [{ row: 2, column: null, message: /no rows/ }] },
  ])("$label", ({ text, issues }) => {
    const got = parseChartCsv(text).issues;
    expect(got).toHaveLength(issues.length);
    issues.forEach((want, i) => expect(got[i]).toMatchObject({ row: want.row, column: want.column, message: expect.stringMatching(want.message) }));
  });

  test("every problem of a file is listed at once, in row order", () => {
    const text = ["zone,region,minMiles,maxMiles,cabin,season,price,extra", ",,1,1000,economy,any,-5,x", ",,500,2000,economy,any,100,x", ",,2001,3000,coach,any,100,x"].join("\n");
    const got = parseChartCsv(text).issues.map((i) => [i.row, i.column]);
    expect(got).toEqual([[1, "extra"], [2, "price"], [3, "minMiles"], [4, "cabin"]]);
  });
});

describe("diffChartRows", () => {
  const row = (minMiles: number, maxMiles: number | null, price: number, cabin: ChartRow["cabin"] = "economy"): ChartRow => ({ zone: null, region: null, minMiles, maxMiles, cabin, season: "any", price });
  test("changed price, added and removed bands", () => {
    const d = diffChartRows([row(1, 1000, 100), row(1001, null, 200), row(1, 1000, 300, "business")], [row(1, 1000, 110), row(1001, 2000, 200), row(2001, null, 250), row(1, 1000, 300, "business")]);
    expect(d.changed.map((c) => [c.band, c.before?.price, c.after?.price])).toEqual([["1-1,000", 100, 110]]);
    expect(d.added.map((c) => c.band)).toEqual(["1,001-2,000", "2,001+"]);
    expect(d.removed.map((c) => c.band)).toEqual(["1,001+"]);
    expect(d.unchanged).toBe(1);
  });
});
