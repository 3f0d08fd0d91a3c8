// Test helper: the seed rows mapped exactly as production maps database rows.
import { campaigns, conversionRoutes } from "@/lib/data/seed/promotions";
import { conversionDataFromRows } from "./from-rows";

export const seedData = conversionDataFromRows({ routes: conversionRoutes, campaigns });
