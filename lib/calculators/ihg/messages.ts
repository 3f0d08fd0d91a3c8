import type { PricedPurchase } from "./pricing";
import type { Message } from "./types";

const n = (x: number) => x.toLocaleString("en-US");
/** "1 cent", "0.5 cents": English counts one as singular only when it is exactly 1. */
const cents = (x: number) => (x === 1 ? "1 cent" : `${x} cents`);
const usd = (x: number) => `$${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const capExceeded = (after: number, cap: number, remaining: number): Message => ({
  code: "cap.exceeded",
  en: `This would bring this year's purchases to ${n(after)} points, over the annual cap of ${n(cap)} (bonus points do not count); you can still buy ${n(remaining)}.`,
  ja: `今年の購入が${n(after)}ポイントとなり、年間上限${n(cap)}ポイント（ボーナス分は含まない）を超えます。あと${n(remaining)}ポイントまで購入できます。`,
});

export const capRaised = (cap: number, normal: number): Message => ({
  code: "cap.raised",
  en: `A cap of ${n(cap)} applies only when IHG raises it for your account in a sale; the usual cap is ${n(normal)}.`,
  ja: `上限${n(cap)}ポイントは、セールでIHGがあなたのアカウントの上限を引き上げた場合のみです。通常の上限は${n(normal)}ポイントです。`,
});

export const belowThreshold = (bonusPercent: number, alt: PricedPurchase): Message => ({
  code: "bonus.belowThreshold",
  en: `The ${bonusPercent}% bonus needs a purchase of at least ${n(alt.points)} points. Buying ${n(alt.points)} would give ${n(alt.totalPoints)} points for ${usd(alt.costUsd)} (${cents(alt.effectiveCentsPerPoint)} each).`,
  ja: `${bonusPercent}%ボーナスは${n(alt.points)}ポイント以上の購入が条件です。${n(alt.points)}ポイント購入なら${n(alt.totalPoints)}ポイントを${usd(alt.costUsd)}（1ポイント${alt.effectiveCentsPerPoint}セント）で入手できます。`,
});

export const thresholdUnknown = (bonusPercent: number): Message => ({
  code: "bonus.thresholdUnknown",
  en: `No minimum purchase is stored for a ${bonusPercent}% bonus; assumed every purchase gets it. Check the sale's terms.`,
  ja: `${bonusPercent}%ボーナスの最低購入数は登録されていないため、すべての購入に付くと仮定しています。セールの条件を確認してください。`,
});

export const stayNotCovered = (awardPoints: number, totalPoints: number): Message => ({
  code: "stay.notCovered",
  en: `The stay needs ${n(awardPoints)} points; this purchase gives ${n(totalPoints)}.`,
  ja: `この宿泊には${n(awardPoints)}ポイント必要ですが、今回の購入では${n(totalPoints)}ポイントです。`,
});

export const onlyFullBonus = (full: number, got: number): Message => ({
  code: "rule.onlyFullBonus",
  en: `Rule of thumb (source posts): only a ${full}% bonus sale is worth buying; this purchase gets ${got}%.`,
  ja: `経験則（元記事）：${full}%ボーナス以外のセールは買う価値がありません。今回の購入は${got}%です。`,
});

export const fullBonusMet = (full: number): Message => ({
  code: "rule.fullBonusMet",
  en: `The purchase gets the full ${full}% bonus, the only sale the rule of thumb says is worth buying.`,
  ja: `今回の購入は${full}%ボーナスが付き、経験則で買う価値があるとされる唯一のセールです。`,
});

export const capReason = (cap: number): Message => ({
  code: "cap.exceeded",
  en: `The purchase goes over your annual cap of ${n(cap)} points.`,
  ja: `購入が年間上限${n(cap)}ポイントを超えます。`,
});

export const noStay: Message = {
  code: "stay.none",
  en: "Buy points only for a planned stay, not just because there is a sale: enter the stay's cash and points prices to check it.",
  ja: "セールだからという理由だけで購入せず、予定している宿泊のために購入しましょう。宿泊の現金価格と必要ポイント数を入力して確認できます。",
};

export const stayWorthIt = (value: number, effective: number, saving: number): Message =>
  saving < 0.01
    ? {
        // Exactly at breakeven: "about $0.00 cheaper" would read as a bug.
        code: "stay.worthIt",
        en: `The stay gets ${cents(value)} per point, the same ${cents(effective)} you pay per point: buying points costs the same as paying cash.`,
        ja: `この宿泊は1ポイントあたり${value}セントの価値があり、購入価格${effective}セントと同じです。ポイント購入と現金払いの費用は同じです。`,
      }
    : {
        code: "stay.worthIt",
        en: `The stay gets ${cents(value)} per point, more than the ${cents(effective)} you pay per point: about ${usd(saving)} cheaper than paying cash.`,
        ja: `この宿泊は1ポイントあたり${value}セントの価値があり、購入価格${effective}セント以上です。現金払いより約${usd(saving)}お得です。`,
      };

export const stayBreakEven = (value: number): Message => ({
  code: "stay.breakEven",
  en: `The stay gets exactly what you pay per point (${cents(value)}): buying points saves nothing over paying cash, and cash keeps your plans open.`,
  ja: `この宿泊のポイント価値（1ポイント${value}セント）は購入価格とちょうど同じです。ポイントを買っても現金払いより得にならず、現金のほうが予定を変えやすいです。`,
});

export const stayNotWorthIt = (value: number, effective: number, breakeven: number): Message => ({
  code: "stay.notWorthIt",
  en: `The stay gets only ${cents(value)} per point, less than the ${cents(effective)} you pay per point: paying cash is cheaper unless the stay costs more than ${usd(breakeven)}.`,
  ja: `この宿泊は1ポイントあたり${value}セントの価値しかなく、購入価格${effective}セントを下回ります。宿泊料金が${usd(breakeven)}を超えない限り現金払いの方が安いです。`,
});
