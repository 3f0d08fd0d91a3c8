// The tables an admin can export and import as CSV (award charts have their own page).
import "server-only";
import { campaignsTable } from "./specs/campaigns";
import { ihgRulesTable } from "./specs/ihg";
import { aviosPlansTable } from "./specs/avios";
import { safetyRatingsTable } from "./specs/safety";
import { routeOverridesTable, sectorMileagesTable } from "./specs/mileages";
import { cardPresetsTable, exchangeRatesTable, referenceValuesTable } from "./specs/reference";
import type { TableSpec } from "./spec";

export const TABLES: readonly TableSpec[] = [campaignsTable, ihgRulesTable, aviosPlansTable, safetyRatingsTable, sectorMileagesTable, routeOverridesTable, cardPresetsTable, referenceValuesTable, exchangeRatesTable];

export function tableSpec(name: string): TableSpec | null {
  return TABLES.find((t) => t.name === name) ?? null;
}
