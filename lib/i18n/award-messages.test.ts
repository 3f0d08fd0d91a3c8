// The award engine's words: every code it can emit has a sentence in English and in
// Japanese (messages/{en,ja}/award-rules.json), renders with its parameters in both
// languages with nothing left unfilled, and no internal key reaches the reader.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import en from "@/messages/en/award-rules.json";
import ja from "@/messages/ja/award-rules.json";
import { quoteItinerary } from "@/lib/calculators/awards";
import { BASIS_CODES, PRICE_NOTE_CODES } from "@/lib/calculators/awards/basis";
import { seedData, trip } from "@/lib/calculators/awards/test-data";
import type { Coded, MessageParams } from "@/lib/calculators/awards";
import { AWARD_MESSAGE_CODES, renderCoded, renderIssues, renderQuote } from "./award-messages";

const seg = { segment: 2, from: "NRT", to: "HEL" };
const stop = { kind: "stop", place: "HEL", hours: 49.83 };
const chart = { chart: "JAL partner award chart", chartJa: "JAL提携航空会社特典チャート" };

/** One row per code, with the parameters the engine gives it (labelled by what emits it). */
const CASES: Record<string, { label: string; params: MessageParams; en: RegExp; ja: RegExp }> = {
  "violation.maxSegments": { label: "checkMaxSegments", params: { ...seg, limit: 6, award: "JAL.partner" }, en: /^Segment 2 \(NRT-HEL\) exceeds the 6-segment limit of a JAL partner award\.$/, ja: /^区間2\(NRT-HEL\)は提携航空会社特典航空券の上限6区間を超えています。$/ },
  "violation.maxStopovers": { label: "checkMaxStopovers, limit 1", params: { item: stop, n: 2, limit: 1, award: "JAL.oneworld" }, en: /^The stop at HEL \(49\.83 h\) is stopover 2; a JAL oneworld award allows at most 1\.$/, ja: /^HELでの滞在\(49\.83時間\)は2回目の途中降機です。/ },
  "violation.returnToOriginCountry": { label: "checkReturnToOriginCountry", params: { origin: "JP", country: "GB", airport: "LHR", award: "JAL.partner" }, en: /^A JAL partner award must return to its origin country \(Japan\); this trip ends in United Kingdom \(LHR\)\.$/, ja: /出発国\(日本\).*イギリス\(LHR\)/ },
  "violation.allianceMember": { label: "checkAllianceMembers", params: { ...seg, carrier: "LH", alliance: "oneworld" }, en: /flown by LH, not a oneworld member on that date/, ja: /ワンワールド加盟航空会社ではありません/ },
  "violation.minAllianceAirlines": { label: "checkMinAllianceAirlines, raised by BA", params: { min: 3, alliance: "oneworld", raised: true, raisedBy: "BA", count: 2, carriers: ["BA", "AA"], award: "BA.multiCarrier" }, en: /^A BA oneworld multi-carrier award needs at least 3 oneworld airlines when BA is one of them; this trip has 2 \(BA, AA\)\.$/, ja: /BAを含む場合ワンワールド加盟航空会社3社以上.*2社: BA、AA/ },
  "violation.jalCarrier": { label: "JAL award carriers", params: { ...seg, carrier: "AY", allowed: ["JL", "NU"] }, en: /covers flights of JL, NU only/, ja: /JL、NUの便のみ/ },
  "violation.notJalPartner": { label: "JAL partner: not a partner", params: { ...seg, carrier: "LH" }, en: /LH, not a JAL partner airline/, ja: /LHはJALの提携航空会社ではありません/ },
  "violation.partnerCarriers": { label: "JAL partner: exactly one airline", params: { exact: 1, count: 2, carriers: ["AY", "BA"] }, en: /^A JAL partner award uses exactly 1 partner airline; this trip uses 2 \(AY, BA\)\.$/, ja: /1社のみ.*2社: AY、BA/ },
  "violation.noStopoverInCountryOnCarrier": { label: "carrier exception: no stopover in a country", params: { country: "IN", item: stop, award: "JAL.partner", onCarrier: "UK", onCarrierName: "Vistara" }, en: /^No stopover in India on a JAL partner award on Vistara \(UK\): the stop at HEL/, ja: /^Vistara\(UK\)の提携航空会社特典航空券ではインドでの途中降機はできません/ },
  "violation.domesticSegments": { label: "oneworld: segments within Japan", params: { ...seg, n: 3, country: "JP", max: 2, award: "JAL.oneworld" }, en: /is segment 3 within Japan; a JAL oneworld award allows at most 2/, ja: /日本国内の3区間目/ },
  "violation.noStopoverInOriginCountry": { label: "oneworld: no stopover at home", params: { country: "JP", item: { kind: "surface", place: "NRT/HND" } }, en: /^No stopover in Japan on a trip that starts in Japan: the surface sector NRT\/HND is one\.$/, ja: /地上移動区間 NRT\/HND/ },
  "violation.cityStopovers": { label: "oneworld: stopovers per city", params: { item: stop, n: 2, city: "HEL", max: 1, award: "JAL.oneworld" }, en: /^The stop at HEL \(49\.83 h\) is stopover 2 in HEL/, ja: /HELでの2回目の途中降機/ },
  "violation.cityVisits": { label: "oneworld: city visits", params: { city: "TYO", n: 3, max: 2, award: "JAL.oneworld" }, en: /^TYO appears 3 times; a JAL oneworld award allows a city at most 2 times\.$/, ja: /TYOが3回/ },
  "violation.surfaceSectors": { label: "oneworld: surface sectors", params: { item: { kind: "surface", place: "LHR-MAN" }, n: 2, max: 1, award: "JAL.oneworld" }, en: /^The surface sector LHR-MAN is surface sector 2/, ja: /2つ目の地上移動区間/ },
  "violation.aviosCarrier": { label: "BA: Avios partner", params: { ...seg, carrier: "LH", alliances: ["oneworld"], hasExtra: true, extra: ["EI", "VY"] }, en: /\(oneworld members and EI, VY\)\.$/, ja: /Aviosで予約できる提携航空会社ではありません\(ワンワールド加盟航空会社とEI、VYのみ\)/ },
  "violation.atmosCarrier": { label: "Atmos: partner", params: { ...seg, carrier: "LH" }, en: /not an Atmos Rewards partner airline/, ja: /アトモス・リワード/ },
  "violation.stopoversPerDirection": { label: "Atmos: per direction", params: { item: stop, n: 2, direction: "return", max: 1, award: "AS.partner" }, en: /stopover 2 on the return journey; an Atmos Rewards partner award allows 1 per direction/, ja: /復路の2回目/ },
  "violation.roundTripAllowance": { label: "Asia Miles round trip", params: { allowances: [{ stopovers: 2, transfers: 0, openJaws: 0 }, { stopovers: 0, transfers: 2, openJaws: 0 }, { stopovers: 0, transfers: 0, openJaws: 1 }], stopovers: 3, transfers: 1, openJaws: 0, award: "CX.standard" }, en: /may have 2 stopovers, or 2 transfers, or 1 open jaw; this one has 3 stopovers, 1 transfer and 0 open jaws\.$/, ja: /途中降機2回、または乗り継ぎ2回、またはオープンジョー1回まで/ },
  "chart.bandEdge": { label: "band edge, segment, lower side", params: { scope: "segment", ...seg, miles: 6028, percent: 2, edge: 6000, open: false, bandMin: 6001, bandMax: 8000, side: "lower", toEdge: 28, ...chart }, en: /^Segment 2 \(NRT-HEL\): 6,028 miles is within 2% of the 6,000-mile edge of the 6,001-8,000 band on JAL partner award chart: 28 miles fewer would price in the band below\./, ja: /^区間2 \(NRT-HEL\): 6,028マイルは「JAL提携航空会社特典チャート」の6,001-8,000マイル帯/ },
  "chart.oneWayOnRoundTripChart": { label: "round-trip chart, one way", params: {}, en: /round trips/, ja: /往復用/ },
  "rules.dateFallback": { label: "no rule version yet", params: { asOf: "2020-01-01", count: 2, keys: ["maxSegments", "JAL.partner.maxStopovers"] }, en: /^No rule version was in force yet on 2020-01-01 for 2 rules; the earliest stored version was used\.$/, ja: /^2020年1月1日時点/ },
  "itinerary.openJaw": { label: "open jaw", params: { segment: 1, airport: "LHR", next: 2, departsFrom: "LGW" }, en: /^Segment 1 ends at LHR but segment 2 leaves from LGW: treated as an open jaw\.$/, ja: /オープンジョー/ },
  "itinerary.unknownAirport": { label: "unknown airport", params: { code: "QQQ" }, en: /^Unknown airport QQQ\.$/, ja: /QQQ/ },
  "itinerary.unknownAirline": { label: "unknown airline", params: { code: "Q9" }, en: /^Unknown airline Q9\.$/, ja: /Q9/ },
  "itinerary.carrierRequired": { label: "carrier required", params: {}, en: /carrier/, ja: /航空会社/ },
  "itinerary.unknownTimeZone": { label: "unknown time zone", params: { airport: "HEL", timeZone: "Mars/Olympus" }, en: /HEL has an unknown time zone \(Mars\/Olympus\)/, ja: /タイムゾーン/ },
  "itinerary.badDateTime": { label: "bad date-time", params: {}, en: /YYYY-MM-DDTHH:mm/, ja: /実在する日時/ },
  "itinerary.arrivesBeforeDeparts": { label: "arrival before departure", params: { ...seg, arrivesAt: { local: "2027-03-09T08:00", airport: "HEL", city: "Helsinki" }, departsAt: { local: "2027-03-09T20:00", airport: "NRT", city: "Tokyo" } }, en: /arrives 9 Mar 2027, 08:00 \(local time in Helsinki\), not after it departs 9 Mar 2027, 20:00 \(local time in Tokyo\)\.$/, ja: /2027年3月9日 08:00（HEL現地時間）/ },
  "itinerary.departsBeforePrevious": { label: "overlapping segments", params: { ...seg, previous: 1 }, en: /departs before segment 1 arrives/, ja: /区間1の到着より前/ },
  "itinerary.noSegments": { label: "no segments", params: {}, en: /at least one segment/, ja: /1つ以上/ },
  "note.noChart": { label: "no chart on the booking date, an ended one", params: { award: "BA.perSegment", asOf: "2026-12-02", ended: true, lastChart: "BA Avios", lastChartJa: "BA Avios チャート", lastTo: "2025-12-14" }, en: /^No award chart for a BA Avios award is stored for tickets booked on 2026-12-02, so no price is given\. The last stored chart \(BA Avios\) applied to bookings until 2025-12-14\.$/, ja: /^2026年12月2日発券分のBAの特典航空券\(区間ごとの計算\)の特典チャート.*「BA Avios チャート」は2025年12月14日まで/ },
  "note.unpublishedCell": { label: "unpublished cell with a zone", params: { ...chart, cabin: "first", miles: 5975, zoned: true, zone: "7" }, en: /^JAL partner award chart: the first price for 5,975 miles \(zone 7\) has not been published/, ja: /5,975マイル\(ゾーン7\)のファーストの必要数は公表されていない/ },
  "note.noCabinPrice": { label: "no column for the cabin", params: { ...chart, cabin: "premium", miles: 9754, lo: 1, open: true, hi: null, hasCabin: false }, en: /has no premium economy price for 9,754 miles \(stored bands: 1- miles; no premium economy column\)\.$/, ja: /プレミアムエコノミーの列なし/ },
  "note.noCabinPrices": { label: "no prices for the cabin", params: { ...chart, cabin: "first" }, en: /has no first prices/, ja: /ファーストの必要マイル数がありません/ },
  "note.segmentsUnpublished": { label: "BA: the JAL/Cathay chart cell", params: { items: [{ ...seg, segment: 1, from: "LHR", to: "HND", cabin: "business", miles: 5975, zoned: false, zone: null, chart: "BA Avios, flights operated by JAL and Cathay Pacific", chartJa: "BA Avios(JAL・キャセイ運航便)" }] }, en: /^No published price for segment 1 \(LHR-HND\): business, 5,975 miles on BA Avios, flights operated by JAL and Cathay Pacific, so the trip has no price\.$/, ja: /区間1 \(LHR-HND\): ビジネス、5,975マイル、「BA Avios\(JAL・キャセイ運航便\)」。$/ },
  "note.carrierNotCharted": { label: "carrier outside the chart", params: { ...chart, carrier: "AA", ...seg }, en: /flights operated by AA \(segment 2, NRT-HEL\)/, ja: /AA運航便\(区間2、NRT-HEL\)/ },
  "note.noDirectionPrice": { label: "route chart without the route", params: { ...chart, cabin: "business", from: "HND", to: "ZRH", routeChart: true, miles: 5900, noRoute: true, farEnd: "ZRH" }, en: /has no published business price for HND-ZRH \(no stored route for ZRH\), so no price is given\.$/, ja: /HND-ZRHのビジネスの公表値がない/ },
  "note.taxesNotStored": { label: "taxes", params: {}, en: /^Plus taxes and carrier charges \(not stored\)\.$/, ja: /税金/ },
  "basis.previousChartRise": { label: "BA after 2025-12-15", params: { from: "2025-12-15", previous: 13000, low: 8, high: 14 }, en: /before 2025-12-15 \(13,000\) raised by the published 8–14%/, ja: /8〜14%/ },
  "basis.unchangedOrRise": { label: "unchanged or risen", params: { from: "2025-12-15", previous: 13000, high: 14 }, en: /13,000\) up to the published maximum rise of 14%/, ja: /14%/ },
  "basis.preChangePlusAreaMax": { label: "JAL award: area maximum", params: { from: "2025-06-10", previous: 35000, increase: 5000 }, en: /\+5,000/, ja: /\+5,000/ },
  "basis.halfOfPublishedReturn": { label: "half of a return", params: { published: 50000 }, en: /half of the published round-trip price 50,000/, ja: /50,000の半分/ },
  "basis.derived": { label: "derived without a basis", params: {}, en: /^Derived from published figures\.$/, ja: /算出/ },
  "basis.estimate": { label: "estimate without a basis", params: {}, en: /^Estimate: no published figure/, ja: /推定/ },
  "priceNote.dynamicAboveBase": { label: "JAL Award PLUS", params: {}, en: /JAL's Award PLUS/, ja: /特典航空券PLUS/ },
  "priceNote.nonstopFromPrice": { label: "from prices", params: {}, en: /'from' prices/, ja: /直行便/ },
  "priceNote.onlyConfirmedCells": { label: "confirmed cells", params: {}, en: /confirmed by published sources/, ja: /公表資料/ },
  "suggestion.blocksAward": { label: "optimizer: one segment blocks an award", params: { flight: { segment: 2, from: "HNL", to: "LAX", carrier: "HA", surface: false }, awardName: "JAL.oneworld", reason: { code: "violation.allianceMember", params: { segment: 2, from: "HNL", to: "LAX", carrier: "HA", alliance: "oneworld" } } }, en: /^Segment 2 \(HNL-LAX, HA\) keeps the whole journey off one JAL oneworld award: Segment 2 \(HNL-LAX\) is flown by HA, not a oneworld member on that date\.$/, ja: /^区間2\(HNL-LAX、HA\)のため、旅程全体を1枚のワンワールド特典航空券にできません: 区間2\(HNL-LAX\)の運航会社HAは/ },
  "suggestion.replaced": { label: "optimizer: flown by another carrier", params: { carrier: "AA", awardName: "JAL.oneworld", points: { amount: 60000, program: "JAL", currency: "JAL miles" }, compare: "less", usd: "$120.00", from: "HNL", to: "LAX" }, en: /^Flown by AA instead, the whole journey would be one valid JAL oneworld award for 60,000 JAL miles\. That is \$120\.00 less than the best plan, at your valuations\. \(Route not checked: make sure AA flies HNL-LAX\.\)$/, ja: /60,000 JALマイルのワンワールド特典航空券1枚.*\$120\.00安く/ },
  "suggestion.removed": { label: "optimizer: without the segment", params: { awardName: "JAL.oneworld", points: { amount: 50000, program: "JAL", currency: "JAL miles" } }, en: /one valid JAL oneworld award for 50,000 JAL miles \(that segment bought separately\)\.$/, ja: /50,000 JALマイルのワンワールド特典航空券1枚/ },
  "suggestion.freeStopover": { label: "optimizer: a free stopover, limited", params: { ticket: { n: 1, awardName: "JAL.oneworld" }, hours: 3, airport: "HEL", limit: 24, points: { amount: 80000, program: "JAL", currency: "JAL miles" }, limited: true, used: 2, allowed: 7 }, en: /^Ticket 1 \(JAL oneworld award\): the 3 h connection at HEL could be a stopover of more than 24 h at no extra cost; the ticket stays valid at 80,000 JAL miles, using 2 of 7 stopovers\.$/, ja: /^航空券1\(ワンワールド特典航空券\): HELでの3時間の乗り継ぎ.*80,000 JALマイルのまま有効、途中降機は7回中2回/ },
  "suggestion.overEdge": { label: "optimizer: just over a band edge, cheaper below", params: { ticket: { n: 1, awardName: "JAL.oneworld" }, scope: "trip", flight: null, miles: 8091, over: 91, edge: 8000, ...chart, cheaper: true, points: { amount: 50000, program: "JAL", currency: "JAL miles" }, newPoints: { amount: 40000, program: "JAL", currency: "JAL miles" } }, en: /^Ticket 1 \(JAL oneworld award\): the trip is 8,091 miles, 91 miles over the 8,000-mile edge of its band on the JAL partner award chart chart; a routing 91 miles shorter would cost 40,000 JAL miles instead of 50,000 JAL miles\.$/, ja: /旅程の総距離は8,091マイルで.*50,000 JALマイルではなく40,000 JALマイル/ },
  "optimize.noValuation": { label: "optimizer: no valuation", params: { currency: { program: "AS", name: "Atmos points" } }, en: /^No valuation is stored or given for Atmos points/, ja: /^アトモスポイントの評価額/ },
  "optimize.estimateDecides": { label: "optimizer: an estimate in the plan", params: {}, en: /middle of its range/, ja: /中央値/ },
  "optimize.noPlan": { label: "optimizer: no plan", params: {}, en: /^No combination of valid, priced award tickets/, ja: /組み合わせがありません/ },
  "suggestion.noAward": { label: "optimizer: a flight no award covers", params: { flight: { segment: 2, from: "FRA", to: "LHR", carrier: "LH", surface: false } }, en: /^Segment 2 \(FRA-LHR, LH\) is not covered by any stored award/, ja: /^区間2\(FRA-LHR、LH\)は、確認したプログラム/ },
};

/** Words a Japanese reader may meet in Latin letters: codes and proper names, nothing else. */
const LATIN_ALLOWED = /^(?:[A-Z0-9]{2,3}|JAL|PLUS|Avios|BA|Vistara|Mars|Olympus|YYYY|MM|DDTHH|mm|JAL partner award chart)$/;

function allKeys(o: unknown, prefix = ""): string[] {
  if (typeof o === "string") return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => allKeys(v, prefix ? `${prefix}.${k}` : k));
}
/** Placeholder names (a select's branch keys, e.g. "return {return}", are not placeholders). */
const argNames = (s: string) => {
  const keys = new Set([...s.matchAll(/(?:select, |plural, |\} )(=?\w+) \{/g)].map((m) => m[1]));
  return [...new Set([...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].filter((n) => !keys.has(n)).sort();
};

function checkRendered(text: string, code: string, params: MessageParams): void {
  expect(text, code).not.toMatch(/[{}]/);
  expect(text, code).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
  expect(text, code).not.toContain(code);
  expect(text, code).not.toMatch(/\b(?:JAL|BA|AS|CX)\.(?:jal|partner|oneworld|perSegment|multiCarrier|standard)\b/);
  expect(text, code).not.toMatch(/facts §|seed \d/);
  for (const v of Object.values(params)) if (typeof v === "string" && /^[A-Z]{3}$/.test(v) && code !== "rules.dateFallback") expect(text, `${code} names ${v}`).toContain(v);
}

describe("award-rules catalogue", () => {
  test("the same keys in English and Japanese, each Japanese entry Japanese, with the same parameters", () => {
    expect(allKeys(ja).sort()).toEqual(allKeys(en).sort());
    for (const key of allKeys(en)) {
      const e = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
      const j = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ja) as string;
      expect(j.length, key).toBeGreaterThan(0);
      if (/[a-z]{3}/.test(e.replace(/\{[^{}]*\}/g, "")) && !key.startsWith("parts.") && key !== "currencies.BA") expect(j, key).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      if (!key.startsWith("parts.allowance")) expect(argNames(j), key).toEqual(argNames(e));
    }
  });

  test("the case table has one row per code the catalogue holds", () => {
    expect(Object.keys(CASES).sort()).toEqual([...AWARD_MESSAGE_CODES].sort());
  });

  test("every code the engine names is in the catalogue, and every catalogue code is named by the engine", () => {
    const root = path.resolve(__dirname, "../..");
    const walk = (dir: string): string[] =>
      readdirSync(path.join(root, dir)).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(path.join(root, p)).isDirectory() ? walk(p) : f.endsWith(".ts") && !f.includes(".test.") ? [p] : [];
      });
    const source = [...walk("lib/calculators/awards"), ...walk("lib/calculators/optimizer")].map((f) => readFileSync(path.join(root, f), "utf8")).join("\n");
    const named = new Set([...source.matchAll(/"((?:violation|chart|rules|itinerary|note|suggestion|optimize)\.[a-zA-Z]+)"/g)].map((m) => m[1]));
    for (const c of Object.keys(BASIS_CODES)) named.add(`basis.${c}`);
    named.add("basis.derived").add("basis.estimate");
    for (const c of PRICE_NOTE_CODES) named.add(`priceNote.${c}`);
    // Rule codes ("jal.carrier") share the violation's namespace only by name; the words are under violation.*.
    const words = [...named].filter((c) => AWARD_MESSAGE_CODES.includes(c) || /^(violation|note|basis|priceNote|suggestion)\./.test(c));
    // "optimize.*" also names the optimizer's own request rules; only its warnings have words here.
    expect(words.filter((c) => !AWARD_MESSAGE_CODES.includes(c))).toEqual([]);
    expect(AWARD_MESSAGE_CODES.filter((c) => !named.has(c))).toEqual([]);
  });
});

describe.each(Object.entries(CASES))("%s", (code, c) => {
  test(`${c.label}: renders in English and Japanese with every parameter filled`, () => {
    const m: Coded = { code, params: c.params };
    const e = renderCoded(m, "en");
    const j = renderCoded(m, "ja");
    checkRendered(e, code, c.params);
    checkRendered(j, code, c.params);
    expect(e).toMatch(c.en);
    expect(j).toMatch(c.ja);
    expect(e.charAt(0)).toBe(e.charAt(0).toUpperCase());
    // Japanese: no English words except codes and proper names.
    const latin = j.replace(/（[^）]*現地時間）/g, "").match(/[A-Za-z][A-Za-z ]*[A-Za-z]|[A-Za-z]/g) ?? [];
    for (const w of latin) for (const part of w.split(" ")) if (part) expect(LATIN_ALLOWED.test(part) || Object.values(c.params).flat().some((v) => typeof v === "string" && v.includes(part)), `${code}: "${part}" in ${j}`).toBe(true);
  });
});

describe("quotes rendered at the boundary", () => {
  test("every message of real quotes (violations, warnings, notes) renders in both languages", () => {
    const trips = [
      trip("NRT-HEL/AY HEL-LHR/AY", { stays: [48] }),
      trip("HND-HEL/JL HEL-LHR/JL LHR-HEL/JL HEL-HND/JL", { stays: [48, 96, 2] }),
      trip("NRT-HEL/AY HEL-MAD/AY MAD-CDG/AY CDG-HEL/AY HEL-FRA/AY FRA-HEL/AY HEL-LHR/AY"),
      trip("HND-FRA/JL FRA-HND/AY", { stays: [96] }),
      trip("LHR-JFK/BA JFK-DFW/AA"),
      trip("HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY HEL-HND/JL", { stays: [2, 48, 2, 2] }),
      trip("SEA-HNL/AS HNL-NRT/JL NRT-SIN/JL SIN-NRT/JL NRT-SEA/JL", { stays: [48, 48, 96, 2] }),
    ];
    const seen = new Set<string>();
    for (const segments of trips) {
      const r = renderQuote(quoteItinerary({ segments }, seedData));
      for (const q of r.quotes) {
        for (const v of q.violations) {
          seen.add(v.code);
          checkRendered(v.message, v.code, v.params);
          checkRendered(v.messageJa, v.code, v.params);
          expect(v.messageJa).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        }
        for (const w of q.warnings) for (const t of [w.message, w.messageJa]) checkRendered(t, w.code, w.params);
        for (const n of q.notes) seen.add(n.code);
        if (q.notes.length) {
          expect(q.note).toBeTruthy();
          expect(q.noteJa).toMatch(/[ぁ-んァ-ヶ一-龠]/);
          checkRendered(q.note!, "note", {});
          checkRendered(q.noteJa!, "note", {});
        } else expect(q.note).toBeNull();
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    for (const code of seen) expect(AWARD_MESSAGE_CODES, code).toContain(code);
  });

  test("data checks of an itinerary come as issues with both languages", () => {
    const issues = renderIssues([{ path: "segments.0.to", code: "itinerary.unknownAirport", params: { code: "QQQ" } }]);
    expect(issues).toEqual([{ path: "segments.0.to", message: "Unknown airport QQQ.", messageJa: "不明な空港コードです: QQQ" }]);
  });
});
