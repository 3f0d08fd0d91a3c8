/**
 * Atmos Rewards (formerly Alaska Mileage Plan; program code AS) partner awards
 * (charts-2026 §3, facts §8): three region charts by distance from 2024-03-11;
 * the region is Asia-Pacific when the itinerary touches it, else Europe/Middle
 * East/Africa when it touches that, else the Americas; each one-way direction
 * priced on its total flown distance at its highest cabin; US$12.50 partner
 * booking fee per direction; one stopover per one-way on international itineraries.
 */
import type { SeedAwardChart, SeedAwardChartRow, SeedAwardRule } from "./awards";

export const ATMOS_FROM = "2024-03-11";
/** verifiedOn: charts-2026.md, which these rows come from, was collected on this day. */
const CHECKED = "2026-12-02";
const CHART = "Alaska Airlines award charts, https://www.alaskaair.com/content/mileage-plan/use-miles/award-charts (via mirror, c. 2024); tabikazu, https://tabikazu.com/2023/11/22/as-new-award-chart (2023-11-22)";
const STOPOVER = "meilenoptimieren, https://meilenoptimieren.com/alaska-airlines-mileage-plan-stopover (2025, quotes the Atmos terms)";
const TPG = "The Points Guy, https://thepointsguy.com/airline/innovation-in-air-travel-tpg-awards-2026 (2026-02-06): the award chart was kept";

type Band = [number, number | null, number, number, number, number];

function region(name: string, bands: Band[]): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  for (const [minMiles, maxMiles, y, w, c, f] of bands) {
    for (const [cabin, price] of [["economy", y], ["premium", w], ["business", c], ["first", f]] as const) {
      rows.push({ zone: null, region: name, minMiles, maxMiles, cabin, season: "any", price, kind: "chart", priceMin: null, priceMax: null, note: null });
    }
  }
  return rows;
}

export const atmosPartnerChart: SeedAwardChart = {
  key: "as.partner.regions",
  program: "AS",
  award: "partner",
  variant: "default",
  name: "Atmos Rewards partner award (one way, by region and distance)",
  nameJa: "アトモス・リワード 提携航空会社特典(片道・地域と距離別)",
  basis: "direction",
  effectiveFrom: ATMOS_FROM,
  effectiveTo: null,
  source: `${CHART}; ${TPG}`,
  confidence: "H",
  verifiedOn: CHECKED,
  notes: "Published as 'from' prices for nonstop flights; connecting itineraries may price higher (confidence M for them). Unchanged by the Aug 2025 rename to Atmos Rewards.",
  rows: [
    ...region("americas", [
      [0, 700, 4500, 6000, 9000, 13500],
      [701, 1400, 7500, 10000, 15000, 25000],
      [1401, 2100, 12500, 17500, 25000, 40000],
      [2101, 4000, 17500, 22500, 35000, 52500],
      [4001, 6000, 25000, 32500, 50000, 75000],
      [6001, null, 30000, 40000, 60000, 90000],
    ]),
    ...region("emea", [
      [0, 1500, 7500, 10000, 15000, 22500],
      [1501, 3500, 22500, 30000, 45000, 67500],
      [3501, 5000, 27500, 35000, 55000, 82500],
      [5001, 7000, 35000, 45000, 70000, 105000],
      [7001, 10000, 42500, 55000, 85000, 130000],
      [10001, null, 55000, 72500, 110000, 165000],
    ]),
    ...region("asia-pacific", [
      [0, 1500, 7500, 10000, 15000, 22500],
      [1501, 3000, 25000, 32500, 50000, 75000],
      [3001, 5000, 30000, 40000, 60000, 90000],
      [5001, 7000, 37500, 50000, 75000, 110000],
      [7001, 10000, 42500, 55000, 85000, 130000],
      [10001, null, 65000, 85000, 130000, 195000],
    ]),
  ],
};

const ASIA_PACIFIC = ["JP", "KR", "CN", "HK", "MO", "TW", "MN", "SG", "MY", "TH", "VN", "PH", "ID", "KH", "LA", "MM", "BN", "TL", "IN", "LK", "NP", "BD", "BT", "MV", "PK", "AU", "NZ", "FJ", "PF", "NC", "GU", "MP", "PG", "WS", "TO", "VU", "SB", "KI", "PW", "FM", "MH", "CK", "NR", "TV"];
const EMEA = [
  "GB", "IE", "FR", "DE", "ES", "PT", "IT", "NL", "BE", "LU", "CH", "AT", "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "RS", "BA", "ME", "MK", "AL", "EE", "LV", "LT", "UA", "MD", "CY", "MT", "TR", "GE", "AM", "AZ",
  "IL", "JO", "LB", "QA", "AE", "OM", "BH", "KW", "SA", "EG", "IQ", "IR", "MA", "TN", "DZ", "LY", "ZA", "KE", "NG", "GH", "ET", "TZ", "UG", "RW", "SN", "CI", "MU", "SC", "NA", "BW", "ZW", "ZM", "MZ", "AO", "MG", "CV",
];

function rule(award: string, key: string, value: unknown, source: string, confidence: "H" | "M" | "L", notes: string | null = null): SeedAwardRule {
  return { program: "AS", award, key, value: JSON.stringify(value), effectiveFrom: ATMOS_FROM, effectiveTo: null, source, confidence, notes, verifiedOn: CHECKED };
}

export const atmosRules: SeedAwardRule[] = [
  rule("*", "distanceBasis", "wgs84", CHART, "M", "Great-circle distance of each flight (the published chart is by flight distance)."),
  rule("partner", "directionDistance", "flown", "Tabiji's decision on a gap in the published rules: each one-way direction on its total flown distance", "M"),
  rule("partner", "regionBy", "itinerary", CHART, "M", "Asia-Pacific when the itinerary touches it, else Europe/Middle East/Africa, else the Americas (Tabiji's decision)."),
  rule("partner", "regionOrder", ["asia-pacific", "emea", "americas"], CHART, "M"),
  rule("partner", "regionCountries", { "asia-pacific": ASIA_PACIFIC, emea: EMEA }, CHART, "M", "Countries of each region; any other country is in the Americas."),
  rule("partner", "partnerCarriers", ["AS", "HA", "AA", "BA", "CX", "FJ", "AY", "IB", "JL", "MH", "WY", "QF", "QR", "AT", "RJ", "UL", "EI", "TN", "DE", "FI", "HU", "KE", "LA", "PR", "PD", "JX"], "MilesTalk, https://milestalk.com/a-complete-guide-to-atmos-rewards-alaska-airlines-new-loyalty-program (2025); The Points Guy (2025-08-25)", "H", "Alaska and Hawaiian, oneworld members and the non-alliance partners."),
  rule("partner", "chartExcludedCarriers", ["AS", "HA"], CHART, "M", "Flights on Alaska and Hawaiian are priced dynamically, not on the partner chart."),
  rule("partner", "cashPerDirection", { amount: 12.5, currency: "USD", what: "partnerBookingFee" }, STOPOVER, "H", "US$12.50 per person per direction."),
  rule("partner", "priceNotes", ["nonstopFromPrice"], CHART, "H"),
  rule("partner", "maxStopoversPerDirection", 1, STOPOVER, "H", "One en-route stopover per one-way award on eligible international itineraries (two on a round trip)."),
  rule("partner", "stopoversInternationalOnly", true, STOPOVER, "H", "No stopover on a domestic partner itinerary."),
];
