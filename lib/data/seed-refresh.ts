// Brings the wording of seeded rows up to date on a database seeded earlier. The seed
// runner creates missing rows only (an admin's versions are never overwritten), so a
// source or note written before the seed texts were cleaned up would otherwise keep
// "facts §7" or "seed 7" for ever. Only a stored text that still carries an internal
// reference is replaced (an admin's own wording never does), and verifiedOn is filled
// only where it is empty. Rows are matched by the same unique keys the runner uses.
import { airlines, allianceMemberships, AIRLINES_CHECKED } from "./seed/airlines";
import { awardCharts, awardPrograms, awardRules, awardSectorMileages, awardValuations } from "./seed/awards";
import { cardPresetSeedRows } from "./seed/cards";
import { hasInternalReference } from "./seed/internal-references";
import { aviosPlans, campaigns, conversionRoutes, ihgPurchaseRules } from "./seed/promotions";
import { exchangeRates, referenceValues } from "./seed/reference-values";
import { safetyRatings } from "./seed/safety";
import type { Tx } from "./seed-db";

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const toDay = (value: string) => new Date(`${value}T00:00:00.000Z`);

type Stored = { verifiedOn: Date | null };

/**
 * For every stored row with a seed row of the same key: each text field in `texts`
 * that carries an internal reference takes the seed's text; an empty verifiedOn takes
 * the seed's. Returns how many rows changed.
 */
async function refresh<S extends { verifiedOn?: string | null }, D extends Stored>(
  seed: readonly S[],
  seedKey: (s: S) => string,
  stored: readonly D[],
  storedKey: (d: D) => string,
  texts: readonly (keyof S & keyof D & string)[],
  update: (row: D, data: Record<string, unknown>) => Promise<unknown>,
): Promise<number> {
  const bySeedKey = new Map(seed.map((s) => [seedKey(s), s]));
  let changed = 0;
  for (const row of stored) {
    const s = bySeedKey.get(storedKey(row));
    if (!s) continue;
    const data: Record<string, unknown> = {};
    for (const field of texts) {
      const now = row[field] as unknown;
      if (typeof now === "string" && now !== s[field] && hasInternalReference(now)) data[field] = s[field];
    }
    if (row.verifiedOn === null && s.verifiedOn) data.verifiedOn = toDay(s.verifiedOn);
    if (Object.keys(data).length === 0) continue;
    await update(row, data);
    changed++;
  }
  return changed;
}

/** Rows changed per table (table names as in the seed report). */
export async function refreshSeedText(tx: Tx): Promise<Record<string, number>> {
  const byId = <D extends { id: number }>(u: (args: { where: { id: number }; data: Record<string, unknown> }) => Promise<unknown>) => (row: D, data: Record<string, unknown>) => u({ where: { id: row.id }, data });
  const checkedAirlines = airlines.map((a) => ({ ...a, verifiedOn: a.verifiedOn ?? AIRLINES_CHECKED }));
  const memberships = allianceMemberships.map((m) => ({ ...m, verifiedOn: AIRLINES_CHECKED }));
  const since = (s: { effectiveFrom: string }) => s.effectiveFrom;
  const sinceStored = (d: { effectiveFrom: Date }) => ymd(d.effectiveFrom);
  return {
    Airline: await refresh(checkedAirlines, (a) => a.code, await tx.airline.findMany(), (a) => a.code, ["source"], (row, data) => tx.airline.update({ where: { code: row.code }, data })),
    AllianceMembership: await refresh(memberships, (m) => `${m.airlineCode}|${m.alliance}|${m.role}`, await tx.allianceMembership.findMany(), (m) => `${m.airlineCode}|${m.alliance}|${m.role}`, ["source"], byId((a) => tx.allianceMembership.update(a))),
    SafetyRating: await refresh(safetyRatings, (r) => `${r.airlineCode}|${r.year}`, await tx.safetyRating.findMany(), (r) => `${r.airlineCode}|${r.year}`, ["source", "note", "noteJa"], byId((a) => tx.safetyRating.update(a))),
    ConversionRoute: await refresh(conversionRoutes, (r) => r.code, await tx.conversionRoute.findMany(), (r) => r.code, ["source"], (row, data) => tx.conversionRoute.update({ where: { code: row.code }, data })),
    Campaign: await refresh(campaigns, (c) => c.code, await tx.campaign.findMany(), (c) => c.code, ["source"], byId((a) => tx.campaign.update(a))),
    IhgPurchaseRule: await refresh(ihgPurchaseRules, since, await tx.ihgPurchaseRule.findMany(), sinceStored, ["source", "notes"], byId((a) => tx.ihgPurchaseRule.update(a))),
    AviosPlan: await refresh(aviosPlans, (p) => `${p.name}|${p.effectiveFrom}`, await tx.aviosPlan.findMany(), (p) => `${p.name}|${ymd(p.effectiveFrom)}`, ["source"], byId((a) => tx.aviosPlan.update(a))),
    CardPreset: await refresh(cardPresetSeedRows, (p) => `${p.code}|${p.effectiveFrom}`, await tx.cardPreset.findMany(), (p) => `${p.code}|${ymd(p.effectiveFrom)}`, ["source"], byId((a) => tx.cardPreset.update(a))),
    ExchangeRate: await refresh(exchangeRates, (r) => `${r.base}|${r.quote}|${r.asOf}`, await tx.exchangeRate.findMany(), (r) => `${r.base}|${r.quote}|${ymd(r.asOf)}`, ["source"], byId((a) => tx.exchangeRate.update(a))),
    ReferenceValue: await refresh(referenceValues, (r) => `${r.key}|${r.effectiveFrom}`, await tx.referenceValue.findMany(), (r) => `${r.key}|${ymd(r.effectiveFrom)}`, ["source", "note"], byId((a) => tx.referenceValue.update(a))),
    Program: await refresh(awardPrograms, (p) => p.code, await tx.program.findMany(), (p) => p.code, [], (row, data) => tx.program.update({ where: { code: row.code }, data })),
    AwardChart: await refresh(awardCharts, (c) => `${c.key}|${c.effectiveFrom}`, await tx.awardChart.findMany(), (c) => `${c.key}|${ymd(c.effectiveFrom)}`, ["source", "notes"], byId((a) => tx.awardChart.update(a))),
    AwardRule: await refresh(awardRules, (r) => `${r.program}|${r.award}|${r.key}|${r.effectiveFrom}`, await tx.awardRule.findMany(), (r) => `${r.program}|${r.award}|${r.key}|${ymd(r.effectiveFrom)}`, ["source", "notes"], byId((a) => tx.awardRule.update(a))),
    SectorMileage: await refresh(awardSectorMileages, (m) => `${m.program}|${m.fromCode}|${m.toCode}|${m.effectiveFrom}`, await tx.sectorMileage.findMany(), (m) => `${m.program}|${m.fromCode}|${m.toCode}|${ymd(m.effectiveFrom)}`, ["source"], byId((a) => tx.sectorMileage.update(a))),
    Valuation: await refresh(awardValuations, (v) => v.currency, await tx.valuation.findMany(), (v) => v.currency, ["source"], (row, data) => tx.valuation.update({ where: { currency: row.currency }, data })),
  };
}
