import { addMonths } from "@/lib/calculators/conversions/dates";
import { round4 } from "./plans";
import type { TAviosCollectOption, TAviosCollectRequest, TAviosCollectResponse } from "./schema";
import { cheapestMix, singleKind, type Mix, type YearlyCredit } from "./search";
import { aviosKinds, type AviosKind, type AviosPlanData, type Message } from "./types";

/** Search horizon: 5 years of monthly payment dates keeps the exact search small. */
export const MAX_MONTHS = 60;

const n = (x: number) => x.toLocaleString("en-US");
const usd = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Monthly payment dates from today up to the deadline (today counts), at most MAX_MONTHS + 1. */
export function monthsAvailable(today: string, deadline: string): number {
  let slots = 0;
  while (slots <= MAX_MONTHS && addMonths(today, slots) <= deadline) slots++;
  return slots;
}

/**
 * Order of the periods in time. Upfront crediting: monthly periods first, then
 * the years (a year's Avios count at its payment). Monthly crediting: the
 * years first, then the months. Kinds keep the plans' order within a phase.
 */
function scheduleOrder(kinds: readonly AviosKind[], credit: YearlyCredit): number[] {
  const yearlyFirst = credit === "monthly";
  const phase = (k: AviosKind) => ((k.months === 12) === yearlyFirst ? 0 : 1);
  return kinds.map((_, i) => i).sort((a, b) => phase(kinds[a]) - phase(kinds[b]) || a - b);
}

function schedule(kinds: readonly AviosKind[], mix: Mix, today: string, credit: YearlyCredit) {
  const order = scheduleOrder(kinds, credit);
  const payments: TAviosCollectOption["payments"] = [];
  let slot = 0;
  for (const i of order) {
    const k = kinds[i];
    for (let c = 0; c < mix.counts[i]; c++) {
      const date = addMonths(today, slot);
      const creditedBy = k.months === 12 && credit === "monthly" ? addMonths(today, slot + 11) : date;
      payments.push({ date, plan: k.plan, billing: k.billing, usd: k.usdCents / 100, avios: k.avios, creditedBy });
      slot += k.months;
    }
  }
  return payments;
}

function reachedOn(payments: TAviosCollectOption["payments"], target: number): string | null {
  let total = 0;
  for (const p of [...payments].sort((a, b) => a.creditedBy.localeCompare(b.creditedBy))) {
    total += p.avios;
    if (total >= target) return p.creditedBy;
  }
  return null;
}

function explain(parts: TAviosCollectOption["parts"], mix: Mix, reached: string | null, feasible: boolean, deadline: string): Message {
  const en = parts.map((p) => `${p.plan} ${p.billing} x ${p.count} ${p.billing === "monthly" ? "month" : "year"}${p.count > 1 ? "s" : ""}`);
  const ja = parts.map((p) => `${p.plan}（${p.billing === "monthly" ? "月払い" : "年払い"}）${p.count}${p.billing === "monthly" ? "か月" : "年"}`);
  if (!feasible) {
    return {
      code: "avios.tooLate",
      en: `${en.join(" then ")} would give ${n(mix.avios)} Avios for ${usd(mix.costCents)}, but not by ${deadline}.`,
      ja: `${ja.join("→")}で${n(mix.avios)} Aviosを${usd(mix.costCents)}で貯められますが、${deadline}までには間に合いません。`,
    };
  }
  return {
    code: parts.length > 1 ? "avios.combination" : "avios.single",
    en: `${en.join(" then ")}: ${n(mix.avios)} Avios for ${usd(mix.costCents)}, all in by ${reached}.`,
    ja: `${ja.join("→")}：${n(mix.avios)} Aviosを${usd(mix.costCents)}で、${reached}までに貯められます。`,
  };
}

function toOption(
  kinds: readonly AviosKind[],
  mix: Mix,
  feasible: boolean,
  req: TAviosCollectRequest,
  today: string,
): TAviosCollectOption {
  const payments = schedule(kinds, mix, today, req.yearlyCredit);
  const parts = scheduleOrder(kinds, req.yearlyCredit)
    .map((i) => ({ k: kinds[i], count: mix.counts[i] }))
    .filter(({ count }) => count > 0)
    .map(({ k, count }) => ({ plan: k.plan, billing: k.billing, count, costUsd: (count * k.usdCents) / 100, avios: count * k.avios }));
  const reached = feasible ? reachedOn(payments, req.targetAvios) : null;
  return {
    kind: parts.length > 1 ? "combination" : "single",
    feasible,
    parts,
    costUsd: mix.costCents / 100,
    avios: mix.avios,
    surplusAvios: mix.avios - req.targetAvios,
    centsPerAvios: round4(mix.costCents / mix.avios),
    reachedOn: reached,
    payments,
    explanation: explain(parts, mix, reached, feasible, req.deadline),
  };
}

function assumptions(req: TAviosCollectRequest, slots: number): Message[] {
  const list: Message[] = [
    {
      code: "avios.assume.oneAtATime",
      en: "One subscription at a time; you may switch plan or billing between periods. The first payment is today, then on the same day each month.",
      ja: "サブスクリプションは同時に1つのみで、期間の区切りでプランや支払い方法を変更できると仮定しています。初回の支払いは本日、以後は毎月同じ日です。",
    },
    req.yearlyCredit === "upfront"
      ? {
          code: "avios.assume.yearlyUpfront",
          en: "Assumed a yearly plan credits the whole year's Avios at payment (the source post does not say).",
          ja: "年払いプランは支払い時に1年分のAviosがまとめて加算されると仮定しています（元記事に記載なし）。",
        }
      : {
          code: "avios.assume.yearlyMonthly",
          en: "A yearly plan's Avios are counted only by its 12th monthly credit (conservative; the source post does not say when they arrive).",
          ja: "年払いプランのAviosは12回目の月次加算までにそろうものとして数えています（安全側の仮定。元記事に記載なし）。",
        },
  ];
  if (slots > MAX_MONTHS) {
    list.push({
      code: "avios.assume.horizon",
      en: `Only the next ${MAX_MONTHS + 1} monthly payment dates (5 years) are considered.`,
      ja: `今後${MAX_MONTHS + 1}回（5年間）の月次支払日のみを対象としています。`,
    });
  }
  return list;
}

/**
 * Cheapest way to collect `targetAvios` by `deadline`, starting `today`:
 * every plan and billing on its own (fewest periods that reach the target),
 * plus, when allowed, the exact cheapest combination of plans and billings.
 * `best` is the cheapest option that arrives in time; `alternatives` are the
 * other in-time options by cost, then those too late.
 */
export function cheapestAviosPlan(plans: readonly AviosPlanData[], req: TAviosCollectRequest, today: string): TAviosCollectResponse {
  const kinds = aviosKinds(plans);
  const slots = today <= req.deadline ? monthsAvailable(today, req.deadline) : 0;
  const usable = Math.min(slots, MAX_MONTHS + 1);

  const options = kinds.map((_, i) => {
    const single = singleKind(kinds, i, req.targetAvios, usable, req.yearlyCredit);
    return { mix: single.mix, feasible: single.fits };
  });
  if (req.allowCombinations) {
    const mix = cheapestMix(kinds, req.targetAvios, usable, req.yearlyCredit);
    if (mix && mix.counts.filter((c) => c > 0).length > 1) options.push({ mix, feasible: true });
  }
  options.sort(
    (a, b) =>
      Number(b.feasible) - Number(a.feasible) ||
      a.mix.costCents - b.mix.costCents ||
      a.mix.periods - b.mix.periods ||
      b.mix.avios - a.mix.avios,
  );
  const all = options.map((o) => toOption(kinds, o.mix, o.feasible, req, today));
  const best = all[0]?.feasible ? all[0] : null;
  return {
    targetAvios: req.targetAvios,
    today,
    deadline: req.deadline,
    monthsAvailable: usable,
    best,
    alternatives: best ? all.slice(1) : all,
    assumptions: assumptions(req, slots),
  };
}
