// One ticket of an optimized plan: its route, program and award type in the page's
// language, price, value at the user's valuation, the stopovers it uses, and the
// chart(s) it was priced from with their source, date and confidence.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { TOptimizedTicket, TOptimizeResponse } from "@/lib/calculators/optimizer";
import { awardName, currencyName } from "../results/awards-table";
import styles from "./optimize.module.css";

/** "NRT–HEL–LHR"; an open jaw (arrive at one airport, leave from another) as "LHR/LGW". */
export function routeText(ticket: Pick<TOptimizedTicket, "segments">, segments: TOptimizeResponse["segments"]): string {
  const out: string[] = [];
  for (const i of ticket.segments) {
    const s = segments[i];
    if (!s) continue;
    if (!out.length) out.push(s.from);
    else if (out.at(-1) !== s.from) out[out.length - 1] = `${out.at(-1)}/${s.from}`;
    out.push(s.to);
  }
  return out.join("–");
}

export function TicketCard(props: { n: number; ticket: TOptimizedTicket; segments: TOptimizeResponse["segments"]; programs: Record<string, string>; centsPerPoint: number | null }) {
  const t = useTranslations("optimize.result");
  const ta = useTranslations("awards");
  const f = useFormatter();
  const ja = useLocale() === "ja";
  const { ticket } = props;
  const charts = [...new Map((ticket.chart ? [ticket.chart, ...ticket.charts] : ticket.charts).map((c) => [`${c.key}|${c.effectiveFrom}`, c])).values()];
  const { used, allowed } = ticket.usage.stopovers;
  return (
    <li className={`${styles.ticket} ${styles[ticket.program] ?? ""}`} data-testid="optimize-ticket" data-program={ticket.program}>
      <h4>
        {t("ticket", { n: props.n })} · {props.programs[ticket.program] ?? ticket.program}
      </h4>
      <p className={styles.route}>{routeText(ticket, props.segments)}</p>
      <p>{awardName(ta, ticket)}</p>
      <p className={styles.price}>{ticket.priceKind === "estimate" ? ta("results.priceEstimate", { price: ticket.price, currency: currencyName(ta, ticket) }) : t("price", { price: ticket.price, currency: currencyName(ta, ticket) })}</p>
      {ticket.priceRange ? <p className="muted">{ta("results.range", { min: ticket.priceRange.min, max: ticket.priceRange.max })}</p> : null}
      {props.centsPerPoint !== null ? <p>{t("value", { usd: f.number(ticket.cents / 100, { style: "currency", currency: "USD" }), cents: props.centsPerPoint })}</p> : null}
      <p>{allowed === null ? t("stopoversNoLimit", { used }) : t("stopoversUsed", { used, allowed })}</p>
      {ticket.stopovers.length ? <p>{t("stopoversAt", { places: ticket.stopovers.join(ja ? "、" : ", ") })}</p> : null}
      {ticket.warnings.length ? (
        <ul>
          {ticket.warnings.map((w, i) => (
            <li key={i} className="warn">
              {ja ? w.messageJa : w.message}
            </li>
          ))}
        </ul>
      ) : null}
      {charts.map((c) => (
        <Provenance key={`${c.key}|${c.effectiveFrom}`} label={ta("results.chartLabel", { name: ja ? c.nameJa : c.name })} source={c.source} effectiveFrom={c.effectiveFrom} confidence={c.confidence} />
      ))}
    </li>
  );
}
