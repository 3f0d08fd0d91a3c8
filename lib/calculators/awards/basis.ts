/**
 * Words for how a price was reached. A derived or estimated chart cell stores
 * its basis as a code with parameters (JSON in the row's `note`), and an award
 * may name standing price notes (rule `priceNotes`); both are rendered here in
 * English and Japanese, so the data holds no sentences.
 */
import { fmt } from "./messages";
import type { Message } from "./types";

interface Basis {
  code?: string;
  previous?: number;
  low?: number;
  high?: number;
  from?: string;
  increase?: number;
  published?: number;
}

function parse(note: string): Basis {
  try {
    const v = JSON.parse(note) as unknown;
    return v && typeof v === "object" ? (v as Basis) : {};
  } catch {
    return {};
  }
}

/** The basis of one derived or estimated cell, or null for a plain chart cell. */
export function basisMessage(note: string | null, kind: string): Message | null {
  if (kind === "chart") return null;
  const b = note ? parse(note) : {};
  const n = (x: number | undefined) => fmt(x ?? 0);
  switch (b.code) {
    case "previousChartRise":
      return {
        message: `Estimate: the value before ${b.from} (${n(b.previous)}) raised by the published ${b.low}–${b.high}% (ends rounded to 250); no post-change figure is published for this cell.`,
        messageJa: `推定: ${b.from}より前の値(${n(b.previous)})に公表された${b.low}〜${b.high}%の値上げを加えた範囲です(250単位で丸め)。改定後の値は公表されていません。`,
      };
    case "unchangedOrRise":
      return {
        message: `Estimate: not known whether this changed on ${b.from}; from the previous value (${n(b.previous)}) up to the published maximum rise of ${b.high}%.`,
        messageJa: `推定: ${b.from}の改定で変わったかは不明です。従来の値(${n(b.previous)})から公表された最大の値上げ幅${b.high}%までの範囲です。`,
      };
    case "preChangePlusAreaMax":
      return {
        message: `Estimate: from the value before ${b.from} (${n(b.previous)}) up to the published maximum increase for the area (+${n(b.increase)}).`,
        messageJa: `推定: ${b.from}より前の値(${n(b.previous)})から、その方面で公表された最大の値上げ幅(+${n(b.increase)})までの範囲です。`,
      };
    case "halfOfPublishedReturn":
      return {
        message: `Derived: half of the published round-trip price ${n(b.published)}.`,
        messageJa: `算出値: 公表された往復の必要数${n(b.published)}の半分です。`,
      };
    default:
      return kind === "derived"
        ? { message: "Derived from published figures.", messageJa: "公表値から算出した値です。" }
        : { message: "Estimate: no published figure for this cell.", messageJa: "推定: この区分の公表値はありません。" };
  }
}

/** Standing notes an award names in its rule `priceNotes`. */
export function priceNoteMessage(code: string): Message | null {
  switch (code) {
    case "dynamicAboveBase":
      return {
        message: "These are base miles, the minimum: when base-level seats are gone JAL's Award PLUS asks more on a given flight.",
        messageJa: "表示は基本マイル数(最低必要数)です。基本マイル数の席がない便では、特典航空券PLUSにより必要マイル数が増えることがあります。",
      };
    case "nonstopFromPrice":
      return {
        message: "The published prices are 'from' prices for nonstop flights; itineraries with connections may price higher.",
        messageJa: "公表値は直行便の最低必要数です。乗り継ぎのある旅程はこれより多くなることがあります。",
      };
    case "onlyConfirmedCells":
      return {
        message: "Only the cells of this chart confirmed by published sources are stored.",
        messageJa: "このチャートは公表資料で確認できた区分だけを登録しています。",
      };
    default:
      return null;
  }
}

export const TAXES_NOT_STORED: Message = {
  message: "Plus taxes and carrier charges (not stored).",
  messageJa: "別途、税金・燃油サーチャージ等がかかります(金額は登録していません)。",
};
