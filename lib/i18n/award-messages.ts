// The award engine's words. The engine (lib/calculators/awards) returns every violation,
// warning, note and data check as a stable code with plain JSON parameters; the sentences
// live in messages/{en,ja}/award-rules.json (ICU MessageFormat). This is the one place
// they are put together, at the boundary: the API route handlers and the /awards page
// (and its embed) render here, so both languages read the same facts. Pure: no React.
//
// Parameters the catalogue names are rendered per language before they go in:
//   award ("JAL.partner"; with onCarrier/onCarrierName: "…on Vistara (UK)"), cabin,
//   alliance(s), item (a stop or a surface sector), items (unpublished segments),
//   allowances (Asia Miles' round-trip choices), points ({ amount, program }: "60,000 JAL miles" /
//   "60,000 JALマイル"), currency ({ program, name }), ticket ({ n, awardName }), flight, arrivesAt/departsAt (local times),
//   country/origin (ISO codes -> "Japan" / "日本"), lists (joined), and `<name>Ja`
//   twins (chart names) chosen on Japanese pages; ISO dates read as 2025年12月15日 in Japanese.
import { _createCache, createTranslator } from "use-intl/core";
import en from "@/messages/en/award-rules.json";
import ja from "@/messages/ja/award-rules.json";
import { localTimeText } from "@/lib/calculators/awards/local-time-text";
import { fastIntlFormatters } from "./intl-formatters";
import type { AwardQuote, Coded, ItineraryIssue, Message, MessageParam, MessageParams, QuoteResponse, Violation, Warning } from "@/lib/calculators/awards";

export type AwardLocale = "en" | "ja";
type Catalogue = typeof en;
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The groups of the catalogue whose entries are messages the engine can name by code. */
const MESSAGE_GROUPS = ["violation", "chart", "rules", "itinerary", "note", "basis", "priceNote", "suggestion", "optimize"] as const;

/** Every code the engine and the optimizer can emit ("violation.maxSegments", "chart.bandEdge", "suggestion.noAward", ...). */
export const AWARD_MESSAGE_CODES: readonly string[] = MESSAGE_GROUPS.flatMap((g) => Object.keys(en[g]).map((k) => `${g}.${k}`));

const catalogues: Record<AwardLocale, Catalogue> = { en, ja };
const translators = new Map<AwardLocale, Translate>();

function translator(locale: AwardLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    // A cache keeps each message's compiled form: without it every call parses the ICU text again.
    const cache = _createCache();
    t = createTranslator({ locale, messages: { m: catalogues[locale] } as never, namespace: "m" as never, _cache: cache, _formatters: fastIntlFormatters(cache) }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

function isRecord(v: MessageParam | undefined): v is { readonly [key: string]: MessageParam } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function lookup(table: Record<string, unknown>, key: string): string | null {
  const v = table[key];
  return typeof v === "string" ? v : null;
}

/** "JAL.partner" -> "a JAL partner award" / "提携航空会社特典航空券" (unknown: as given). */
export function awardNameText(key: string, locale: AwardLocale): string {
  const [program, award] = key.split(".");
  const names = catalogues[locale].awards as Record<string, Record<string, string>>;
  return names[program]?.[award] ?? key;
}

/** A booking or chart date as the engine gives it (ISO); Japanese pages read it as 2025年12月15日. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const regionNames = new Map<AwardLocale, Intl.DisplayNames>();

/** "JP" -> "Japan" / "日本" (an unknown code stays as given). */
export function countryName(code: string, locale: AwardLocale): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "JAL.oneworld" -> "JAL oneworld award" / "ワンワールド特典航空券" (no article, for "one …"). */
export function awardBareName(key: string, locale: AwardLocale): string {
  const [program, award] = key.split(".");
  const names = catalogues[locale].awardNames as Record<string, Record<string, string>>;
  return names[program]?.[award] ?? key;
}

/** A program's points as a traveller names them: "JAL miles" / "JALマイル". */
export function currencyText(program: string, fallback: string, locale: AwardLocale): string {
  return lookup(catalogues[locale].currencies, program) ?? fallback;
}

function list(values: readonly MessageParam[], locale: AwardLocale, map: (v: string) => string = (v) => v): string {
  const c = catalogues[locale].parts;
  return values.length ? values.map((v) => map(String(v))).join(c.listSeparator) : c.none;
}

function allowanceText(a: { readonly [key: string]: MessageParam }, locale: AwardLocale): string {
  const t = translator(locale);
  const parts: string[] = [];
  const n = (k: string) => (typeof a[k] === "number" ? (a[k] as number) : 0);
  if (n("stopovers")) parts.push(t("parts.allowanceStopovers", { n: n("stopovers") }));
  if (n("transfers")) parts.push(t("parts.allowanceTransfers", { n: n("transfers") }));
  if (n("openJaws")) parts.push(t("parts.allowanceOpenJaws", { n: n("openJaws") }));
  return parts.join(catalogues[locale].parts.allowanceAnd) || catalogues[locale].parts.noStops;
}

/** The parameters as the catalogue's placeholders take them, in one language. */
function values(params: MessageParams, locale: AwardLocale): Record<string, string | number> {
  const c = catalogues[locale];
  const t = translator(locale);
  const out: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(params)) {
    let v: MessageParam = raw;
    const twin = params[`${key}Ja`];
    if (locale === "ja" && typeof twin === "string" && twin) v = twin;
    if (key === "award" && typeof v === "string") {
      const name = awardNameText(v, locale);
      out.award = typeof params.onCarrier === "string"
        ? t("parts.awardOnCarrier", { award: name, carrier: params.onCarrier, carrierName: String(params.onCarrierName ?? params.onCarrier) })
        : name;
    } else if (key === "awardName" && typeof v === "string") {
      out.awardName = awardBareName(v, locale);
    } else if (key === "flight" && isRecord(v)) {
      out.flight = t("parts.flight", values(v, locale));
    } else if (isRecord(v) && typeof v.amount === "number" && typeof v.program === "string") {
      out[key] = t("parts.points", { amount: v.amount, currency: currencyText(v.program, String(v.currency ?? v.program), locale) });
    } else if (key === "currency" && isRecord(v) && typeof v.program === "string") {
      out.currency = currencyText(v.program, String(v.name ?? v.program), locale);
    } else if (key === "ticket" && isRecord(v)) {
      out.ticket = t("parts.ticket", values(v, locale));
    } else if (key === "reason" && isRecord(v) && typeof v.code === "string" && isRecord(v.params)) {
      out.reason = renderCoded({ code: v.code, params: v.params }, locale);
    } else if (key === "cabin" && typeof v === "string") {
      out.cabin = lookup(c.cabins, v) ?? v;
    } else if ((key === "country" || key === "origin") && typeof v === "string") {
      out[key] = countryName(v, locale);
    } else if (key === "alliance" && typeof v === "string") {
      out.alliance = lookup(c.alliances, v) ?? v;
    } else if (key === "alliances" && Array.isArray(v)) {
      out.alliances = list(v, locale, (a) => lookup(c.alliances, a) ?? a);
    } else if (key === "item" && isRecord(v)) {
      out.item = v.kind === "surface" ? t("parts.surfaceSector", { place: String(v.place) }) : t("parts.stop", { place: String(v.place), hours: Number(v.hours) });
    } else if (key === "items" && Array.isArray(v)) {
      out.items = v.filter(isRecord).map((x) => t("parts.missingSegment", values(x, locale))).join(c.parts.itemSeparator);
    } else if (key === "allowances" && Array.isArray(v)) {
      out.allowances = v.filter(isRecord).map((a) => allowanceText(a, locale)).join(c.parts.allowanceOr);
    } else if (isRecord(v) && typeof v.local === "string") {
      out[key] = localTimeText(v.local, { iata: String(v.airport), city: String(v.city) }, locale);
    } else if (Array.isArray(v)) {
      out[key] = list(v, locale);
    } else if (typeof v === "string" && locale === "ja" && ISO_DATE.test(v)) {
      out[key] = `${Number(v.slice(0, 4))}年${Number(v.slice(5, 7))}月${Number(v.slice(8, 10))}日`;
    } else if (typeof v === "number" || typeof v === "string") {
      out[key] = v;
    } else if (typeof v === "boolean") {
      out[key] = String(v);
    } else {
      out[key] = "";
    }
  }
  return out;
}

/** One coded message in one language. English starts with a capital, as a sentence does. */
export function renderCoded(m: Coded, locale: AwardLocale): string {
  const text = translator(locale)(m.code, values(m.params, locale));
  return locale === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** English with its Japanese twin (api.md "Messages"). */
export function renderMessage(m: Coded): Message {
  return { message: renderCoded(m, "en"), messageJa: renderCoded(m, "ja") };
}

/** Several messages as one paragraph in each language (a quote's `note`/`noteJa`). */
export function renderNotes(notes: readonly Coded[]): { note: string | null; noteJa: string | null } {
  if (!notes.length) return { note: null, noteJa: null };
  return {
    // English sentences are spaced; Japanese sentences follow each other directly.
    note: notes.map((n) => renderCoded(n, "en")).join(" "),
    noteJa: notes.map((n) => renderCoded(n, "ja")).join(""),
  };
}

export type RenderedViolation = Violation & Message;
export type RenderedWarning = Warning & Message;

export interface RenderedAwardQuote extends Omit<AwardQuote, "violations" | "warnings"> {
  violations: RenderedViolation[];
  warnings: RenderedWarning[];
  note: string | null;
  noteJa: string | null;
}

export interface RenderedQuoteResponse extends Omit<QuoteResponse, "quotes" | "warnings"> {
  quotes: RenderedAwardQuote[];
  warnings: RenderedWarning[];
}

export function renderViolation(v: Violation): RenderedViolation {
  return { ...v, ...renderMessage(v) };
}

export function renderWarning(w: Warning): RenderedWarning {
  return { ...w, ...renderMessage(w) };
}

export function renderAwardQuote(q: AwardQuote): RenderedAwardQuote {
  return { ...q, violations: q.violations.map(renderViolation), warnings: q.warnings.map(renderWarning), ...renderNotes(q.notes) };
}

/** A quote as the API and the page give it: every code with its words in English and Japanese. */
export function renderQuote(r: QuoteResponse): RenderedQuoteResponse {
  return { ...r, quotes: r.quotes.map(renderAwardQuote), warnings: r.warnings.map(renderWarning) };
}

/** Data checks of an itinerary as the API's issues (path, message) plus the Japanese. */
export function renderIssues(issues: readonly ItineraryIssue[]): { path: string; message: string; messageJa: string }[] {
  return issues.map((i) => ({ path: i.path, ...renderMessage(i) }));
}
