// Bilingual warnings returned with a Kiva simulation. Codes are stable; the
// texts may be reworded.
import type { TBilingualMessage } from "./schema";

export function noMilesWarning(): TBilingualMessage {
  return {
    code: "kiva.noMiles",
    en: "These card payments earn no miles: each month's payment is too small for the card's earning rate (fractions of a mile are dropped).",
    ja: "この条件ではマイルが貯まりません。毎月のカード決済額が小さく、1マイル未満の端数は切り捨てられます。",
  };
}

export function outstandingAtEndWarning(outstandingUsd: number): TBilingualMessage {
  const usd = outstandingUsd.toFixed(2);
  return {
    code: "kiva.outstandingAtEnd",
    en: `${usd} USD is still out on loans at the end of the simulation; it is expected back after the last month.`,
    ja: `シミュレーション終了時点で${usd} USDがまだ融資中です。最終月以降に返済される見込みです。`,
  };
}

export function relendByCardNote(): TBilingualMessage {
  return {
    code: "kiva.relendByCard",
    en: "Re-lending from Kiva credit earns no miles: this simulation assumes repaid money is withdrawn and lent again by a new card payment (with its currency conversion cost).",
    ja: "Kivaの残高から再融資してもマイルは貯まりません。このシミュレーションは、返済金を引き出してからカードで改めて融資する(その都度、為替手数料がかかる)前提です。",
  };
}
