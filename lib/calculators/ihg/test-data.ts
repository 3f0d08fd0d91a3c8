// Test helper: the seed rule mapped exactly as production maps database rows.
import { ihgPurchaseRules } from "@/lib/data/seed/promotions";
import { ihgRuleFromRow } from "./from-rows";

export const seedRule = ihgRuleFromRow(ihgPurchaseRules[0]);
