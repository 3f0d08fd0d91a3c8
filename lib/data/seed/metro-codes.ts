// IATA metropolitan area (city) codes: one code for the airports that serve one city
// (Airport.metroCode; consumed by lib/data/airports.ts buildAirportRows({ metros })).
//
// Sources: facts §7 for TYO, OSA, NGO, SPK (JAL treats HND/NRT, ITM/KIX, NGO/NKM,
// CTS/OKD as one city each); the rest are IATA's city codes as used by airline
// booking engines and GDSs (IATA Airline Coding Directory, not re-checked here: M).
//
// Where IATA uses the same three letters for a city and for one of its airports (NGO,
// SHA, BKK, TPE, IST), the metro code is that city code; an airport's own code still
// names the airport.
//
// A program may group airports differently from IATA: facts §7 names only ITM/KIX for
// JAL's Osaka while IATA's OSA also holds UKB (Kobe). Award rules that treat a metro as
// one point must say which grouping they use.

import type { Confidence } from "./airlines";

export interface MetroCodeRow {
  metro: string;
  cityJa: string;
  airports: readonly string[];
  source: string;
  confidence: Confidence;
  note?: string;
}

const FACTS = "JAL Mileage Bank counts these airports as one city (JAL's public pages, collected early 2024); IATA metropolitan city code";
const IATA = "IATA city (metropolitan area) code, IATA Airline Coding Directory";

export const metroCodes: MetroCodeRow[] = [
  // Japan (facts §7)
  { metro: "TYO", cityJa: "東京", airports: ["HND", "NRT"], source: FACTS, confidence: "H" },
  { metro: "OSA", cityJa: "大阪", airports: ["ITM", "KIX", "UKB"], source: FACTS, confidence: "H", note: "JAL names ITM and KIX; IATA's OSA also includes UKB (Kobe)." },
  { metro: "NGO", cityJa: "名古屋", airports: ["NGO", "NKM"], source: FACTS, confidence: "H" },
  { metro: "SPK", cityJa: "札幌", airports: ["CTS", "OKD"], source: FACTS, confidence: "H" },
  // Europe
  { metro: "LON", cityJa: "ロンドン", airports: ["LHR", "LGW", "STN", "LTN", "LCY", "SEN"], source: IATA, confidence: "H" },
  { metro: "PAR", cityJa: "パリ", airports: ["CDG", "ORY"], source: IATA, confidence: "H" },
  { metro: "MIL", cityJa: "ミラノ", airports: ["MXP", "LIN", "BGY"], source: IATA, confidence: "M" },
  { metro: "ROM", cityJa: "ローマ", airports: ["FCO", "CIA"], source: IATA, confidence: "M" },
  { metro: "STO", cityJa: "ストックホルム", airports: ["ARN", "BMA"], source: IATA, confidence: "M", note: "IATA also lists Skavsta (NYO) and Västerås (VST) under STO; not stored here." },
  { metro: "MOW", cityJa: "モスクワ", airports: ["SVO", "DME", "VKO"], source: IATA, confidence: "M" },
  { metro: "IST", cityJa: "イスタンブール", airports: ["IST", "SAW"], source: IATA, confidence: "M" },
  // Americas
  { metro: "NYC", cityJa: "ニューヨーク", airports: ["JFK", "LGA", "EWR"], source: IATA, confidence: "H" },
  { metro: "CHI", cityJa: "シカゴ", airports: ["ORD", "MDW"], source: IATA, confidence: "H" },
  { metro: "WAS", cityJa: "ワシントンD.C.", airports: ["IAD", "DCA", "BWI"], source: IATA, confidence: "H" },
  { metro: "YTO", cityJa: "トロント", airports: ["YYZ", "YTZ"], source: IATA, confidence: "M" },
  { metro: "YMQ", cityJa: "モントリオール", airports: ["YUL"], source: IATA, confidence: "M", note: "Mirabel (YMX) no longer has scheduled passenger service." },
  { metro: "SAO", cityJa: "サンパウロ", airports: ["GRU", "CGH", "VCP"], source: IATA, confidence: "M" },
  { metro: "RIO", cityJa: "リオデジャネイロ", airports: ["GIG", "SDU"], source: IATA, confidence: "M" },
  { metro: "BUE", cityJa: "ブエノスアイレス", airports: ["EZE", "AEP"], source: IATA, confidence: "M" },
  // Asia
  { metro: "SEL", cityJa: "ソウル", airports: ["ICN", "GMP"], source: IATA, confidence: "H" },
  { metro: "BJS", cityJa: "北京", airports: ["PEK", "PKX"], source: IATA, confidence: "H" },
  { metro: "SHA", cityJa: "上海", airports: ["PVG", "SHA"], source: IATA, confidence: "H" },
  { metro: "TPE", cityJa: "台北", airports: ["TPE", "TSA"], source: IATA, confidence: "M" },
  { metro: "BKK", cityJa: "バンコク", airports: ["BKK", "DMK"], source: IATA, confidence: "M", note: "BKK is both Suvarnabhumi airport and the Bangkok city code; the city code covers Don Mueang (DMK) too." },
  { metro: "JKT", cityJa: "ジャカルタ", airports: ["CGK", "HLP"], source: IATA, confidence: "M" },
];
