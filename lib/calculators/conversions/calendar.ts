import { daysBetween } from "./dates";
import type { TCampaignCalendarEntry } from "./schema";
import type { CampaignData } from "./types";

const ORDER = { current: 0, upcoming: 1, past: 2 } as const;

/**
 * Classify campaigns against `today` (a date in Japan; periods are inclusive):
 * current first (ending soonest first), then upcoming (starting soonest first),
 * then past (most recently ended first). Optionally only one route.
 */
export function campaignCalendar(
  campaigns: readonly CampaignData[],
  today: string,
  options: { route?: string } = {},
): TCampaignCalendarEntry[] {
  return campaigns
    .filter((c) => options.route === undefined || c.route === options.route)
    .map((c): TCampaignCalendarEntry => {
      const status = today < c.startDate ? "upcoming" : today > c.endDate ? "past" : "current";
      return {
        code: c.code,
        route: c.route,
        name: c.name,
        nameJa: c.nameJa,
        start: c.startDate,
        end: c.endDate,
        status,
        daysUntilStart: daysBetween(today, c.startDate),
        daysLeft: status === "current" ? daysBetween(today, c.endDate) + 1 : 0,
        bonusKind: c.bonusKind,
        bonusValue: c.bonusValue,
        entryRequired: c.entryRequired,
        // Provenance travels with every campaign shown (brief: numbers traceable to source and date).
        source: c.source,
        effectiveFrom: c.startDate,
        confidence: c.confidence,
      };
    })
    .sort((a, b) => {
      if (a.status !== b.status) return ORDER[a.status] - ORDER[b.status];
      if (a.status === "current") return a.end.localeCompare(b.end) || a.code.localeCompare(b.code);
      if (a.status === "upcoming") return a.start.localeCompare(b.start) || a.code.localeCompare(b.code);
      return b.end.localeCompare(a.end) || a.code.localeCompare(b.code);
    });
}
