// Every string in the seed data can reach a traveller: the <Provenance> line of a
// calculator page, `source` in an API response, a chart's notes on /admin/data-health.
// None may carry the team's internal references (reference-file sections, seed-post
// numbers, confidence tags, file paths): a traveller can only use a publisher, a title,
// a URL and a date. This walks every exported value of every seed module, so a new
// dataset is covered without being listed here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { internalReferenceReasons } from "./internal-references";

type Finding = { at: string; text: string; why: string };

/** Every string reachable from `value`, with the path that leads to it. */
function* strings(value: unknown, at: string, seen = new Set<unknown>()): Generator<[string, string]> {
  if (typeof value === "string") {
    yield [at, value];
    return;
  }
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) yield* strings(inner, `${at}.${key}`, seen);
}

function internalReferences(value: unknown, at: string): Finding[] {
  const found: Finding[] = [];
  for (const [where, text] of strings(value, at)) {
    for (const why of internalReferenceReasons(text)) found.push({ at: where, text, why });
  }
  return found;
}

const dir = path.dirname(new URL(import.meta.url).pathname);
/** Every seed module except the list of patterns itself (its reasons name what they catch). */
const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "internal-references.ts");

describe("seed text a traveller reads", () => {
  it("the checker catches each kind of internal reference (and passes a plain source)", () => {
    for (const bad of ["facts §7", "(facts §1)", "seed 7: 航空会社特典航空券", "SEED_1", "charts-2026 §3.1", "[public, H] 2-point units", "Tabiji: WGS84", "cited in lib/data/seed/safety.ts", "raised caps 250,000 (H)"]) {
      expect(internalReferences({ source: bad }, "x"), bad).not.toEqual([]);
    }
    const plain = "Blog post 「航空会社特典航空券のストップオーバー規定ガイド」 (early 2024); JAL, https://www.jal.co.jp/ (undated)";
    expect(internalReferences({ source: plain, confidence: "H" }, "x")).toEqual([]);
  });

  it("finds the seed modules", () => {
    expect(modules).toEqual(expect.arrayContaining(["awards.ts", "promotions.ts", "safety.ts", "airlines.ts", "cards.ts"]));
  });

  it.each(modules)("%s has no internal reference in any exported value", async (file) => {
    const exported: Record<string, unknown> = await import(path.join(dir, file));
    const found = Object.entries(exported).flatMap(([name, value]) => internalReferences(value, `${file}:${name}`));
    expect(found).toEqual([]);
  });

  // The admin tables take a source of at most 500 characters and notes of at most 2,000:
  // a seed text longer than that could not be exported and imported back unchanged.
  it.each(modules)("%s: every source fits the admin's 500 characters, every note 2,000", async (file) => {
    const exported: Record<string, unknown> = await import(path.join(dir, file));
    const tooLong = Object.entries(exported).flatMap(([name, value]) =>
      [...strings(value, `${file}:${name}`)].filter(([at, text]) => (/\.source$/.test(at) && text.length > 500) || (/\.(notes?|noteJa)$/.test(at) && text.length > 2000)),
    );
    expect(tooLong).toEqual([]);
  });
});
