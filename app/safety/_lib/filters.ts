// Reads the /safety filter form from the URL (a GET form, so a filtered view is a
// shareable address) with the API's own schema. A bad value is reported next to its
// field and ignored; the other filters still apply.
import { ZSafetyListRequest, type TSafetyListRequest } from "@/lib/calculators/safety/schema";

export const FILTER_KEYS = ["year", "alliance", "minStars", "q"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Omit<TSafetyListRequest, "lang">;

type SearchParams = Record<string, string | string[] | undefined>;

/** The raw text of each filter as typed (first value of a repeated key), for refilling the form. */
export function rawFilters(params: SearchParams): Partial<Record<FilterKey, string>> {
  const raw: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) raw[key] = first;
  }
  return raw;
}

/** Valid filters, and the keys whose values were rejected (at most one pass per key). */
export function parseFilters(params: SearchParams): { filters: Filters; invalid: FilterKey[] } {
  const raw = rawFilters(params);
  const invalid: FilterKey[] = [];
  for (let attempt = 0; attempt <= FILTER_KEYS.length; attempt++) {
    const result = ZSafetyListRequest.safeParse(raw);
    if (result.success) {
      const { lang: _lang, ...filters } = result.data;
      return { filters, invalid };
    }
    for (const issue of result.error.issues) {
      const key = FILTER_KEYS.find((k) => k === issue.path[0]);
      if (key && key in raw) {
        delete raw[key];
        if (!invalid.includes(key)) invalid.push(key);
      }
    }
  }
  return { filters: {}, invalid: [...FILTER_KEYS] };
}
