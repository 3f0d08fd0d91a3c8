/**
 * How a price was reached. A derived or estimated chart cell stores its basis
 * as a code with parameters (JSON in the row's `note`), and an award may name
 * standing price notes (rule `priceNotes`); both are returned as codes with
 * parameters (rendered from messages/{en,ja}/award-rules.json), so neither the
 * data nor the engine holds sentences.
 */
import { coded } from "./messages";
import type { Coded, MessageParams } from "./types";

/** The basis codes a cell's note may name, with the parameters each one needs. */
export const BASIS_CODES = {
  previousChartRise: ["from", "previous", "low", "high"],
  unchangedOrRise: ["from", "previous", "high"],
  preChangePlusAreaMax: ["from", "previous", "increase"],
  halfOfPublishedReturn: ["published"],
} as const satisfies Record<string, readonly string[]>;

/** Standing price notes an award may name in its rule `priceNotes`. */
export const PRICE_NOTE_CODES = ["dynamicAboveBase", "nonstopFromPrice", "onlyConfirmedCells"] as const;

function parse(note: string): Record<string, unknown> {
  try {
    const v = JSON.parse(note) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The basis of one derived or estimated cell, or null for a plain chart cell. */
export function basisMessage(note: string | null, kind: string): Coded | null {
  if (kind === "chart") return null;
  const b = note ? parse(note) : {};
  const code = typeof b.code === "string" ? b.code : "";
  if (Object.hasOwn(BASIS_CODES, code)) {
    const params: MessageParams = {};
    for (const k of BASIS_CODES[code as keyof typeof BASIS_CODES]) {
      const v = b[k];
      params[k] = typeof v === "number" || typeof v === "string" ? v : 0;
    }
    return coded(`basis.${code}`, params);
  }
  return coded(kind === "derived" ? "basis.derived" : "basis.estimate");
}

/** A standing note an award names in its rule `priceNotes` (unknown codes are left out). */
export function priceNoteMessage(code: string): Coded | null {
  return (PRICE_NOTE_CODES as readonly string[]).includes(code) ? coded(`priceNote.${code}`) : null;
}

export const TAXES_NOT_STORED: Coded = coded("note.taxesNotStored");
