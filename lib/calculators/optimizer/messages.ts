/**
 * Names and amounts the optimizer's words are made of. The sentences themselves
 * live in messages/{en,ja}/award-rules.json ("suggestion", "optimize") and are
 * rendered by lib/i18n/award-messages.ts.
 */
import { awardDef, type AwardType, type ProgramCode } from "@/lib/calculators/awards";
import { awardBareName } from "@/lib/i18n/award-messages";

export interface Bilingual {
  en: string;
  ja: string;
}

/** "JAL oneworld award" / "ワンワールド特典航空券" (without the article). */
export function awardName(program: ProgramCode, award: AwardType): Bilingual {
  if (!awardDef(program, award)) return { en: `${program} ${award}`, ja: `${program} ${award}` };
  const key = `${program}.${award}`;
  return { en: awardBareName(key, "en"), ja: awardBareName(key, "ja") };
}

/** 12345 -> "12,345". */
function fmt(n: number): string {
  const neg = n < 0;
  let s = String(Math.abs(Math.round(n)));
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  return neg ? `-${s}` : s;
}

/** "$1,120.00" from cents (the same in both languages). */
export function usd(cents: number): string {
  const dollars = Math.round(cents) / 100;
  const [whole, frac] = dollars.toFixed(2).split(".");
  return `$${fmt(Number(whole))}.${frac}`;
}
