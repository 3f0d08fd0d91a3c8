// The search box folds width, case, kana and separators (safety q parameter, api.md).

import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { listRatings } from "./index";
import { foldForSearch, foldQuery } from "./search";

const data = { airlines, memberships: allianceMemberships, ratings: safetyRatings };
const codes = (q: string) => listRatings(data, { year: 2024, q }).airlines.map((a) => a.code);

describe("foldForSearch", () => {
  test.each([
    { label: "full-width Latin -> ASCII, lower case", input: "ＪＡＬ", expected: "jal" },
    { label: "hiragana -> katakana", input: "ねぱーる", expected: "ネパール" },
    { label: "half-width katakana -> full-width (voiced marks composed)", input: "ﾈﾊﾟｰﾙ", expected: "ネパール" },
    { label: "middle dot and spaces removed", input: "ブリティッシュ・エアウェイズ", expected: "ブリティッシュエアウェイズ" },
    { label: "Latin accents dropped", input: "Air Algérie", expected: "airalgerie" },
    { label: "Japanese voiced marks kept (バ is not ハ)", input: "バンコク", expected: "バンコク" },
    { label: "hyphens removed", input: "J-Air", expected: "jair" },
  ])("$label", ({ input, expected }) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  test.each([
    { label: "absent query is ignored", input: undefined, expected: null },
    { label: "empty query is ignored", input: "", expected: null },
    { label: "spaces only is ignored", input: "   ", expected: null },
    { label: "separators only is ignored", input: "・-", expected: null },
    { label: "one character is a query", input: "ア", expected: "ア" },
  ])("$label", ({ input, expected }) => {
    expect(foldQuery(input)).toBe(expected);
  });
});

describe("q matches names, aliases and codes", () => {
  test.each([
    { label: "katakana 'ネパール' finds Nepal Airlines", q: "ネパール", expected: ["RA"] },
    { label: "hiragana 'ねぱーる' finds Nepal Airlines", q: "ねぱーる", expected: ["RA"] },
    { label: "half-width 'ﾈﾊﾟｰﾙ' finds Nepal Airlines", q: "ﾈﾊﾟｰﾙ", expected: ["RA"] },
    { label: "English, any case: 'NEPAL'", q: "NEPAL", expected: ["RA"] },
    { label: "full-width 'ｎｅｐａｌ'", q: "ｎｅｐａｌ", expected: ["RA"] },
    { label: "former name alias 'Royal Nepal'", q: "royal nepal", expected: ["RA"] },
    { label: "Japanese name '日本航空'", q: "日本航空", expected: ["JL"] },
    { label: "alias 'JAL' (also in 'JAL group' of J-Air)", q: "jal", expected: ["JL", "XM"] },
    { label: "former Japanese name 'フィンランド航空'", q: "フィンランド航空", expected: ["AY"] },
    { label: "no middle dot needed: 'ブリティッシュエアウェイズ'", q: "ブリティッシュエアウェイズ", expected: ["BA"] },
    { label: "hub city from seed 4: 'カラチ' finds PIA and Airblue", q: "カラチ", expected: ["PA", "PK"] },
    { label: "nothing matches", q: "zzzz", expected: [] },
  ])("$label", ({ q, expected }) => {
    expect(codes(q).sort()).toEqual([...expected].sort());
  });

  test("a code query finds its airline (and names containing the letters: 'ay' in 'Malaysia')", () => {
    expect(codes("ay")).toContain("AY");
    expect(codes("ay")).toContain("MH");
    expect(codes("bwi")).toEqual(["BWI"]);
  });

  test("an empty query returns every airline", () => {
    expect(codes(" ")).toHaveLength(airlines.length);
  });
});
