/**
 * The award types of each program (api.md: JAL -> jal, partner, oneworld;
 * BA -> perSegment, multiCarrier; AS -> partner; CX -> standard), each with
 * its rule check. Limits live in the rule data, not here.
 */
import { checkAlaskaPartner } from "./rules/alaska";
import { checkBaMultiCarrier, checkBaPerSegment } from "./rules/ba";
import { checkCathayStandard } from "./rules/cathay";
import type { RuleContext } from "./rules/common";
import { checkJalAward, checkJalOneworld, checkJalPartner } from "./rules/jal";
import type { AwardType, ProgramCode, Violation } from "./types";

export interface AwardDef {
  program: ProgramCode;
  award: AwardType;
  prefix: string; // violation code prefix
  en: string; // "a JAL partner award", used inside sentences
  ja: string;
  check: (ctx: RuleContext) => Violation[];
}

export const AWARDS: Record<ProgramCode, readonly AwardDef[]> = {
  JAL: [
    { program: "JAL", award: "jal", prefix: "jal", en: "a JAL award", ja: "JAL特典航空券", check: checkJalAward },
    { program: "JAL", award: "partner", prefix: "partner", en: "a JAL partner award", ja: "提携航空会社特典航空券", check: checkJalPartner },
    { program: "JAL", award: "oneworld", prefix: "oneworld", en: "a JAL oneworld award", ja: "ワンワールド特典航空券", check: checkJalOneworld },
  ],
  BA: [
    { program: "BA", award: "perSegment", prefix: "ba", en: "a BA Avios award", ja: "BAの特典航空券(区間ごとの計算)", check: checkBaPerSegment },
    { program: "BA", award: "multiCarrier", prefix: "multiCarrier", en: "a BA oneworld multi-carrier award", ja: "BAのワンワールド・マルチキャリア特典", check: checkBaMultiCarrier },
  ],
  AS: [{ program: "AS", award: "partner", prefix: "alaska", en: "an Atmos Rewards partner award", ja: "アトモス・リワードの提携航空会社特典航空券", check: checkAlaskaPartner }],
  CX: [{ program: "CX", award: "standard", prefix: "cathay", en: "an Asia Miles standard award", ja: "アジアマイルの標準特典航空券", check: checkCathayStandard }],
};
