// /embed/safety: the airline safety lookup as a widget. Inputs from the query
// (q, alliance, minStars, year; lang and theme are read by the proxy and layout),
// a GET search form, the matching airlines with their stars, and a link to /safety.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getSafetyOverview } from "@/lib/db/queries/safety";
import { parseFilters } from "@/app/safety/_lib/filters";
import { Rating } from "@/app/safety/_components/rating";
import { Provenance } from "@/app/_components/provenance";
import { OpenInTabiji } from "@/app/_components/embed/open-in-tabiji";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("safety");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SafetyEmbed({ searchParams }: Props) {
  const t = await getTranslations("safety");
  const lang = (await getLocale()) === "ja" ? "ja" : "en";
  const params = await searchParams;
  const { filters } = parseFilters(params);
  const { list, sources } = await getSafetyOverview({ ...filters, lang });
  const shown = list.airlines.slice(0, 12);
  const passOn = new URLSearchParams();
  for (const k of ["q", "alliance", "minStars", "year"] as const) if (filters[k] !== undefined) passOn.set(k, String(filters[k]));
  for (const k of ["lang", "theme", "parent"]) {
    const v = params[k];
    if (typeof v === "string" && v.length <= 200) passOn.set(k, v);
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <form method="get" role="search" className="form-row">
        <label className="field">
          <span>{t("filters.q")}</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </label>
        {["lang", "theme", "parent"].map((k) => (typeof params[k] === "string" ? <input key={k} type="hidden" name={k} value={params[k] as string} /> : null))}
        <button type="submit">{t("filters.submit")}</button>
      </form>
      <ul data-testid="embed-safety-results" style={{ listStyle: "none", padding: 0 }}>
        {shown.map((a) => (
          <li key={a.code} style={{ padding: "0.35rem 0", borderBottom: "1px solid var(--border)" }}>
            <strong>{a.name}</strong> <span className="muted">{a.code}</span> <Rating status={a.status} stars={a.stars} />
          </li>
        ))}
      </ul>
      {list.airlines.length > shown.length ? <p className="muted">{t("count", { shown: shown.length, total: list.airlines.length })}</p> : null}
      {sources.slice(0, 1).map((s) => (
        <Provenance key={s.source} source={s.source} confidence={s.confidence} />
      ))}
      <OpenInTabiji path="/safety" initialSearch={passOn.toString()} />
    </>
  );
}
