/**
 * Award programs, charts, rules, published sector mileages and valuations
 * (facts.md §1 and §7, seed 7), as rows of the Prisma models Program,
 * AwardChart (+ nested AwardChartRow), AwardRule, SectorMileage, RouteOverride
 * and Valuation. Dates are "YYYY-MM-DD"; every row carries its source and
 * confidence. The award engine (lib/calculators/awards) reads these shapes as is.
 */
import type {
  AwardChartInput,
  AwardChartRowInput,
  AwardRuleInput,
  ProgramInput,
  RouteOverrideInput,
  Season,
  SectorMileageInput,
} from "@/lib/calculators/awards/types";
import { atmosPartnerChart, atmosRules } from "./awards-atmos";
import { BLOG_POSTS } from "./blog-posts";
import { baCharts2025, BA_RISE_FROM } from "./awards-ba-2025";
import { cathayRules, cathayStandardChart } from "./awards-cathay";
import { jalOwnAwardChart, jalOwnAwardRules } from "./awards-jal-own";

type Conf = "H" | "M" | "L";
/** verifiedOn: the day a person last checked the row against its source, "YYYY-MM-DD". */
type Checked = { verifiedOn: string };
export type SeedProgram = ProgramInput & Checked;
export type SeedAwardChart = AwardChartInput & Checked & { effectiveFrom: string; effectiveTo: string | null; confidence: Conf; variant: string; nameJa: string; notes: string | null; rows: SeedAwardChartRow[] };
export type SeedAwardChartRow = AwardChartRowInput & { season: "any" | Season; zone: string | null; region: string | null };
export type SeedAwardRule = AwardRuleInput & Checked & { effectiveFrom: string; effectiveTo: string | null; confidence: Conf; notes: string | null };
export type SeedSectorMileage = SectorMileageInput & Checked & { effectiveFrom: string; confidence: Conf };
export type SeedRouteOverride = RouteOverrideInput & Checked & { effectiveFrom: string; confidence: Conf; note: string | null };
export interface SeedValuation {
  currency: string;
  centsPerPoint: number;
  source: string;
  confidence: Conf;
  effectiveFrom: string;
  verifiedOn: string;
}

// ---------------------------------------------------------------- sources

// Sources as a traveller would cite them: publisher, title or page, URL where known, date.
const STOPOVER_GUIDE = BLOG_POSTS.stopoverGuide;
const JAL_OW_CONDITIONS = "JAL, oneworld award conditions, https://www.jal.co.jp/jp/en/jalmile/use/partner_air/oneworld/conditions.html (undated)";
const JAL_OW_CHART = "JAL, https://www.jal.co.jp/thl/th/jalmile/use/partner_air/oneworld/miles.html (oneworld award chart, round trip, Thai- and Korea-region pages, undated)";
const JAL_PARTNER_CHART = "JAL, https://www.jal.co.jp/en/jalmile/use/partner_air/p_jmb/jmb_mile.html?r=inbound (partner award chart, undated, in force since 2018-11-20)";
const JAL_TPM = "JAL, published sector mileages (jal.co.jp, collected early 2024)";
const JAL_CITIES = "JAL Mileage Bank: Haneda/Narita, Itami/Kansai, Chubu/Komaki and New Chitose/Okadama each count as one city (JAL's public pages, collected early 2024)";
const BA_CHART = "AwardWallet, https://awardwallet.com/blog/british-airways-partner-award-devaluation (Aug 2021), and Travel Strategies, https://travelstrategies.com/British_airways_award_chart (undated): BA-operated flights, before 2025-12-15";
const BA_PARTNER = "Point a Card, https://pointacard.com/british-airways-executive-club-how-to-redeem-your-points/ (after Aug 2021): BA Avios partner chart";
const BA_MULTI = "Prince of Travel, https://princeoftravel.com/blog/british-airways-avios-multi-carrier-award-chart (c. 2020): first band only, the full table was published only as an image";
const ASIA_MILES_TC = "Asia Miles terms, https://www.asiamiles.com/en/terms-and-conditions/service/flight-award-mileage-credits-requirements.html (undated)";
const STOPOVER_24H = `JAL's terms (a stopover is a stay 「24時間を超えて」, of more than 24 hours); ${STOPOVER_GUIDE}`;

/** Start date used for rules and JAL data: the seed posts (early 2024); the programs' own start dates are not in the facts. */
const RULES_FROM = "2024-01-01";
/**
 * verifiedOn: charts-2026.md (collected 2026-12-02) re-checked every chart and the
 * rules of JAL, BA, Atmos and Cathay; the JAL sector mileages and the metro grouping
 * were collected with the early-2024 data (facts §7) and not checked again.
 */
const AWARDS_CHECKED = "2026-12-02";
const EARLY_2024_CHECKED = RULES_FROM;
/** BA charts: the partner chart's source is dated Aug 2021; both BA charts end when BA raised prices (2025-12-15). */
const BA_FROM = "2021-08-01";
const BA_TO = "2025-12-15";

// ---------------------------------------------------------------- programs

export const awardPrograms: SeedProgram[] = ([
  { code: "JAL", name: "JAL Mileage Bank", nameJa: "JALマイレージバンク", currency: "JAL miles" },
  // The Executive Club became The British Airways Club on 2025-04-01 (the code BA stays).
  { code: "BA", name: "British Airways Club", nameJa: "ブリティッシュ・エアウェイズ・クラブ(旧エグゼクティブクラブ)", currency: "Avios" },
  // Alaska Mileage Plan became Atmos Rewards on 2025-08-20 (charts-2026 §3.1); the code AS stays.
  { code: "AS", name: "Atmos Rewards", nameJa: "アトモス・リワード(旧アラスカ航空マイレージプラン)", currency: "Atmos points" },
  { code: "CX", name: "Cathay Pacific Asia Miles", nameJa: "キャセイパシフィック航空 アジアマイル", currency: "Asia Miles" },
] satisfies ProgramInput[]).map((p) => ({ ...p, verifiedOn: AWARDS_CHECKED }));

// ---------------------------------------------------------------- charts

type Prices = Partial<Record<"economy" | "premium" | "business" | "first", number>>;

function bands(list: [number, number | null, Prices, string?][], season: "any" | "offpeak" | "peak" = "any", region: string | null = null): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  for (const [minMiles, maxMiles, prices, zone] of list) {
    for (const [cabin, price] of Object.entries(prices)) {
      if (price !== undefined) rows.push({ zone: zone ?? null, region, minMiles, maxMiles, cabin, season, price });
    }
  }
  return rows;
}

const y = (economy: number, business: number, first: number): Prices => ({ economy, business, first });
const ywcf = (economy: number, premium: number, business: number, first: number): Prices => ({ economy, premium, business, first });

/** BA-operated, per zone: [off-peak, peak] for Y / W / C / F (facts §7; "-" = no such cabin). */
const BA_OPERATED: [string, number, number | null, Partial<Record<"economy" | "premium" | "business" | "first", [number, number]>>][] = [
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

function baOperatedRows(): SeedAwardChartRow[] {
  const rows: SeedAwardChartRow[] = [];
  for (const [zone, minMiles, maxMiles, cabins] of BA_OPERATED) {
    for (const [cabin, [offpeak, peak]] of Object.entries(cabins)) {
      rows.push({ zone, region: null, minMiles, maxMiles, cabin, season: "offpeak", price: offpeak });
      rows.push({ zone, region: null, minMiles, maxMiles, cabin, season: "peak", price: peak });
    }
  }
  return rows;
}

export const awardCharts: SeedAwardChart[] = [
  {
    key: "jal.oneworld.roundtrip",
    program: "JAL",
    award: "oneworld",
    variant: "default",
    name: "JAL oneworld award (round trip)",
    nameJa: "ワンワールド特典航空券(往復)",
    basis: "total",
    effectiveFrom: RULES_FROM,
    effectiveTo: null,
    source: JAL_OW_CHART,
    confidence: "H",
    verifiedOn: AWARDS_CHECKED,
    notes: "Round-trip chart on the trip's total miles (TPM where published). Seen on the Thai- and Korea-region pages; the Japan-region chart was not seen. Start date not confirmed (set to early 2024, when this chart was first collected). No premium economy column. Example: Tokyo-Honolulu round trip 2 x 3,831 = 7,662 miles -> 40,000 Y / 80,000 C.",
    rows: bands([
      [1, 4000, y(25000, 48000, 72000)],
      [4001, 8000, y(40000, 80000, 100000)],
      [8001, 10000, y(50000, 85000, 110000)],
      [10001, 12000, y(60000, 110000, 160000)],
      [12001, 14000, y(70000, 115000, 165000)],
      [14001, 20000, y(90000, 120000, 170000)],
      [20001, 25000, y(120000, 150000, 230000)],
      [25001, 29000, y(140000, 190000, 280000)],
      [29001, 34000, y(150000, 200000, 300000)],
      [34001, 50000, y(160000, 220000, 330000)],
    ]),
  },
  {
    key: "jal.partner",
    program: "JAL",
    award: "partner",
    variant: "default",
    name: "JAL partner award",
    nameJa: "提携航空会社特典航空券",
    basis: "total",
    effectiveFrom: RULES_FROM,
    effectiveTo: null,
    source: JAL_PARTNER_CHART,
    confidence: "H",
    verifiedOn: AWARDS_CHECKED,
    notes: "Priced on the trip's total miles (TPM where published). Start date not confirmed (set to early 2024, when this chart was first collected).",
    rows: bands([
      [1, 1000, ywcf(12000, 17000, 24000, 36000)],
      [1001, 2000, ywcf(15000, 21000, 30000, 45000)],
      [2001, 4000, ywcf(23000, 30000, 42000, 65000)],
      [4001, 6000, ywcf(37000, 46000, 60000, 90000)],
      [6001, 8000, ywcf(45000, 59000, 80000, 120000)],
      [8001, 10000, ywcf(47000, 62000, 85000, 135000)],
      [10001, 12000, ywcf(50000, 70000, 100000, 145000)],
      [12001, 14000, ywcf(55000, 77000, 110000, 165000)],
      [14001, 20000, ywcf(70000, 94000, 130000, 190000)],
      [20001, 25000, ywcf(90000, 112000, 145000, 220000)],
      [25001, 29000, ywcf(110000, 135000, 160000, 250000)],
      [29001, 34000, ywcf(130000, 160000, 190000, 290000)],
      [34001, 50000, ywcf(150000, 180000, 210000, 330000)],
    ]),
  },
  {
    key: "ba.perSegment.ba-operated",
    program: "BA",
    award: "perSegment",
    variant: "ba-operated",
    name: "BA Avios, BA-operated flights (one way, per segment)",
    nameJa: "BA Avios BA運航便(片道・区間ごと)",
    basis: "segment",
    effectiveFrom: BA_FROM,
    effectiveTo: BA_TO,
    source: BA_CHART,
    confidence: "M",
    verifiedOn: AWARDS_CHECKED,
    notes:
      "Zones for BA flights: 1-650, 651-1,151, 1,152-2,000, ... (partners: 651-1,150 / 1,151-2,000). Zones 1-3 have no premium economy or first. " +
      "Conflict: one source gives zone 2 business 13,000 (stored: 13,500) and zone 3 economy 10,000 / 12,500 (stored: 9,250 / 10,750). " +
      "Start date not published (set to the partner chart's source date, Aug 2021). " +
      "BA raised award prices by about 8-14% on 2025-12-15 (e.g. London-New York off-peak return first 136,000 -> 150,000); the new chart is not confirmed, so no chart is stored from that date and quotes after it have no price until an admin enters it.",
    rows: baOperatedRows(),
  },
  {
    key: "ba.perSegment.partner",
    program: "BA",
    award: "perSegment",
    variant: "partner",
    name: "BA Avios, partner airlines (one way, per segment)",
    nameJa: "BA Avios 提携航空会社便(片道・区間ごと)",
    basis: "segment",
    effectiveFrom: BA_FROM,
    effectiveTo: BA_TO,
    source: BA_PARTNER,
    confidence: "M",
    verifiedOn: AWARDS_CHECKED,
    notes:
      "Zones for partners: 1-650, 651-1,150, 1,151-2,000, ... No off-peak/peak split. Zone 1 economy is 7,500 within North America and on Cathay Pacific and JAL short-haul (since Aug 2021): stored as regional rows (region 'north-america', 'carrier:CX', 'carrier:JL'). " +
      "Ends 2025-12-15 (BA price rise of about 8-14%; new chart not confirmed).",
    rows: [
      ...bands([
        [1, 650, ywcf(6000, 9000, 12500, 24000), "1"],
        [651, 1150, ywcf(9000, 12500, 16500, 33000), "2"],
        [1151, 2000, ywcf(11000, 16500, 22000, 44000), "3"],
        [2001, 3000, ywcf(13000, 25250, 38750, 51500), "4"],
        [3001, 4000, ywcf(20750, 41250, 62000, 82500), "5"],
        [4001, 5500, ywcf(25750, 51500, 77250, 103000), "6"],
        [5501, 6500, ywcf(31000, 62000, 92750, 123750), "7"],
        [6501, 7000, ywcf(36250, 72250, 108250, 144250), "8"],
        [7001, null, ywcf(51500, 103000, 154500, 206000), "9"],
      ]),
      ...bands([[1, 650, { economy: 7500 }, "1"]], "any", "north-america"),
      ...bands([[1, 650, { economy: 7500 }, "1"]], "any", "carrier:CX"),
      ...bands([[1, 650, { economy: 7500 }, "1"]], "any", "carrier:JL"),
    ],
  },
  {
    key: "ba.multiCarrier",
    program: "BA",
    award: "multiCarrier",
    variant: "default",
    name: "BA oneworld multi-carrier award",
    nameJa: "BA ワンワールド・マルチキャリア特典",
    basis: "total",
    effectiveFrom: BA_FROM,
    effectiveTo: BA_TO,
    source: BA_MULTI,
    confidence: "L",
    verifiedOn: AWARDS_CHECKED,
    notes:
      "Only one band is confirmed: 0-1,500 miles = 30,000 economy; premium x1.5, business x2, first x3 (rule cabinMultipliers). The full table is NOT confirmed (published only as an image): an admin must enter it. Trips beyond 1,500 miles are valid but unpriced. Start date unknown; ends with BA's 2025-12-15 price rise.",
    rows: bands([[0, 1500, { economy: 30000 }]]),
  },
  ...baCharts2025,
  jalOwnAwardChart,
  atmosPartnerChart,
  cathayStandardChart,
];

// ---------------------------------------------------------------- rules

function rule(program: string, award: string, key: string, value: unknown, source: string, confidence: Conf, notes: string | null = null, effectiveFrom = RULES_FROM, verifiedOn = AWARDS_CHECKED): SeedAwardRule {
  return { program, award, key, value: JSON.stringify(value), effectiveFrom, effectiveTo: null, source, confidence, notes, verifiedOn };
}

export const awardRules: SeedAwardRule[] = [
  // Every program
  rule("*", "*", "transferMaxHours", 24, STOPOVER_24H, "H", "Exactly 24 hours is a transfer (Tabiji's reading: the blog post's wording overlaps, the programs' terms say 'more than 24 hours')."),
  rule("*", "*", "bandEdgeWarningPercent", 2, `Tabiji's choice: JAL's sector mileages and WGS84 distances differ by a few percent (HND-ITM 280 vs 251, NRT-CDG 6,194 vs 6,048, NRT-ICN 758 vs 783); ${JAL_TPM}`, "M", "Warn when a trip (or a BA segment) is within this percentage of a band edge."),

  // JAL, all awards
  rule("JAL", "*", "pointLevel", "city", JAL_CITIES, "H", null, RULES_FROM, EARLY_2024_CHECKED),
  rule("JAL", "*", "cityGroups", { TYO: ["HND", "NRT"], OSA: ["ITM", "KIX"], NGO: ["NGO", "NKM"], SPK: ["CTS", "OKD"] }, JAL_CITIES, "H", "IATA metropolitan city codes. UKB (Kobe) is in IATA's OSA but not in JAL's list.", RULES_FROM, EARLY_2024_CHECKED),
  rule("JAL", "*", "distanceBasis", "tpm-else-wgs84", "JAL prices each segment on its IATA ticketed point mileage (TPM) (JAL's public pages, collected early 2024)", "H", "Published sector mileage where stored, else the WGS84 distance.", RULES_FROM, EARLY_2024_CHECKED),
  rule("JAL", "*", "chartIsRoundTrip", true, "JAL's award charts are for round trips: " + JAL_PARTNER_CHART, "H", "A one-way trip (only possible where mustReturnToOriginCountry is off) is priced on its own total miles with the same chart, with a warning."),

  // JAL award
  rule("JAL", "jal", "allowedCarriers", ["JL"], STOPOVER_GUIDE, "H", "JAL only."),
  rule("JAL", "jal", "maxStopovers", 0, STOPOVER_GUIDE, "H", "No stopovers on a JAL award."),
  rule("JAL", "jal", "mustReturnToOriginCountry", false, "Tabiji's reading: no source states a return rule for the JAL award", "L", "The sources state it for partner and oneworld awards only."),

  // JAL partner award
  rule("JAL", "partner", "exactAirlines", 1, STOPOVER_GUIDE, "H", "Exactly one JAL partner airline (partners: airlines flagged jalPartner)."),
  rule("JAL", "partner", "maxStopovers", 3, STOPOVER_GUIDE, "H"),
  rule("JAL", "partner", "maxSegments", 6, STOPOVER_GUIDE, "H"),
  rule("JAL", "partner", "carrierException.KE", { maxSegments: 2 }, STOPOVER_GUIDE, "H", "Korean Air: at most 2 segments, stopover allowed."),
  rule("JAL", "partner", "carrierException.MU", { maxSegments: 4, noStopoverCountries: ["CN"] }, STOPOVER_GUIDE, "H", "China Eastern: at most 4 segments, no stopover in China."),
  rule("JAL", "partner", "carrierException.HA", { maxSegments: 4 }, STOPOVER_GUIDE, "H", "Hawaiian Airlines: at most 4 segments."),
  rule("JAL", "partner", "carrierException.AT", { maxSegments: 4 }, STOPOVER_GUIDE, "H", "Royal Air Maroc: at most 4 segments."),
  rule("JAL", "partner", "carrierException.UK", { maxSegments: 4 }, STOPOVER_GUIDE, "H", "Vistara: at most 4 segments."),
  rule("JAL", "partner", "mustReturnToOriginCountry", true, "Sources conflict: an older JAL page says a partner award cannot be used one way; JAL's charts are for round trips (JAL's public pages, collected early 2024)", "M", "Conflict: JAL's charts are for round trips; on by default (Tabiji's reading). An admin may turn it off."),

  // JAL oneworld award
  rule("JAL", "oneworld", "allianceRoles", ["member"], JAL_OW_CONDITIONS, "M", "oneworld members (not oneworld connect) count."),
  rule("JAL", "oneworld", "minAirlines", 2, STOPOVER_GUIDE, "H", "Two or more oneworld airlines."),
  rule("JAL", "oneworld", "maxStopovers", 7, STOPOVER_GUIDE, "H"),
  rule("JAL", "oneworld", "maxSegments", 8, STOPOVER_GUIDE, "H"),
  rule("JAL", "oneworld", "maxSegmentsWithinCountry", { JP: 2 }, JAL_OW_CONDITIONS, "H", "At most 2 of the 8 segments within Japan."),
  rule("JAL", "oneworld", "noStopoverInOriginCountries", ["JP"], JAL_OW_CONDITIONS, "H", "No stopover in Japan on itineraries that start in Japan."),
  rule("JAL", "oneworld", "maxCityVisits", 3, JAL_OW_CONDITIONS, "H", "A city may appear at most 3 times..."),
  rule("JAL", "oneworld", "maxStopoversPerCity", 1, JAL_OW_CONDITIONS, "H", "...with at most 1 stopover there."),
  rule("JAL", "oneworld", "maxSurfaceSectors", 1, JAL_OW_CONDITIONS, "H", "One surface sector (a surface segment or an open-jaw gap)."),
  rule("JAL", "oneworld", "surfaceCountsAsStopover", true, JAL_OW_CONDITIONS, "H"),
  rule("JAL", "oneworld", "surfaceDistanceCounted", false, JAL_OW_CONDITIONS, "H"),
  rule("JAL", "oneworld", "mustReturnToOriginCountry", true, "Sources conflict: a Chinese-language JAL page allows one way, another source says round trip only (collected early 2024)", "M", "Conflict; on by default (Tabiji's reading). An admin may turn it off."),

  // BA
  rule("BA", "*", "distanceBasis", "override-else-wgs84", "British Airways prices each segment on its great-circle distance on the WGS84 ellipsoid (as gcmap.com shows), with exceptions for some routes (public BA and blog pages, collected early 2024)", "H"),
  rule("BA", "perSegment", "pricingBasis", "segment", STOPOVER_GUIDE, "H", "Sum of per-segment prices, each by its distance band and cabin."),
  rule("BA", "perSegment", "chartVariantByCarrier", { BA: "ba-operated" }, `Separate charts for BA-operated flights and for partners: ${BA_CHART}; ${BA_PARTNER}`, "M"),
  rule("BA", "perSegment", "defaultChartVariant", "partner", BA_PARTNER, "M"),
  rule("BA", "perSegment", "chartVariantByCarrier", { BA: "ba-operated", IB: "ba-operated", EI: "ba-operated", JL: "jal-cx", CX: "jal-cx" }, "AwardFares blog, https://blog.awardfares.com/ba-avios-devaluation-2025 (Dec 2025): separate, higher pricing for Cathay and JAL; BA, Iberia and Aer Lingus flights on the peak/off-peak chart", "M", null, BA_RISE_FROM),
  rule("BA", "perSegment", "defaultSeason", "offpeak", "Tabiji's default: BA's peak calendar is not stored", "M", "Off-peak unless the request says season: peak."),
  rule("BA", "perSegment", "regions", { "north-america": ["US", "CA"] }, BA_PARTNER, "L", "Countries of the 'North America zone 1' partner price; the source does not list them."),
  rule("BA", "perSegment", "eligibleAlliances", ["oneworld"], "Tabiji's choice: the sources name no Avios partner outside oneworld", "M", "Add non-oneworld Avios partners (e.g. Aer Lingus) to eligibleCarriers."),
  rule("BA", "perSegment", "eligibleCarriers", [], "Tabiji's choice: none until an admin adds them", "M"),
  rule("BA", "multiCarrier", "pricingBasis", "total", STOPOVER_GUIDE, "H"),
  rule("BA", "multiCarrier", "allianceRoles", ["member"], STOPOVER_GUIDE, "M"),
  rule("BA", "multiCarrier", "minAirlines", 2, STOPOVER_GUIDE, "H", "Two or more oneworld airlines..."),
  rule("BA", "multiCarrier", "minAirlinesWith", { BA: 3 }, STOPOVER_GUIDE, "H", "...three or more if BA is one of them."),
  rule("BA", "multiCarrier", "maxSegments", 8, STOPOVER_GUIDE, "H", "Stopovers allowed in every city."),
  rule("BA", "multiCarrier", "cabinMultipliers", { economy: 1, premium: 1.5, business: 2, first: 3 }, BA_MULTI, "M", "Economy is the base."),
  rule("BA", "multiCarrier", "multiplierBaseCabin", "economy", BA_MULTI, "M"),

  // Alaska
  rule("AS", "*", "distanceBasis", "wgs84", "Tabiji's choice: WGS84 great-circle distance (the program publishes no distance rule)", "L"),
  rule("AS", "partner", "maxStopoversPerDirection", 1, STOPOVER_GUIDE, "H", "A stopover is allowed on a one-way award, so two on a round trip. No partner chart is stored (quotes unpriced)."),

  // Cathay Pacific Asia Miles
  rule("CX", "*", "distanceBasis", "wgs84", "Tabiji's choice: WGS84 great-circle distance (the program publishes no distance rule)", "L"),
  rule("CX", "*", "pointLevel", "city", ASIA_MILES_TC, "M", "The T&C define an open jaw by city ('the departure city is different from the returning city'): airports of one metropolitan city (airport metroCode) are one point."),
  rule("CX", "standard", "roundTripAllowances", [{ stopovers: 2 }, { transfers: 2 }, { openJaws: 1 }], ASIA_MILES_TC, "H", "'Two stopovers, two transfers or one open-jaw', read literally as alternatives; an admin can add combinations (e.g. { stopovers: 1, transfers: 1 }) if Asia Miles confirms them. An open jaw at the origin counts."),
  rule("CX", "standard", "oneWayMaxStopovers", 1, ASIA_MILES_TC, "H", "One en-route stopover on a one-way award."),
  ...jalOwnAwardRules,
  ...atmosRules,
  ...cathayRules,
];

// ---------------------------------------------------------------- distances

function tpm(toCode: string, miles: number): SeedSectorMileage {
  return { program: "JAL", fromCode: "TYO", toCode, miles, effectiveFrom: RULES_FROM, source: JAL_TPM, confidence: "H", verifiedOn: EARLY_2024_CHECKED };
}

/** JAL sector mileages from Tokyo (TYO = HND + NRT) to an airport or metro code. */
export const awardSectorMileages: SeedSectorMileage[] = [
  tpm("OSA", 280),
  tpm("SPK", 510),
  tpm("NGO", 193),
  tpm("FUK", 567),
  tpm("OKA", 984),
  tpm("HNL", 3831),
  tpm("JFK", 6737),
  tpm("CDG", 6194),
  tpm("FRA", 5928),
  tpm("SIN", 3312),
  tpm("SYD", 4863),
  tpm("ORD", 6283),
  tpm("SFO", 5130),
  tpm("DFW", 6436),
  tpm("DOH", 5143),
  tpm("BKK", 2869),
  tpm("ICN", 758), // facts: NRT-ICN 783 (WGS84) vs 758 (TPM)
  tpm("PVG", 1111),
];

/**
 * BA per-route overrides: the facts name the routes (lower: LHR-LCA, LHR-JNB,
 * LHR-CPT, LHR-MEX, LAX-HKG, JFK-HKG; higher: DUB-BOS) but not the miles, so
 * none is stored; an admin enters them.
 */
export const awardRouteOverrides: SeedRouteOverride[] = [];

// ---------------------------------------------------------------- valuations

export const awardValuations: SeedValuation[] = [
  { currency: "IHG points", centsPerPoint: 0.5, source: "The Points Guy valuations, https://thepointsguy.com/guide/monthly-valuations/ (Sep 2025)", confidence: "H", effectiveFrom: "2025-09-01", verifiedOn: AWARDS_CHECKED },
  { currency: "Avios", centsPerPoint: 1.5, source: "The Points Guy valuations, https://thepointsguy.com/guide/monthly-valuations/ (date not recorded)", confidence: "M", effectiveFrom: "2025-09-01", verifiedOn: AWARDS_CHECKED },
  { currency: "JAL miles", centsPerPoint: 1.4, source: "Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no JAL mile valuation was confirmed, set your own)", confidence: "L", effectiveFrom: "2025-09-01", verifiedOn: AWARDS_CHECKED },
  { currency: "Atmos points", centsPerPoint: 1.4, source: "Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no program-specific valuation confirmed)", confidence: "L", effectiveFrom: "2025-09-01", verifiedOn: AWARDS_CHECKED },
  { currency: "Asia Miles", centsPerPoint: 1.4, source: "Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no program-specific valuation confirmed)", confidence: "L", effectiveFrom: "2025-09-01", verifiedOn: AWARDS_CHECKED },
];

/** Everything the award engine needs except airports and airlines (seeded elsewhere). */
export const awardSeed = {
  programs: awardPrograms,
  charts: awardCharts,
  rules: awardRules,
  sectorMileages: awardSectorMileages,
  routeOverrides: awardRouteOverrides,
  valuations: awardValuations,
};
