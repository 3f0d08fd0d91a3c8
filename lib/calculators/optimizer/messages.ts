/** Bilingual wording of the optimizer's suggestions and warnings. */
import { awardDef, type AwardType, type ProgramCode, type ResolvedSegment } from "@/lib/calculators/awards";
import { awardBareName } from "@/lib/i18n/award-messages";

export interface Bilingual {
  en: string;
  ja: string;
}

/** "JAL oneworld award" / "ワンワールド特典航空券" (the engine's own names, without the article). */
export function awardName(program: ProgramCode, award: AwardType): Bilingual {
  if (!awardDef(program, award)) return { en: `${program} ${award}`, ja: `${program} ${award}` };
  const key = `${program}.${award}`;
  return { en: awardBareName(key, "en"), ja: awardBareName(key, "ja") };
}

/** "Ticket 2 (JAL oneworld award)" / "航空券2(ワンワールド特典航空券)". */
export function ticketName(n: number, program: ProgramCode, award: AwardType): Bilingual {
  const a = awardName(program, award);
  return { en: `Ticket ${n} (${a.en})`, ja: `航空券${n}(${a.ja})` };
}

/** "segment 3 (FRA-LHR, LH)" / "区間3(FRA-LHR、LH)". */
export function segmentName(s: ResolvedSegment): Bilingual {
  const who = s.surface ? "surface" : s.carrier?.code ?? "?";
  const whoJa = s.surface ? "地上移動" : s.carrier?.code ?? "?";
  return { en: `segment ${s.index + 1} (${s.from.iata}-${s.to.iata}, ${who})`, ja: `区間${s.index + 1}(${s.from.iata}-${s.to.iata}、${whoJa})` };
}

/** "80,000 JAL miles". */
export function points(price: number, currency: string): string {
  return `${fmt(price)} ${currency}`;
}

/** "1.4¢" */
export function centsText(cents: number): string {
  return `${Number(cents.toFixed(4))}¢`;
}

/** "$1,120.00" from cents. */
export function usd(cents: number): string {
  const dollars = Math.round(cents) / 100;
  const [whole, frac] = dollars.toFixed(2).split(".");
  return `$${fmt(Number(whole))}.${frac}`;
}

export function hoursText(hours: number): Bilingual {
  const h = Number(hours.toFixed(1));
  return { en: `${h} h`, ja: `${h}時間` };
}

/** 12345 -> "12,345" (toLocaleString costs microseconds per call). */
export function fmt(n: number): string {
  const neg = n < 0;
  let s = String(Math.abs(Math.round(n)));
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  return neg ? `-${s}` : s;
}

/** "1 mile" / "2 miles". */
export function miles(n: number): string {
  return `${fmt(n)} ${n === 1 ? "mile" : "miles"}`;
}
