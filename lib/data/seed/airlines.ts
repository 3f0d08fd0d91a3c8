// Airlines and their alliance memberships (Prisma models Airline, AllianceMembership).
//
// Scope: every oneworld member and oneworld connect airline, JAL's partner airlines,
// every airline named in facts §5 (seed 4), the Russian airlines, and the airlines
// Japanese award travellers commonly meet. Codes are IATA designators; Blue Wing
// Airlines has no IATA designator, so its ICAO code "BWI" is its id (see the note).
//
// `confidence` and `note` are not columns of the Prisma Airline/AllianceMembership
// models; prisma/seed.ts drops them (they document why a value was chosen).

import { BLOG_POSTS } from "./blog-posts";

export type Confidence = "H" | "M" | "L";

export interface AirlineSeedRow {
  /** IATA designator (2 characters), upper-case; ICAO (3 letters) only when no IATA code exists. */
  code: string;
  name: string;
  /** The name Japanese travellers know (as written on Japanese airline sites and in seed 4). */
  nameJa: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** May be the one partner carrier of a JAL partner award (提携航空会社特典航空券, facts §1). */
  jalPartner: boolean;
  /** Extra search words (former names, hub city, abbreviations), space separated as in Prisma. */
  aliases: string;
  source: string;
  confidence: Confidence;
  note?: string;
  /** Day the row was last checked against its source (the seed-db runner stores it). */
  verifiedOn?: string;
}

/** The airline and alliance rows were compiled and checked when the seed was written. */
export const AIRLINES_CHECKED = "2026-11-23";

export interface AllianceMembershipSeedRow {
  airlineCode: string;
  alliance: "oneworld" | "star" | "skyteam";
  role: "member" | "connect";
  /** First day of membership, "YYYY-MM-DD"; null = before any year this product rates. */
  joined: string | null;
  /** First day without membership (left or suspended), "YYYY-MM-DD"; null = still a member. */
  left: string | null;
  source: string;
  confidence: Confidence;
  note?: string;
}

const SEED4 = BLOG_POSTS.safetyRanking2024;
const SEED7 = BLOG_POSTS.stopoverGuide;
const ONEWORLD = "https://www.oneworld.com/members";
const STAR = "https://www.staralliance.com/en/member-airlines";
const SKYTEAM = "https://www.skyteam.com/en/about/members";
const IATA = "https://www.iata.org/en/publications/directories/code-search/";
const RANKINGS = "AirlineRatings, https://www.airlineratings.com/articles/worlds-safest-airline-rankings-for-2026 (2026-01-13); the 2025 lists as reported by https://theaeroworld.com/safest-airlines-in-the-world-as-of-2025 and https://thetab.com/2025/06/13/so-these-are-the-worlds-safest-and-least-safe-airlines-for-2025-according-to-aviation-experts (2025)";
const JAL_PARTNERS = "https://www.jal.co.jp/jp/ja/jmb/partner/ (JMB partner airlines)";

/** Helper keeping each row on one line: [code, name, nameJa, country, jalPartner, aliases, source, confidence, note?]. */
type Row = [string, string, string, string, boolean, string, string, Confidence, string?];
const row = ([code, name, nameJa, country, jalPartner, aliases, source, confidence, note]: Row): AirlineSeedRow => ({
  code, name, nameJa, country, jalPartner, aliases, source, confidence, ...(note ? { note } : {}),
});

export const airlines: AirlineSeedRow[] = ([
  // oneworld members (2024) and oneworld connect. jalPartner: usable as the one partner of a JAL partner award.
  ["AA", "American Airlines", "アメリカン航空", "US", true, "Dallas ダラス", `${ONEWORLD}; ${SEED4}`, "H"],
  ["AS", "Alaska Airlines", "アラスカ航空", "US", true, "Seattle シアトル", `${ONEWORLD}; ${SEED4}`, "H"],
  ["BA", "British Airways", "ブリティッシュ・エアウェイズ", "GB", true, "英国航空 London ロンドン Avios", `${ONEWORLD}; ${SEED4}`, "H"],
  ["CX", "Cathay Pacific", "キャセイパシフィック航空", "HK", true, "キャセイ Hong Kong 香港 Asia Miles", `${ONEWORLD}; ${SEED4}`, "H"],
  ["AY", "Finnair", "フィンエアー", "FI", true, "フィンランド航空 Helsinki ヘルシンキ", `${ONEWORLD}; ${SEED4}`, "H"],
  ["IB", "Iberia", "イベリア航空", "ES", true, "Madrid マドリード", `${ONEWORLD}; ${SEED4}`, "H"],
  ["JL", "Japan Airlines", "日本航空", "JP", false, "JAL 日航 ジャル Tokyo 東京", `${ONEWORLD}; ${SEED4}`, "H", "JAL itself: its own flights are a JAL award, not a partner award."],
  ["MH", "Malaysia Airlines", "マレーシア航空", "MY", true, "MAS Kuala Lumpur クアラルンプール", `${ONEWORLD}; ${SEED4}`, "H"],
  ["QF", "Qantas", "カンタス航空", "AU", true, "Qantas Airways カンタス・オーストラリア航空 Sydney シドニー", `${ONEWORLD}; ${SEED4}`, "H"],
  ["QR", "Qatar Airways", "カタール航空", "QA", true, "Doha ドーハ", `${ONEWORLD}; ${SEED4}`, "H"],
  ["AT", "Royal Air Maroc", "ロイヤル・エア・モロッコ", "MA", true, "RAM Casablanca カサブランカ", `${ONEWORLD}; ${SEED4}; ${SEED7}`, "H"],
  ["RJ", "Royal Jordanian", "ロイヤル・ヨルダン航空", "JO", true, "ロイヤルヨルダン Amman アンマン", `${ONEWORLD}; ${SEED4}`, "H"],
  ["UL", "SriLankan Airlines", "スリランカ航空", "LK", true, "Air Lanka エアランカ Colombo コロンボ", `${ONEWORLD}; ${SEED4}`, "H"],
  ["FJ", "Fiji Airways", "フィジー・エアウェイズ", "FJ", true, "Air Pacific エア・パシフィック フィジー航空 Nadi ナンディ", `${ONEWORLD}; ${SEED4}`, "H", "oneworld connect in 2024 (per the 2024 safety-ranking blog post); full member from 2025-04-01."],
  ["WY", "Oman Air", "オマーン航空", "OM", false, "Muscat マスカット", `${ONEWORLD}; ${SEED4}`, "M", "The 2024 safety-ranking blog post: joining oneworld in 2024; the join slipped to 2025-06-30. JAL partner status not confirmed."],
  // JAL partners outside oneworld. KE, MU, HA, UK are named by facts §1 (seed 7).
  ["KE", "Korean Air", "大韓航空", "KR", true, "Korean Air Lines コリアンエアー KAL Seoul ソウル", SEED7, "H"],
  ["MU", "China Eastern Airlines", "中国東方航空", "CN", true, "東方航空 Shanghai 上海", SEED7, "H"],
  ["HA", "Hawaiian Airlines", "ハワイアン航空", "US", true, "Honolulu ホノルル", SEED7, "H", "Part of Alaska Air Group since 2024-09; not a oneworld member in 2024."],
  ["UK", "Vistara", "ヴィスタラ航空", "IN", true, "ビスタラ Tata SIA Delhi デリー", SEED7, "H", "Merged into Air India: last Vistara flight 2024-11-11, Air India from 2024-11-12."],
  ["AF", "Air France", "エールフランス航空", "FR", true, "エールフランス Paris パリ", JAL_PARTNERS, "M"],
  ["EK", "Emirates", "エミレーツ航空", "AE", true, "Dubai ドバイ", JAL_PARTNERS, "M"],
  ["PG", "Bangkok Airways", "バンコク・エアウェイズ", "TH", true, "Bangkok バンコク", JAL_PARTNERS, "M"],
  ["TN", "Air Tahiti Nui", "エア タヒチ ヌイ", "PF", true, "Tahiti タヒチ Papeete パペーテ", JAL_PARTNERS, "M"],
  // Lowest rated (1 star) in 2024 and 2023 (facts §5, seed 4): names and home cities as in the seed.
  ["PK", "Pakistan International Airlines", "パキスタン国際航空", "PK", false, "PIA Karachi カラチ", SEED4, "H"],
  ["AH", "Air Algérie", "アルジェリア航空", "DZ", false, "Air Algerie エア・アルジェリー Algiers アルジェ", SEED4, "H"],
  ["DV", "SCAT Airlines", "SCAT航空", "KZ", false, "スキャット航空 Shymkent シムケント Kazakhstan カザフスタン", SEED4, "H"],
  ["SJ", "Sriwijaya Air", "スリウィジャヤ航空", "ID", false, "Sumatra スマトラ Indonesia インドネシア", SEED4, "H"],
  ["PA", "Airblue", "エアブルー", "PK", false, "Karachi カラチ", SEED4, "H"],
  ["BWI", "Blue Wing Airlines", "ブルーウイング航空", "SR", false, "Suriname スリナム Paramaribo パラマリボ ブルーウィング", SEED4, "M", "No IATA designator; the id is the ICAO code BWI (de.wikipedia.org/wiki/Blue_Wing_Airlines). Japanese name not in the blog post."],
  ["EP", "Iran Aseman Airlines", "イラン・アーセマーン航空", "IR", false, "Aseman アーセマーン Tehran テヘラン", SEED4, "H"],
  ["RA", "Nepal Airlines", "ネパール航空", "NP", false, "Royal Nepal Airlines ロイヤルネパール航空 Kathmandu カトマンズ", SEED4, "H"],
  // Russian airlines: unrated since 2022 (facts §5).
  ["SU", "Aeroflot", "アエロフロート・ロシア航空", "RU", false, "Aeroflot Russian Airlines アエロフロート Moscow モスクワ", `${IATA}; ${SEED4}`, "H"],
  ["S7", "S7 Airlines", "S7航空", "RU", false, "Siberia Airlines シベリア航空 Novosibirsk ノヴォシビルスク", `${IATA}; ${SEED4}`, "H", "Former oneworld member (2010-11-15 to 2022-04-19, suspended)."],
  ["FV", "Rossiya Airlines", "ロシア航空", "RU", false, "Rossiya Saint Petersburg サンクトペテルブルク", `${IATA}; ${SEED4}`, "M"],
  ["U6", "Ural Airlines", "ウラル航空", "RU", false, "Yekaterinburg エカテリンブルク", `${IATA}; ${SEED4}`, "M"],
  ["DP", "Pobeda", "ポベダ", "RU", false, "Pobeda Airlines ポビエダ Moscow モスクワ", `${IATA}; ${SEED4}`, "M"],
  // Japanese airlines.
  ["NH", "All Nippon Airways", "全日本空輸", "JP", false, "ANA 全日空 Tokyo 東京", IATA, "H"],
  ["MM", "Peach Aviation", "ピーチ・アビエーション", "JP", false, "Peach ピーチ Osaka 大阪", IATA, "H"],
  ["ZG", "ZIPAIR Tokyo", "ZIPAIR", "JP", false, "ジップエア Tokyo 成田", IATA, "H"],
  ["BC", "Skymark Airlines", "スカイマーク", "JP", false, "Skymark", IATA, "H"],
  ["HD", "AIRDO", "AIRDO", "JP", false, "Air Do エア・ドゥ 北海道国際航空 Sapporo 札幌", IATA, "H"],
  ["6J", "Solaseed Air", "ソラシドエア", "JP", false, "スカイネットアジア航空 Miyazaki 宮崎", IATA, "H"],
  ["7G", "StarFlyer", "スターフライヤー", "JP", false, "Kitakyushu 北九州", IATA, "H"],
  ["NU", "Japan Transocean Air", "日本トランスオーシャン航空", "JP", false, "JTA Okinawa 沖縄", IATA, "H"],
  ["XM", "J-Air", "ジェイエア", "JP", false, "JAL group Osaka 伊丹", IATA, "H"],
  ["3X", "Japan Air Commuter", "日本エアコミューター", "JP", false, "JAC Kagoshima 鹿児島", IATA, "H"],
  ["GK", "Jetstar Japan", "ジェットスター・ジャパン", "JP", false, "Jetstar ジェットスター Narita 成田", IATA, "H", "Earns JAL miles; not recorded as a JAL partner-award carrier."],
  ["IJ", "Spring Japan", "スプリング・ジャパン", "JP", false, "春秋航空日本 Narita 成田", IATA, "H"],
  ["FW", "IBEX Airlines", "アイベックスエアラインズ", "JP", false, "Ibex アイベックス Sendai 仙台", IATA, "H"],
  ["JH", "Fuji Dream Airlines", "フジドリームエアラインズ", "JP", false, "FDA Shizuoka 静岡 Nagoya 名古屋", IATA, "H"],
  ["OC", "Oriental Air Bridge", "オリエンタルエアブリッジ", "JP", false, "ORC Nagasaki 長崎", IATA, "H"],
  // Other airlines Japanese award travellers commonly meet.
  ["SQ", "Singapore Airlines", "シンガポール航空", "SG", false, "KrisFlyer クリスフライヤー Singapore シンガポール", IATA, "H"],
  ["TG", "Thai Airways International", "タイ国際航空", "TH", false, "Thai Airways タイ航空 Bangkok バンコク", IATA, "H"],
  ["LH", "Lufthansa", "ルフトハンザ ドイツ航空", "DE", false, "ルフトハンザ Frankfurt フランクフルト", IATA, "H"],
  ["UA", "United Airlines", "ユナイテッド航空", "US", false, "MileagePlus Chicago シカゴ", IATA, "H"],
  ["DL", "Delta Air Lines", "デルタ航空", "US", false, "SkyMiles Atlanta アトランタ", IATA, "H"],
  ["AC", "Air Canada", "エア・カナダ", "CA", false, "Aeroplan エアロプラン Toronto トロント", IATA, "H"],
  ["BR", "EVA Air", "エバー航空", "TW", false, "長榮航空 Taipei 台北", IATA, "H"],
  ["CI", "China Airlines", "チャイナエアライン", "TW", false, "中華航空 Taipei 台北", IATA, "H"],
  ["OZ", "Asiana Airlines", "アシアナ航空", "KR", false, "Seoul ソウル", IATA, "H"],
  ["CA", "Air China", "中国国際航空", "CN", false, "エアチャイナ Beijing 北京", IATA, "H"],
  ["TK", "Turkish Airlines", "ターキッシュ エアラインズ", "TR", false, "トルコ航空 Istanbul イスタンブール", IATA, "H"],
  ["EY", "Etihad Airways", "エティハド航空", "AE", false, "Abu Dhabi アブダビ", IATA, "H"],
  ["NZ", "Air New Zealand", "ニュージーランド航空", "NZ", false, "Auckland オークランド", IATA, "H"],
  ["AI", "Air India", "エア・インディア", "IN", false, "Delhi デリー", IATA, "H"],
  ["LX", "Swiss International Air Lines", "スイス インターナショナル エアラインズ", "CH", false, "SWISS スイス航空 Zurich チューリッヒ", IATA, "H"],
  ["SK", "Scandinavian Airlines", "スカンジナビア航空", "SE", false, "SAS Copenhagen コペンハーゲン", IATA, "H", "Moved from Star Alliance to SkyTeam on 2024-09-01."],
  ["KL", "KLM Royal Dutch Airlines", "KLMオランダ航空", "NL", false, "KLM Amsterdam アムステルダム", IATA, "H"],
  ["VN", "Vietnam Airlines", "ベトナム航空", "VN", false, "Hanoi ハノイ", IATA, "H"],
  ["GA", "Garuda Indonesia", "ガルーダ・インドネシア航空", "ID", false, "Jakarta ジャカルタ", IATA, "H"],
  ["VS", "Virgin Atlantic", "ヴァージン アトランティック航空", "GB", false, "バージン London ロンドン", IATA, "H"],
  ["PR", "Philippine Airlines", "フィリピン航空", "PH", false, "Manila マニラ", IATA, "H"],
  ["JX", "STARLUX Airlines", "スターラックス航空", "TW", false, "星宇航空 Taipei 台北", IATA, "H"],
  // Named in AirlineRatings' 2025 and 2026 lists (promotions-safety-2026 §5; the safety seed cites the list pages).
  ["VA", "Virgin Australia", "ヴァージン・オーストラリア", "AU", false, "Brisbane ブリスベン", `${IATA}; ${RANKINGS}`, "H"],
  ["TP", "TAP Air Portugal", "TAPポルトガル航空", "PT", false, "TAP Lisbon リスボン", `${IATA}; ${RANKINGS}`, "H"],
  ["UO", "HK Express", "香港エクスプレス航空", "HK", false, "Hong Kong Express 香港快運 Hong Kong 香港", `${IATA}; ${RANKINGS}`, "H"],
  ["JQ", "Jetstar Airways", "ジェットスター航空", "AU", false, "Jetstar ジェットスター Melbourne メルボルン", `${IATA}; ${RANKINGS}`, "H", "The 2025 list names the Jetstar Group, the 2026 list Jetstar (Australia)."],
  ["FR", "Ryanair", "ライアンエアー", "IE", false, "Dublin ダブリン", `${IATA}; ${RANKINGS}`, "H"],
  ["U2", "easyJet", "イージージェット", "GB", false, "London Luton ロンドン", `${IATA}; ${RANKINGS}`, "H"],
  ["LS", "Jet2", "ジェット2", "GB", false, "Jet2.com Leeds リーズ", `${IATA}; ${RANKINGS}`, "H"],
  ["5J", "Cebu Pacific", "セブパシフィック航空", "PH", false, "Manila マニラ", `${IATA}; ${RANKINGS}`, "H"],
  ["BT", "airBaltic", "エアバルティック", "LV", false, "Air Baltic Riga リガ", `${IATA}; ${RANKINGS}`, "H"],
  ["TR", "Scoot", "スクート", "SG", false, "Singapore シンガポール", `${IATA}; ${RANKINGS}`, "H"],
  ["AK", "AirAsia", "エアアジア", "MY", false, "Air Asia Kuala Lumpur クアラルンプール", `${IATA}; ${RANKINGS}`, "H"],
  ["BY", "TUI Airways", "TUIエアウェイズ", "GB", false, "TUI Luton ルートン", `${IATA}; ${RANKINGS}`, "M", "The 2026 list names 'TUI' without saying which TUI airline; TUI Airways (UK) is assumed."],
  ["9C", "Spring Airlines", "春秋航空", "CN", false, "Shanghai 上海", `${IATA}; ${RANKINGS}`, "H"],
  // Named in the 2025 one-star list (promotions-safety-2026 §5e).
  ["P4", "Air Peace", "エア・ピース", "NG", false, "Lagos ラゴス", `${IATA}; ${RANKINGS}`, "H"],
  ["JD", "Beijing Capital Airlines", "北京首都航空", "CN", false, "Capital Airlines Beijing 北京", `${IATA}; ${RANKINGS}`, "H"],
  ["YM", "Montenegro Airlines", "モンテネグロ航空", "ME", false, "Podgorica ポドゴリツァ", `${IATA}; ${RANKINGS}`, "M", "Ceased flying in 2020; still named in the 2025 one-star list."],
  ["PW", "Precision Air", "プレシジョン航空", "TZ", false, "Dar es Salaam ダルエスサラーム", `${IATA}; ${RANKINGS}`, "H"],
  ["BS", "US-Bangla Airlines", "USバングラ航空", "BD", false, "Dhaka ダッカ", `${IATA}; ${RANKINGS}`, "H"],
  ["IW", "Wings Air", "ウイングス・エア", "ID", false, "Lion Group Jakarta ジャカルタ", `${IATA}; ${RANKINGS}`, "H"],
  ["UT", "UTair", "ユーテイル航空", "RU", false, "Utair Tyumen チュメニ", `${IATA}; ${RANKINGS}`, "M"],
] as Row[]).map(row);

const m = (
  airlineCode: string, alliance: AllianceMembershipSeedRow["alliance"], joined: string | null,
  left: string | null = null, confidence: Confidence = "M", role: AllianceMembershipSeedRow["role"] = "member", note?: string,
): AllianceMembershipSeedRow => ({
  airlineCode, alliance, role, joined, left,
  source: alliance === "oneworld" ? ONEWORLD : alliance === "star" ? STAR : SKYTEAM,
  confidence, ...(note ? { note } : {}),
});

export const allianceMemberships: AllianceMembershipSeedRow[] = [
  // oneworld: founded 1999-02-01.
  m("AA", "oneworld", "1999-02-01", null, "H"),
  m("BA", "oneworld", "1999-02-01", null, "H"),
  m("CX", "oneworld", "1999-02-01", null, "H"),
  m("QF", "oneworld", "1999-02-01", null, "H"),
  m("AY", "oneworld", "1999-09-01"),
  m("IB", "oneworld", "1999-09-01"),
  m("JL", "oneworld", "2007-04-01", null, "H"),
  m("RJ", "oneworld", "2007-04-01"),
  m("MH", "oneworld", "2013-02-01"),
  m("QR", "oneworld", "2013-10-30"),
  m("UL", "oneworld", "2014-05-01"),
  m("AT", "oneworld", "2020-04-01"),
  m("AS", "oneworld", "2021-03-31", null, "H"),
  m("FJ", "oneworld", null, "2025-04-01", "M", "connect", "First oneworld connect partner (announced 2018-06-03; start day not recorded). The 2024 safety-ranking blog post names it a connect member in 2024."),
  m("FJ", "oneworld", "2025-04-01", null, "M", "member", "Full member from 2025-04-01 (onemileatatime.com)."),
  m("WY", "oneworld", "2025-06-30", null, "M", "member", "The 2024 safety-ranking blog post (early 2024): 'joining in 2024'. The join slipped; member from 2025-06-30 (executivetraveller.com via capernaum.me; meilenoptimieren.com)."),
  m("S7", "oneworld", "2010-11-15", "2022-04-19", "H", "member", "Membership suspended from 2022-04-19 (airwaysmag.com, S7 statement)."),
  // Star Alliance: founded 1997-05-14 by UA, LH, AC, TG, SK.
  m("UA", "star", "1997-05-14", null, "H"),
  m("LH", "star", "1997-05-14", null, "H"),
  m("AC", "star", "1997-05-14", null, "H"),
  m("TG", "star", "1997-05-14", null, "H"),
  m("SK", "star", "1997-05-14", "2024-09-01", "H", "member", "Left Star Alliance at the end of 2024-08-31 for SkyTeam (flightglobal.com)."),
  m("NH", "star", "1999-10-01"),
  m("NZ", "star", null),
  m("SQ", "star", "2000-04-01"),
  m("OZ", "star", "2003-03-01"),
  m("LX", "star", "2006-04-01"),
  m("CA", "star", "2007-12-12"),
  m("TK", "star", "2008-04-01"),
  m("BR", "star", "2013-06-18"),
  m("AI", "star", "2014-07-11"),
  // SkyTeam: founded 2000-06-22 by DL, AF, KE, AM.
  m("DL", "skyteam", "2000-06-22", null, "H"),
  m("AF", "skyteam", "2000-06-22", null, "H"),
  m("KE", "skyteam", "2000-06-22", null, "H"),
  m("KL", "skyteam", "2004-09-13"),
  m("SU", "skyteam", "2006-04-14", "2022-04-27", "H", "member", "Membership suspended, announced 2022-04-27 (eturbonews.com, SkyTeam statement)."),
  m("VN", "skyteam", "2010-06-10"),
  m("MU", "skyteam", "2011-06-21"),
  m("CI", "skyteam", "2011-09-28"),
  m("GA", "skyteam", "2014-03-05"),
  m("VS", "skyteam", "2023-03-02"),
  m("SK", "skyteam", "2024-09-01", null, "H", "member", "Joined SkyTeam on 2024-09-01 (aviationa2z.com, SkyTeam adherence agreement)."),
];
