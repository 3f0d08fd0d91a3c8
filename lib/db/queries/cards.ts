// Card presets for /cards and POST /api/v1/cards/compare, read from the
// CardPreset table (an admin may change them), never from the seed file, held in
// memory (lib/db/reference-data.ts); a given client reads its database directly.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";
import { cardPresetMap, cardPresetsFromRows, type CardPreset } from "@/lib/calculators/cards/from-rows";
import type { TCardDefinition } from "@/lib/calculators/cards/schema";

const PRESET_COLUMNS = { code: true, name: true, nameJa: true, data: true, source: true, confidence: true } as const;

function readPresetRows(client: Db) {
  return client.cardPreset.findMany({ select: PRESET_COLUMNS, orderBy: { code: "asc" } });
}

/** Every stored preset with its provenance, ordered by code for a stable page. */
export async function listCardPresets(client?: Db): Promise<CardPreset[]> {
  return cardPresetsFromRows(await referenceDataset("card-presets", readPresetRows, client));
}

/**
 * Preset code -> card definition for the given codes only (the codes a request
 * names). Codes with no row are simply absent: resolveCardEntries reports them.
 */
export async function getCardPresetMap(codes: readonly string[], client?: Db): Promise<Map<string, TCardDefinition>> {
  const unique = new Set(codes);
  if (unique.size === 0) return new Map();
  const rows = await referenceDataset("card-presets", readPresetRows, client);
  return cardPresetMap(rows.filter((r) => unique.has(r.code)));
}
