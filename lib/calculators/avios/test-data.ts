// Test helper: the seed plans mapped exactly as production maps database rows.
import { aviosPlans } from "@/lib/data/seed/promotions";
import { aviosPlanFromRow } from "./from-rows";

export const seedPlans = aviosPlans.map(aviosPlanFromRow);
