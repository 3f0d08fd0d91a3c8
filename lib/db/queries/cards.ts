// Card presets for /cards and POST /api/v1/cards/compare, read from the CardPreset
// table (an admin may change them), never from the seed file, held in memory
// (lib/db/reference-data.ts); a given client reads its database directly. A preset has
// versions (terms by date): the one in force on a day is the latest effectiveFrom on
// or before it.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";
import { cardPresetsFromRows, type CardPreset } from "@/lib/calculators/cards/from-rows";

const PRESET_COLUMNS = { code: true, name: true, nameJa: true, data: true, source: true, confidence: true, effectiveFrom: true, verifiedOn: true } as const;

function readPresetRows(client: Db) {
  return client.cardPreset.findMany({ select: PRESET_COLUMNS, orderBy: [{ code: "asc" }, { effectiveFrom: "desc" }] });
}

/** A `YYYY-MM-DD` day as stored: DateTime at UTC midnight. */
function storedDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

async function presetsOn(date: string, codes: ReadonlySet<string> | null, client?: Db): Promise<CardPreset[]> {
  const day = storedDay(date).getTime();
  const rows = (await referenceDataset("card-presets", readPresetRows, client)).filter(
    (row) => row.effectiveFrom.getTime() <= day && (codes === null || codes.has(row.code)),
  );
  // Newest version first per code: keep the first row of each code.
  const inForce = rows.filter((row, i) => i === 0 || rows[i - 1].code !== row.code);
  return cardPresetsFromRows(inForce);
}

/** Every preset's terms in force on `date` (YYYY-MM-DD), with provenance, ordered by code. */
export function listCardPresets(date: string, client?: Db): Promise<CardPreset[]> {
  return presetsOn(date, null, client);
}

/**
 * The given codes' terms in force on `date` (the codes a request names). Codes with no
 * version on that day are simply absent: resolveCardEntries reports them.
 */
export async function getCardPresets(codes: readonly string[], date: string, client?: Db): Promise<CardPreset[]> {
  const unique = new Set(codes);
  if (unique.size === 0) return [];
  return presetsOn(date, unique, client);
}
