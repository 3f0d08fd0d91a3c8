/**
 * Test support: the optimizer's answer found the slow, obvious way. Every run
 * of segments is quoted as a request of its own with `quoteItinerary` (no
 * journey, no pruning, no shared memos), then every one of the 2^(n-1) ways of
 * cutting the journey into consecutive blocks is tried. A block is a ticket
 * (cheapest valid, priced award in a valued currency) or a single segment left
 * off: a surface sector, or a flight that no valid ticket covers.
 */
import { quoteItinerary, type AwardData, type QuoteRequestInput } from "@/lib/calculators/awards";

export interface BruteResult {
  cost: number;
  tickets: number;
  cash: number[];
}

export function bruteForce(request: QuoteRequestInput, data: AwardData, units: ReadonlyMap<string, number>): BruteResult | null {
  const segs = request.segments;
  const n = segs.length;
  const cost: (number | null)[][] = Array.from({ length: n }, () => new Array<number | null>(n).fill(null));
  const covered = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      if (segs[i].surface || segs[j].surface) continue;
      const q = quoteItinerary({ segments: segs.slice(i, j + 1), programs: request.programs, asOf: request.asOf, season: request.season }, data);
      let best: number | null = null;
      for (const x of q.quotes) {
        const u = units.get(x.currency);
        if (!x.valid || x.price === null || u === undefined) continue;
        const c = x.price * u;
        if (best === null || c < best) best = c;
      }
      cost[i][j] = best;
      if (best !== null) for (let k = i; k <= j; k++) covered[k] = true;
    }
  }
  const cash: number[] = [];
  for (let k = 0; k < n; k++) if (!segs[k].surface && !covered[k]) cash.push(k);
  let best: BruteResult | null = null;
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    // Bit b set: a cut between segment b and b + 1.
    let total = 0;
    let tickets = 0;
    let ok = true;
    let start = 0;
    for (let end = 0; end < n && ok; end++) {
      if (end < n - 1 && !(mask & (1 << end))) continue;
      const single = start === end;
      if (single && (segs[start].surface || cash.includes(start))) {
        // left off every ticket
      } else if (cost[start][end] !== null) {
        total += cost[start][end]!;
        tickets++;
      } else ok = false;
      start = end + 1;
    }
    if (!ok) continue;
    if (!best || total < best.cost || (total === best.cost && tickets < best.tickets)) best = { cost: total, tickets, cash };
  }
  return best;
}
