/**
 * BA Avios charts for tickets booked from 2025-12-15 (charts-2026 §1, facts §8).
 * BA raised every Reward Flight price by a published 8–14% and published no
 * new chart: each cell is the previous chart's value raised by 8–14% (an
 * estimate, ends rounded to the nearest 250 Avios, confidence L), except a cell
 * that a published post-change figure fixes (Zone 5 off-peak First = 75,000,
 * half the published 150,000 return: derived, M). JAL- and Cathay-operated
 * flights price on their own higher chart (§1.6: zones 1-4 from 2023-09;
 * zones 5-9 unknown, so no rows). The multi-carrier chart keeps its one
 * confirmed band.
 */
import type { SeedAwardChart, SeedAwardChartRow } from "./awards";

type CabinKey = "economy" | "premium" | "business" | "first";

export const BA_RISE_FROM = "2025-12-15";
/** verifiedOn: charts-2026.md, which these rows come from, was collected on this day. */
const CHECKED = "2026-12-02";
const RISE = { low: 8, high: 14 };
const AWARDFARES = "AwardFares blog, https://blog.awardfares.com/ba-avios-devaluation-2025 (Dec 2025): +8–14% on BA and partner Reward Flights for bookings from 2025-12-15; JAL and Cathay partner awards rose the most";
const POINTSWELLMADE = "Points Well Made, https://pointswellmade.co.uk/post/your-avios-just-got-less-valuable-ba-raises-prices-across-the-board (Dec 2025): London–New York off-peak First return 136,000 -> 150,000";
const CARD_AREIZ = "card-areiz.com, https://card-areiz.com/archives/15817 (Sep 2023): BA Avios on JAL and Cathay flights, zones 1-4";

/** Nearest 250 Avios (facts §8: estimate ends rounded to 250). */
export function round250(x: number): number {
  return Math.round(x / 250) * 250;
}

/** One estimated cell: the previous value raised by the published 8–14%. */
export function riseRow(base: Omit<SeedAwardChartRow, "price" | "kind" | "priceMin" | "priceMax" | "note">, previous: number): SeedAwardChartRow {
  const priceMin = round250((previous * (100 + RISE.low)) / 100);
  const priceMax = round250((previous * (100 + RISE.high)) / 100);
  return {
    ...base,
    price: Math.round((priceMin + priceMax) / 2),
    kind: "estimate",
    priceMin,
    priceMax,
    note: JSON.stringify({ code: "previousChartRise", previous, low: RISE.low, high: RISE.high, from: BA_RISE_FROM }),
  };
}

/** BA-operated (also Iberia, Aer Lingus), per zone, [off-peak, peak] before 2025-12-15 (charts-2026 §1.4). */
const BA_OPERATED_BEFORE: [string, number, number | null, Partial<Record<CabinKey, [number, number]>>][] = [
  ["1", 1, 650, { economy: [4750, 5250], business: [8500, 9750] }],
  ["2", 651, 1151, { economy: [7250, 8250], business: [13500, 15750] }],
  ["3", 1152, 2000, { economy: [9250, 10750], business: [17750, 20750] }],
  ["4", 2001, 3000, { economy: [10000, 12500], premium: [20000, 25000], business: [31250, 37500], first: [42500, 50000] }],
  ["5", 3001, 4000, { economy: [13000, 20000], premium: [26000, 40000], business: [50000, 60000], first: [68000, 80000] }],
  ["6", 4001, 5500, { economy: [16250, 25000], premium: [32500, 50000], business: [62500, 75000], first: [85000, 100000] }],
  ["7", 5501, 6500, { economy: [19500, 30000], premium: [39000, 60000], business: [75000, 90000], first: [102000, 120000] }],
  ["8", 6501, 7000, { economy: [22750, 35000], premium: [45500, 70000], business: [87500, 105000], first: [119000, 140000] }],
  ["9", 7001, null, { economy: [32500, 50000], premium: [65000, 100000], business: [125000, 150000], first: [170000, 200000] }],
];

/** Partner chart before 2025-12-15 (charts-2026 §1.5), Y / W / C / F. */
const PARTNER_BEFORE: [string, number, number | null, [number, number, number, number]][] = [
  ["1", 1, 650, [6000, 9000, 12500, 24000]],
  ["2", 651, 1150, [9000, 12500, 16500, 33000]],
  ["3", 1151, 2000, [11000, 16500, 22000, 44000]],
  ["4", 2001, 3000, [13000, 25750, 38750, 51500]],
  ["5", 3001, 4000, [20750, 41250, 62000, 82500]],
  ["6", 4001, 5500, [25750, 51500, 77250, 103000]],
  ["7", 5501, 6500, [31000, 62000, 92750, 123750]],
  ["8", 6501, 7000, [36250, 72250, 108250, 144250]],
  ["9", 7001, null, [51500, 103000, 154500, 206000]],
];

/** JAL- and Cathay-operated flights from 2023-09 (charts-2026 §1.6), Y / C; zones 5-9 unknown. */
const JAL_CX_2023: [string, number, number, number, number][] = [
  ["1", 1, 650, 9750, 20800],
  ["2", 651, 1150, 12000, 30000],
  ["3", 1151, 2000, 14300, 32500],
  ["4", 2001, 3000, 15600, 46500],
];

function baOperatedRows(): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  for (const [zone, minMiles, maxMiles, cabins] of BA_OPERATED_BEFORE) {
    for (const [cabin, [offpeak, peak]] of Object.entries(cabins)) {
      const base = { zone, region: null, minMiles, maxMiles, cabin };
      // Published after the change: London–New York (zone 5) off-peak First return 150,000.
      if (zone === "5" && cabin === "first") {
        rows.push({ ...base, season: "offpeak", price: 75000, kind: "derived", priceMin: null, priceMax: null, note: JSON.stringify({ code: "halfOfPublishedReturn", published: 150000 }) });
      } else {
        rows.push(riseRow({ ...base, season: "offpeak" }, offpeak));
      }
      rows.push(riseRow({ ...base, season: "peak" }, peak));
    }
  }
  return rows;
}

function partnerRows(): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  const cabins: CabinKey[] = ["economy", "premium", "business", "first"];
  for (const [zone, minMiles, maxMiles, prices] of PARTNER_BEFORE) {
    prices.forEach((previous, i) => rows.push(riseRow({ zone, region: null, minMiles, maxMiles, cabin: cabins[i], season: "any" }, previous)));
  }
  // Zone 1 within North America priced as 7,500 economy before the change.
  rows.push(riseRow({ zone: "1", region: "north-america", minMiles: 1, maxMiles: 650, cabin: "economy", season: "any" }, 7500));
  return rows;
}

function jalCxRows(): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  for (const [zone, minMiles, maxMiles, economy, business] of JAL_CX_2023) {
    rows.push(riseRow({ zone, region: null, minMiles, maxMiles, cabin: "economy", season: "any" }, economy));
    rows.push(riseRow({ zone, region: null, minMiles, maxMiles, cabin: "business", season: "any" }, business));
  }
  return rows;
}

export const baCharts2025: SeedAwardChart[] = [
  {
    key: "ba.perSegment.ba-operated",
    program: "BA",
    award: "perSegment",
    variant: "ba-operated",
    name: "BA Avios, flights operated by BA, Iberia and Aer Lingus (one way, per segment), from 2025-12-15",
    nameJa: "BA Avios BA・イベリア航空・エアリンガス運航便(片道・区間ごと)2025年12月15日から",
    basis: "segment",
    effectiveFrom: BA_RISE_FROM,
    effectiveTo: null,
    source: `${AWARDFARES}; ${POINTSWELLMADE}`,
    confidence: "L",
    verifiedOn: CHECKED,
    notes: "No post-change chart is published: every cell is the previous chart raised by the published 8-14% (estimate, ends rounded to 250), except zone 5 off-peak First = 75,000 (half the published 150,000 London-New York return; derived). Zone edges presumed unchanged. Peak/off-peak calendar not stored.",
    rows: baOperatedRows(),
  },
  {
    key: "ba.perSegment.partner",
    program: "BA",
    award: "perSegment",
    variant: "partner",
    name: "BA Avios, partner airlines (one way, per segment), from 2025-12-15",
    nameJa: "BA Avios 提携航空会社運航便(片道・区間ごと)2025年12月15日から",
    basis: "segment",
    effectiveFrom: BA_RISE_FROM,
    effectiveTo: null,
    source: AWARDFARES,
    confidence: "L",
    verifiedOn: CHECKED,
    notes: "Previous partner chart (2019-05-30) raised by the published 8-14% (estimate, ends rounded to 250). JAL- and Cathay-operated flights use their own chart.",
    rows: partnerRows(),
  },
  {
    key: "ba.perSegment.jal-cx",
    program: "BA",
    award: "perSegment",
    variant: "jal-cx",
    name: "BA Avios, flights operated by JAL and Cathay Pacific (one way, per segment), from 2025-12-15",
    nameJa: "BA Avios JAL・キャセイパシフィック航空運航便(片道・区間ごと)2025年12月15日から",
    basis: "segment",
    effectiveFrom: BA_RISE_FROM,
    effectiveTo: null,
    source: `${CARD_AREIZ}; ${AWARDFARES}`,
    confidence: "L",
    verifiedOn: CHECKED,
    notes: "Zones 1-4 economy and business from the Sep 2023 chart raised by the published 8-14% (estimate); zones 5-9 and premium/first were never published: those segments have no price.",
    rows: jalCxRows(),
  },
  {
    key: "ba.multiCarrier",
    program: "BA",
    award: "multiCarrier",
    variant: "default",
    name: "BA oneworld multi-carrier award, from 2025-12-15",
    nameJa: "BA ワンワールド・マルチキャリア特典 2025年12月15日から",
    basis: "total",
    effectiveFrom: BA_RISE_FROM,
    effectiveTo: null,
    source: "Prince of Travel, https://princeoftravel.com/blog/british-airways-avios-multi-carrier-award-chart (c. 2020): 0-1,500 miles = 30,000 economy; " + AWARDFARES,
    confidence: "L",
    verifiedOn: CHECKED,
    notes: "Only the first band was ever published (0-1,500 miles, 30,000 economy); whether it changed on 2025-12-15 is not known, so it is an estimate from unchanged to +14%. Premium x1.5, business x2, first x3.",
    rows: [
      {
        zone: null, region: null, minMiles: 0, maxMiles: 1500, cabin: "economy", season: "any",
        price: Math.round((30000 + round250(30000 * 1.14)) / 2), kind: "estimate", priceMin: 30000, priceMax: round250(30000 * 1.14),
        note: JSON.stringify({ code: "unchangedOrRise", previous: 30000, high: RISE.high, from: BA_RISE_FROM }),
      },
    ],
  },
];
