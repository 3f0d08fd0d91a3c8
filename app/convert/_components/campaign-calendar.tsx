// The campaign calendar: current, upcoming and past campaigns from the database, each
// with its dates, bonus, entry rule, status and source, and a link that calculates with
// a day inside it (server component: the list is the same for every visitor today).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Provenance } from "@/app/_components/provenance";
import type { TCampaignCalendarEntry } from "@/lib/calculators/conversions";
import { dayFormatter } from "@/app/_components/form/format";
import { TableHead } from "@/app/_components/form/table-head";
import { bonusText } from "./campaign-text";
import { convertQuery } from "./params";
import styles from "./convert.module.css";

export async function CampaignCalendar(props: {
  entries: TCampaignCalendarEntry[];
  routes: { code: string; name: string; pointsPerUnit: number }[];
  today: string;
  /** The usual Ponta rate-up (stored as data: a month and a bonus, with a source), if known. */
  pattern?: { month: number; percent: number; source: string; confidence: string; effectiveFrom: string } | null;
  /** Day the campaign search was last done (the routes' verification), if known. */
  searchedOn?: string | null;
}) {
  const t = await getTranslations("convert");
  const locale = await getLocale();
  const day = dayFormatter(locale);
  const route = (code: string) => props.routes.find((r) => r.code === code);
  const lastEnd = props.entries.reduce<string | null>((max, c) => (max === null || c.end > max ? c.end : max), null);
  const monthName = (m: number) => new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-US", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, m - 1, 1)));
  return (
    <section aria-labelledby="calendar-heading" data-testid="campaign-calendar">
      <h2 id="calendar-heading">{t("calendar.heading")}</h2>
      <p className="muted">{t("calendar.lead", { today: day(props.today) })}</p>
      {lastEnd !== null && !props.entries.some((c) => c.status !== "past") && (
        <p className="warn" data-testid="no-campaign-known">
          {t("calendar.noneKnown", { lastEnd: day(lastEnd), searched: props.searchedOn ? day(props.searchedOn) : day(props.today) })}
        </p>
      )}
      {props.pattern && (
        <div data-testid="campaign-pattern">
          <h3>{t("calendar.patternHeading")}</h3>
          <p>{t("calendar.pattern", { percent: props.pattern.percent, month: monthName(props.pattern.month) })}</p>
          <Provenance source={props.pattern.source} confidence={props.pattern.confidence} label={t("calendar.patternSource")} />
        </div>
      )}
      {props.entries.length === 0 ? (
        <p>{t("calendar.empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className={styles.calendar}>
            <TableHead columns={(["campaign", "dates", "bonus", "entry", "status"] as const).map((k) => ({ label: t(`calendar.${k}`) }))} />
            <tbody>
              {props.entries.map((c) => {
                const unit = route(c.route)?.pointsPerUnit ?? 1;
                const tryHref = `/convert?${convertQuery({
                  mode: "quote",
                  route: c.route,
                  points: String(unit >= 100 ? unit * 5 : 10_001),
                  miles: "",
                  // A day inside the campaign that is not in the past, where possible.
                  date: c.status === "current" ? props.today : c.start,
                  campaignEntry: c.entryRequired,
                  eligible: true,
                })}`;
                return (
                  <tr key={c.code} data-testid={`campaign-${c.code}`}>
                    <td>
                      <strong>{locale === "ja" ? c.nameJa : c.name}</strong>
                      <br />
                      <span className="muted">{route(c.route)?.name ?? c.route}</span>
                      <Provenance source={c.source} effectiveFrom={c.effectiveFrom} confidence={c.confidence} />
                    </td>
                    <td data-label={t("calendar.dates")}>{t("campaign.period", { start: day(c.start), end: day(c.end) })}</td>
                    <td data-label={t("calendar.bonus")}>{bonusText(t, c, unit)}</td>
                    <td data-label={t("calendar.entry")}>{c.entryRequired ? t("calendar.required") : t("calendar.notRequired")}</td>
                    <td data-label={t("calendar.status")}>
                      <span className={styles[c.status]}>
                        {c.status === "current"
                          ? t("calendar.current", { days: c.daysLeft })
                          : c.status === "upcoming"
                            ? t("calendar.upcoming", { days: c.daysUntilStart })
                            : t("calendar.past")}
                      </span>
                      <br />
                      <Link href={tryHref}>{t("calendar.try")}</Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
