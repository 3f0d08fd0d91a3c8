// /safety/[code]: one airline's safety rating, its ratings across the years the dataset
// covers ("no data" where none is known, which is not "not rated"), its alliance with
// membership dates, and where to go next. Unknown or malformed code: the 404 page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Provenance } from "@/app/_components/provenance";
import { ZAirlineCode } from "@/lib/calculators/safety/schema";
import { getSafetyAirlinePage } from "@/lib/db/queries/safety";
import { Change } from "../_components/change";
import { AllianceName, RankMark, Rating } from "../_components/rating";
import { HistoryTable } from "./_components/history-table";
import { Memberships } from "./_components/memberships";
import styles from "../safety.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function load(params: Props["params"]) {
  const code = ZAirlineCode.safeParse((await params).code);
  if (!code.success) return null;
  const lang = (await getLocale()) === "ja" ? "ja" : "en";
  return { lang, page: await getSafetyAirlinePage(code.data, lang) } as const;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("safety.airline");
  const loaded = await load(params);
  if (!loaded?.page) return { title: t("notFoundTitle") };
  return { title: t("metaTitle", { name: loaded.page.airline.name }) };
}

export default async function SafetyAirlinePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded?.page) notFound();
  const { lang, page } = loaded;
  const { airline, years, memberships } = page;
  const t = await getTranslations("safety.airline");
  const ts = await getTranslations("safety");
  const other = lang === "ja" ? (airline.nameJa ? airline.nameEn : null) : airline.nameJa;
  const country = airline.country ? new Intl.DisplayNames([lang], { type: "region" }).of(airline.country) : null;

  return (
    <>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/safety">{ts("title")}</Link> <span aria-hidden="true">›</span> <span aria-current="page">{airline.code}</span>
      </nav>
      <h1>{airline.name}</h1>
      <p className={styles.subtitle}>
        {other && <span lang={lang === "ja" ? "en" : "ja"}>{other}</span>}
        <span>{t("codeLabel", { code: airline.code })}</span>
        {country && <span>{country}</span>}
      </p>

      <section aria-labelledby="current-heading" className={`result ${styles.current}`} data-testid="safety-current">
        <h2 id="current-heading">{airline.year === null ? t("currentHeadingNoYear") : t("currentHeading", { year: String(airline.year) })}</h2>
        <p className="result-big">
          <Rating status={airline.status} stars={airline.stars} size={26} />
        </p>
        {/* The row's own note says why it is unrated (e.g. Russian airlines); else the general meaning. */}
        {airline.note && <p data-testid="safety-note">{airline.note}</p>}
        {airline.status === "unrated" && !airline.note && <p>{ts("notRatedHelp")}</p>}
        {airline.status === "noData" && <p>{ts("noDataHelp")}</p>}
        {(airline.top25 || airline.rankList !== null) && <p><RankMark rank={airline.rank} rankList={airline.rankList} top25={airline.top25} year={airline.year} /></p>}
        {airline.change && <p>{t("changeLabel")}: <Change change={airline.change} /></p>}
        <p>{t("allianceLabel")}: <AllianceName alliance={airline.alliance} role={airline.allianceRole} /></p>
        {airline.source && (
          <Provenance source={airline.source} confidence={airline.confidence} effectiveFrom={ts("yearValue", { year: String(airline.year ?? "") })} label={ts("ratingsSource", { year: String(airline.year ?? "") })} />
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("historyHeading")}</h2>
        <HistoryTable years={years} />
      </section>

      <section aria-labelledby="alliance-heading">
        <h2 id="alliance-heading">{t("allianceHeading")}</h2>
        <Memberships memberships={memberships} />
        <Provenance source={airline.airlineSource} label={t("airlineSource")} />
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t("nextHeading")}</h2>
        <ul className={styles.links}>
          <li><Link href="/awards">{t("awardsLink")}</Link></li>
          <li><Link href="/safety">{t("allLink")}</Link></li>
          <li><Link href="/">{t("homeLink")}</Link></li>
        </ul>
      </section>
    </>
  );
}
