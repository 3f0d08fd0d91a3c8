/**
 * The query of GET /api/v1/awards/map.svg. Two ways to give the journey:
 *   route=NRT-HEL-LHR            airport codes (max 17 points); a comma starts a new
 *                                chain after an open jaw: NRT-LAX,SFO-NRT
 *     stops=stopover,transfer    optional kind of each stop between flights, in order
 *     tickets=JAL:0-1,BA:2       optional tickets (program:first-last segment) to colour
 *   s=...&p=...&asOf=...         the /awards page's own address (lib/awards/url.ts): stops
 *                                are classified from the real times
 *     plan=best                  colour the tickets of the optimizer's best plan
 * and lang=en|ja, theme=light|dark|auto, title (max 80 characters).
 */
import * as z from "zod";

export const MAX_POINTS = 17;
export const MAX_SEGMENTS = 16;
const KINDS = ["transfer", "stopover", "turnaround", "openJaw"] as const;
const PROGRAMS = ["JAL", "BA", "AS", "CX"] as const;

const ROUTE_RE = /^[A-Z]{3}(-[A-Z]{3})+(,[A-Z]{3}(-[A-Z]{3})+)*$/;
const STOPS_RE = new RegExp(`^(${KINDS.join("|")})(,(${KINDS.join("|")}))*$`);
const TICKETS_RE = new RegExp(`^(${PROGRAMS.join("|")}):\\d{1,2}(-\\d{1,2})?(,(${PROGRAMS.join("|")}):\\d{1,2}(-\\d{1,2})?)*$`);

export type MapStopKindParam = (typeof KINDS)[number];

export interface RouteChains {
  /** Each chain: airport codes flown in order; a new chain starts after an open jaw. */
  chains: string[][];
}

/** "NRT-HEL-LHR,LGW-NRT" -> [["NRT","HEL","LHR"],["LGW","NRT"]] (already checked by ROUTE_RE). */
export function splitRoute(route: string): string[][] {
  return route.split(",").map((c) => c.split("-"));
}

export function parseTickets(text: string): { program: (typeof PROGRAMS)[number]; first: number; last: number }[] {
  return text.split(",").map((t) => {
    const [program, range] = t.split(":");
    const [a, b] = range.split("-").map(Number);
    return { program: program as (typeof PROGRAMS)[number], first: a, last: b ?? a };
  });
}

export const ZMapQuery = z
  .object({
    route: z
      .string()
      .trim()
      .toUpperCase()
      .max(120, "The route is too long.")
      .regex(ROUTE_RE, "Use airport codes joined by \"-\" (NRT-HEL-LHR); start a new chain after an open jaw with \",\" (NRT-LAX,SFO-NRT).")
      .optional()
      .meta({ description: "Airport codes in order, e.g. NRT-HEL-LHR (at most 17 points)", example: "NRT-HEL-LHR" }),
    stops: z.string().trim().max(300, "Too many stops.").regex(STOPS_RE, `List the kind of each stop, comma separated: ${KINDS.join(", ")}.`).optional().meta({ description: "Kind of each stop between flights, in order (with route)" }),
    tickets: z.string().trim().toUpperCase().max(200, "Too many tickets.").regex(TICKETS_RE, "Give tickets as PROGRAM:FIRST-LAST segment indexes, e.g. JAL:0-1,BA:2.").optional().meta({ description: "Tickets to colour, e.g. JAL:0-1,BA:2 (with route)" }),
    s: z.string().max(1500, "The itinerary is too long.").optional().meta({ description: "The /awards page's itinerary parameter (with p, asOf, season)" }),
    p: z.string().max(100).optional(),
    asOf: z.string().max(40).optional(),
    season: z.string().max(40).optional(),
    plan: z.enum(["best"]).optional().meta({ description: "With s: colour the optimizer's best plan" }),
    lang: z.enum(["en", "ja"]).default("en"),
    theme: z.enum(["light", "dark", "auto"]).default("auto").meta({ description: "auto follows the viewer's light or dark preference" }),
    title: z.string().trim().max(80, "A title has at most 80 characters.").optional(),
  })
  .superRefine((q, ctx) => {
    // Zod still runs this refinement when a field failed its pattern (not an aborting
    // issue): never parse a value whose own check failed (that was a 500 under fuzzing).
    if ((q.route && !ROUTE_RE.test(q.route)) || (q.stops && !STOPS_RE.test(q.stops)) || (q.tickets && !TICKETS_RE.test(q.tickets))) return;
    if (!q.route === !q.s) {
      ctx.addIssue({ code: "custom", path: ["route"], message: "Give the journey either as route=NRT-HEL-LHR or as the /awards address (s=...), not both." });
      return;
    }
    if (q.route) {
      const chains = splitRoute(q.route);
      const points = chains.reduce((n, c) => n + c.length, 0);
      const segments = chains.reduce((n, c) => n + c.length - 1, 0);
      if (points > MAX_POINTS || segments > MAX_SEGMENTS) ctx.addIssue({ code: "custom", path: ["route"], message: `At most ${MAX_POINTS} airports and ${MAX_SEGMENTS} flights.` });
      for (const c of chains) c.forEach((code, i) => i > 0 && code === c[i - 1] && ctx.addIssue({ code: "custom", path: ["route"], message: `A flight must go somewhere: ${code}-${code}.` }));
      const between = chains.reduce((n, c) => n + c.length - 1, 0) - 1;
      if (q.stops && q.stops.split(",").length > between) ctx.addIssue({ code: "custom", path: ["stops"], message: `This route has ${between} stops between flights.` });
      if (q.tickets) {
        let prev = -1;
        for (const t of parseTickets(q.tickets)) {
          if (t.last < t.first || t.first <= prev || t.last >= segments) {
            ctx.addIssue({ code: "custom", path: ["tickets"], message: `Tickets must be in order, not overlap, and name flights 0 to ${segments - 1}.` });
            break;
          }
          prev = t.last;
        }
      }
      if (q.plan) ctx.addIssue({ code: "custom", path: ["plan"], message: "plan=best needs the full itinerary (s=...), with times." });
    } else {
      if (q.stops) ctx.addIssue({ code: "custom", path: ["stops"], message: "With s=..., stops are classified from the itinerary's times." });
      if (q.tickets) ctx.addIssue({ code: "custom", path: ["tickets"], message: "With s=..., use plan=best to colour the tickets." });
    }
  })
  .meta({ description: "GET /api/v1/awards/map.svg query" });

export type TMapQuery = z.infer<typeof ZMapQuery>;
