// Every problem the admin area can report has a stable code with its words in both
// languages; the Japanese is Japanese, names the same parameters, and a real CSV's
// problems render in either language with the values that caused them.
import { describe, expect, test } from "vitest";
import { createTranslator } from "next-intl";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import en from "@/messages/en/admin.json";
import ja from "@/messages/ja/admin.json";
import { PROBLEM_CODES, problemText } from "./problems";
import { parseChartCsv } from "./charts/rows";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const render = (locale: "en" | "ja", code: string, params: Record<string, string>) =>
  (createTranslator({ locale, messages: { problems: locale === "en" ? en.problems : ja.problems }, namespace: "problems" }) as unknown as (k: string, v: Record<string, string>) => string)(code, params);

describe("problem codes", () => {
  test("the same codes in English and Japanese, each with the same parameters", () => {
    expect(Object.keys(ja.problems).sort()).toEqual(Object.keys(en.problems).sort());
    for (const code of PROBLEM_CODES) {
      const e = en.problems[code];
      const j = (ja.problems as Record<string, string>)[code];
      expect(j, code).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(placeholders(j), code).toEqual(placeholders(e));
    }
  });

  test("every code in the catalogue is used by the code, and every code used is in the catalogue", () => {
    const root = path.resolve(__dirname, "../..");
    const walk = (dir: string): string[] =>
      readdirSync(path.join(root, dir)).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(path.join(root, p)).isDirectory() ? walk(p) : /\.tsx?$/.test(f) && !f.endsWith(".test.ts") ? [p] : [];
      });
    const source = [...walk("lib/admin"), ...walk("app/api/admin")].filter((f) => !f.endsWith("problems.ts")).map((f) => readFileSync(path.join(root, f), "utf8")).join("\n");
    const unused = PROBLEM_CODES.filter((c) => !source.includes(`"${c}"`));
    expect(unused).toEqual([]);
  });

  test("a broken chart: every problem has a code, and renders in both languages with its values", () => {
    const csv = "zone,region,minMiles,maxMiles,cabin,season,price\n,,1,1000,economy,any,-100\n,,900,2000,economy,any,200\n,,2001,3000,economy,summer,300\n";
    const { issues } = parseChartCsv(csv);
    expect(issues.map((i) => i.code)).toEqual(["belowMin", "bandOverlap", "notOneOf"]);
    for (const i of issues) {
      expect(render("en", i.code, i.params)).toBe(i.message);
      const text = render("ja", i.code, i.params);
      expect(text).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      for (const v of Object.values(i.params)) expect(text).toContain(v);
    }
    expect(render("ja", "belowMin", issues[0].params)).toBe("-100 は最小値 0 を下回っています。");
  });

  test("parameters are shown as given: quotes and braces in a value are not read as message syntax", () => {
    expect(problemText("notDate", { value: "{x} 'y'" })).toBe(`"{x} 'y'" is not a date in the form YYYY-MM-DD.`);
  });
});
