/**
 * Suggestions a points expert would make about a journey and its best plan:
 * flights no award covers, a single segment standing between the journey and
 * one award ticket, a ticket just over a distance band edge, a connection that
 * could become a free stopover. Each comes in English and Japanese with a
 * stable code and the numbers behind it (`detail`).
 */
import type { OptimizeRun } from "./run";
import type { TSuggestion } from "./schema";
import { bandEdges } from "./suggest-band";
import { blockingSegments, cashSegments } from "./suggest-segment";
import { freeStopovers } from "./suggest-stopover";

export const MAX_SUGGESTIONS = 20;

export function suggest(run: OptimizeRun): TSuggestion[] {
  return [...cashSegments(run), ...blockingSegments(run), ...bandEdges(run), ...freeStopovers(run)].slice(0, MAX_SUGGESTIONS);
}
