// /safety: AirlineRatings.com safety stars of every airline in the dataset, filtered by
// a GET form (alliance, minimum stars, search in English or Japanese or by code, year).
// Server-rendered: works without JavaScript, and the filtered view is a shareable URL.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Provenance } from "@/app/_components/provenance";
import { getSafetyOverview } from "@/lib/db/queries/safety";
import { FilterForm } from "./_components/filter-form";
import { RatingsTable } from "./_components/ratings-table";
import { tableRows } from "./_lib/table-rows";
import { AboutStars } from "./_components/about-stars";
import { parseFilters } from "./_lib/filters";
import styles from "./safety.module.css";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { DataAge } from "@/app/_components/data-age";
import { safetyAsOf, staleAfterMonths } from "@/lib/db/queries/data-age";
import { embedTitles } from "@/app/_components/embed/embed-titles";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("safety");
  return { title: t("metaTitle"), description: t("lead") };
}

export default async function SafetyPage({ searchParams }: Props) {
  const t = await getTranslations("safety");
  const lang = (await getLocale()) === "ja" ? "ja" : "en";
  const { filters, invalid } = parseFilters(await searchParams);
  const { list, years, total, sources } = await getSafetyOverview({ ...filters, lang });
  const asOf = await safetyAsOf(list.year);
  // The table's rows travel twice (HTML and the client payload): only what it shows.
  const table = tableRows(list.airlines, lang);
  const counts = { rated: 0, unrated: 0, noData: 0 };
  for (const a of list.airlines) counts[a.status]++;
  const filtered = Object.keys(filters).some((k) => k !== "year");
  // The change column only when the dataset has a year before the one shown.
  const showChange = list.year !== null && years.some((y) => y < list.year!);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <a href="#about-heading">{t("about.heading")}</a>
      </p>
      <FilterForm values={{ ...filters, year: list.year }} years={years} invalid={invalid} />

      <section aria-labelledby="results-heading" className={styles.results}>
        <h2 id="results-heading">{list.year === null ? t("resultsHeadingNoYear") : t("resultsHeading", { year: String(list.year) })}</h2>
        <p className={styles.counts} data-testid="safety-count" role="status">
          {t("count", { shown: list.airlines.length, total })}{" "}
          <span className="muted">{t("countBreakdown", counts)}</span>
        </p>
        <DataAge asOf={asOf} months={staleAfterMonths()} />
        {list.airlines.length === 0 ? (
          <p className={styles.empty}>
            {filtered ? t("empty") : t("emptyYear")}{" "}
            <Link href="/safety">{t("filters.reset")}</Link>
          </p>
        ) : (
          <>
            {table.sharedNotes.map(({ note, count }) => (
              <p key={note} className="muted" data-testid="safety-shared-note">
                {t("sharedNote", { note, count })}
              </p>
            ))}
            <RatingsTable airlines={table.rows} year={list.year} showChange={showChange} />
          </>
        )}
        {sources.map((s) => (
          <Provenance key={s.source} source={s.source} confidence={s.confidence} effectiveFrom={t("yearValue", { year: String(list.year ?? "") })} label={t("ratingsSource", { year: String(list.year ?? "") })} />
        ))}
      </section>

      <AboutStars />
      <EmbedThis
        path="/embed/safety"
        title={await embedTitles("safety")}
        query={new URLSearchParams(Object.entries(filters).flatMap(([k, v]) => (v === undefined || k === "year" ? [] : [[k, String(v)]]))).toString()}
      />
    </>
  );
}
