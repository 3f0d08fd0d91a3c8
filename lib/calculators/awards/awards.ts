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
  check: (ctx: RuleContext) => Violation[];
}

export const AWARDS: Record<ProgramCode, readonly AwardDef[]> = {
  JAL: [
    { program: "JAL", award: "jal", prefix: "jal", check: checkJalAward },
    { program: "JAL", award: "partner", prefix: "partner", check: checkJalPartner },
    { program: "JAL", award: "oneworld", prefix: "oneworld", check: checkJalOneworld },
  ],
  BA: [
    { program: "BA", award: "perSegment", prefix: "ba", check: checkBaPerSegment },
    { program: "BA", award: "multiCarrier", prefix: "multiCarrier", check: checkBaMultiCarrier },
  ],
  AS: [{ program: "AS", award: "partner", prefix: "alaska", check: checkAlaskaPartner }],
  CX: [{ program: "CX", award: "standard", prefix: "cathay", check: checkCathayStandard }],
};
