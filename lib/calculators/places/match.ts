// How well one entry's words match a query: the ranks shared by airport and airline search.
import { foldForSearch } from "@/lib/text/fold";

/** Lower is better. */
export const RANK = { code: 0, metro: 1, exact: 2, prefix: 3, words: 4, contains: 5, typo: 6 } as const;

/** Words that name the kind of place, not the place: "Narita airport" is "Narita". */
const NOISE = /^(airport|airports|international|intl|aeropuerto|aeroport|flughafen|空港|国際空港|飛行場)$/;
const JA_NOISE = /(国際空港|空港|飛行場)$/u;

export type Folded = { whole: string[]; words: string[] };

/** Folds an entry's texts once: whole fields, and their separate words for prefixes and typos. */
export function foldFields(texts: readonly string[]): Folded {
  const whole = texts.map(foldForSearch).filter(Boolean);
  const words = texts.flatMap((t) => t.split(/[\s,/()\-・]+/u)).map(foldForSearch).filter((w) => w.length > 1);
  return { whole, words: [...new Set(words)] };
}

export type Query = { whole: string; words: string[]; code: string };

/** The query folded as a whole, as its meaningful words, and as a code (upper case). */
export function foldQuery(query: string): Query {
  const code = foldForSearch(query).toUpperCase(); // full-width ＮＲＴ is NRT
  const words = query
    .split(/[\s,/()\-・]+/u)
    .map(foldForSearch)
    .filter((w) => w && !NOISE.test(w));
  const whole = foldForSearch(query).replace(JA_NOISE, "") || foldForSearch(query);
  return { whole, words, code };
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The best text rank for the query, or null when nothing matches (codes are checked by the caller). */
export function textRank(f: Folded, q: Query): number | null {
  if (!q.whole && q.words.length === 0) return null;
  if (q.whole && f.whole.some((w) => w === q.whole)) return RANK.exact;
  if (q.whole && f.whole.some((w) => w.startsWith(q.whole))) return RANK.prefix;
  if (q.words.length > 0 && q.words.every((qw) => f.words.some((w) => w.startsWith(qw)))) return RANK.words;
  if (q.whole && f.whole.some((w) => w.includes(q.whole))) return RANK.contains;
  // One typo per word, only in words long enough that one edit still says which place.
  if (q.words.length > 0 && q.words.every((qw) => f.words.some((w) => w.startsWith(qw) || (qw.length >= 5 && (withinOneEdit(qw, w) || withinOneEdit(qw, w.slice(0, qw.length)))))))
    return RANK.typo;
  return null;
}
