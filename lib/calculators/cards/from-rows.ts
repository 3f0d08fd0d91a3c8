// Maps CardPreset rows (prisma/schema.prisma: code, name, nameJa, data JSON,
// source, confidence) to card definitions for compareCards. Pure: the rows are
// read from the database by the caller.
import * as z from "zod";
import { ZCardDefinition, type TCardDefinition } from "./schema";

/**
 * The JSON stored in CardPreset.data: the card definition without its names
 * (the row's name/nameJa columns are authoritative), plus the effective date
 * and a bilingual note, since the model has no columns for them.
 */
export const ZCardPresetData = ZCardDefinition.omit({ name: true, nameJa: true }).extend({
  effectiveFrom: z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "effectiveFrom must be YYYY-MM-DD." })
    .describe("Date from which the definition is known to hold."),
  note: z
    .object({ code: z.string().max(80), en: z.string().max(1000), ja: z.string().max(1000) })
    .optional()
    .describe("Caveat shown with the preset."),
});
export type TCardPresetData = z.infer<typeof ZCardPresetData>;
export type TCardPresetDataInput = z.input<typeof ZCardPresetData>;

/** A CardPreset row as stored (the Prisma model's fields). */
export type CardPresetRowLike = {
  code: string;
  name: string;
  nameJa: string;
  data: string;
  source: string;
  confidence: string;
  /** Day the row was last checked against its source (Prisma Date or YYYY-MM-DD); null = never. */
  verifiedOn?: Date | string | null;
};

export type CardPreset = {
  code: string;
  card: TCardDefinition;
  effectiveFrom: string;
  note?: TCardPresetData["note"];
  source: string;
  confidence: string;
  /** YYYY-MM-DD, or null when the row was never verified. */
  verifiedOn: string | null;
};

/** Parses preset rows; throws naming the preset when a row's data is invalid. */
export function cardPresetsFromRows(rows: readonly CardPresetRowLike[]): CardPreset[] {
  return rows.map((row) => {
    let json: unknown;
    try {
      json = JSON.parse(row.data);
    } catch {
      throw new Error(`CardPreset ${row.code}: data is not valid JSON.`);
    }
    const parsed = ZCardPresetData.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`CardPreset ${row.code}: invalid data at ${first.path.join(".")}: ${first.message}`);
    }
    const { effectiveFrom, note, ...definition } = parsed.data;
    return {
      code: row.code,
      card: { ...definition, name: row.name, nameJa: row.nameJa },
      effectiveFrom,
      ...(note ? { note } : {}),
      source: row.source,
      confidence: row.confidence,
      verifiedOn: row.verifiedOn ? (typeof row.verifiedOn === "string" ? row.verifiedOn.slice(0, 10) : row.verifiedOn.toISOString().slice(0, 10)) : null,
    };
  });
}

/** Preset code -> card definition, the lookup resolveCardEntries needs. */
export function cardPresetMap(rows: readonly CardPresetRowLike[]): Map<string, TCardDefinition> {
  return new Map(cardPresetsFromRows(rows).map((p) => [p.code, p.card]));
}
