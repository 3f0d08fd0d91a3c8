// Card presets for /cards and POST /api/v1/cards/compare, read from the
// CardPreset table (an admin may change them), never from the seed file.
import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { cardPresetMap, cardPresetsFromRows, type CardPreset } from "@/lib/calculators/cards/from-rows";
import type { TCardDefinition } from "@/lib/calculators/cards/schema";

const PRESET_COLUMNS = { code: true, name: true, nameJa: true, data: true, source: true, confidence: true } as const;

/** Every stored preset with its provenance, ordered by code for a stable page. */
export async function listCardPresets(client: Db = db()): Promise<CardPreset[]> {
  const rows = await client.cardPreset.findMany({ select: PRESET_COLUMNS, orderBy: { code: "asc" } });
  return cardPresetsFromRows(rows);
}

/**
 * Preset code -> card definition for the given codes only (the codes a request
 * names). Codes with no row are simply absent: resolveCardEntries reports them.
 */
export async function getCardPresetMap(codes: readonly string[], client: Db = db()): Promise<Map<string, TCardDefinition>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await client.cardPreset.findMany({ select: PRESET_COLUMNS, where: { code: { in: unique } } });
  return cardPresetMap(rows);
}
