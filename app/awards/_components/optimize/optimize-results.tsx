// The Optimize view's results, rendered on the server from the optimizer's answer: the
// cheapest plan as tickets, its totals per currency (never added across currencies) and
// the value that ranked it, the route map, the flights no award covers, the alternatives,
// the suggestions and notes in the page's language, and the valuations (editable).
import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TOptimizeResponse } from "@/lib/calculators/optimizer";
import { currencyName } from "../results/awards-table";
import { routeText, TicketCard } from "./ticket-card";
import { ValuationsForm, type ValuationField, type YenRate } from "./valuations-form";
import styles from "./optimize.module.css";

type Totals = TOptimizeResponse["total"];

const SUGGESTION_KEYS: Record<string, string> = {
  "stopover.free": "stopoverFree",
  "band.overEdge": "bandOverEdge",
  "segment.blocksAward": "segmentBlocksAward",
  "segment.noAward": "segmentNoAward",
};

export interface OptimizeExtras {
  programs: Record<string, string>;
  valuationFields: ValuationField[];
  valuationsFormError: boolean;
  yen?: YenRate | null;
  itineraryQuery: string;
  map: ReactNode;
}

export function OptimizeResults({ result, extras }: { result: TOptimizeResponse; extras: OptimizeExtras }) {
  const t = useTranslations("optimize");
  const ta = useTranslations("awards");
  const f = useFormatter();
  const ja = useLocale() === "ja";
  const money = (cents: number | null) => (cents === null ? "—" : f.number(cents / 100, { style: "currency", currency: "USD" }));
  // A currency's name in the page's language, through the program that earns it.
  const programOf = new Map([...result.tickets, ...result.alternatives.flatMap((a) => a.tickets)].map((tk) => [tk.currency, tk.program]));
  const currencyLabel = (currency: string) => {
    const program = programOf.get(currency);
    return program ? currencyName(ta, { program, currency }) : currency;
  };
  const totalsText = (totals: Totals) => totals.map((x) => t("result.price", { price: x.price, currency: currencyLabel(x.currency) })).join(" + ");
  const cpp = (currency: string) => result.valuations.find((v) => v.currency === currency)?.centsPerPoint ?? null;
  const segs = (list: number[]) => list.map((i) => `${i + 1} (${result.segments[i]?.from}–${result.segments[i]?.to})`).join(ja ? "、" : ", ");

  return (
    <>
      <div className="result" data-testid="optimize-best">
        <h3>{t("result.heading")}</h3>
        {result.tickets.length ? (
          <>
            <h4 className="visually-hidden">{t("result.totalsHeading")}</h4>
            <ul className={styles.totals} data-testid="optimize-totals">
              {result.total.map((x) => (
                <li key={x.currency}>{t("result.price", { price: x.price, currency: currencyLabel(x.currency) })}</li>
              ))}
            </ul>
            {result.totalCents !== null ? <p>{t("result.rankedBy", { usd: money(result.totalCents), cents: f.number(result.totalCents) })}</p> : null}
            <ol className={styles.tickets}>
              {result.tickets.map((tk, k) => (
                <TicketCard key={tk.segments.join(",")} n={k + 1} ticket={tk} segments={result.segments} programs={extras.programs} centsPerPoint={cpp(tk.currency)} />
              ))}
            </ol>
          </>
        ) : (
          <p>{t("result.noPlan")}</p>
        )}
        {result.cashSegments.length ? <p className="warn">{t("result.cash", { segments: segs(result.cashSegments) })}</p> : null}
      </div>

      {extras.map}

      <section aria-labelledby="optimize-alternatives-heading" data-testid="optimize-alternatives">
        <h3 id="optimize-alternatives-heading">{t("alternatives.heading")}</h3>
        {result.alternatives.length ? (
          <ul className={styles.alternatives}>
            {result.alternatives.map((a, i) => (
              <li key={i}>
                <strong>{a.kind === "singleProgram" ? t("alternatives.singleProgram", { program: extras.programs[a.program ?? ""] ?? a.program ?? "" }) : t(`alternatives.${a.kind}`)}</strong>
                {": "}
                {a.tickets.map((tk) => `${routeText(tk, result.segments)} ${t("result.price", { price: tk.price, currency: currencyName(ta, tk) })}`).join(" · ")}
                <br />
                <span className="muted">
                  {t("alternatives.total", { totals: totalsText(a.total), usd: money(a.totalCents) })} — {t("alternatives.extra", { usd: money(a.extraCents) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("alternatives.none")}</p>
        )}
      </section>

      {result.suggestions.length ? (
        <section aria-labelledby="optimize-suggestions-heading" data-testid="optimize-suggestions">
          <h3 id="optimize-suggestions-heading">{t("suggestions.heading")}</h3>
          <ul>
            {result.suggestions.map((s, i) => (
              <li key={i}>
                <strong>{t(`suggestions.${SUGGESTION_KEYS[s.code] ?? "stopoverFree"}`)}</strong>: {ja ? s.ja : s.en}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.warnings.length ? (
        <section aria-labelledby="optimize-warnings-heading">
          <h3 id="optimize-warnings-heading">{t("result.warnings")}</h3>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i} className="warn">
                {ja ? w.ja : w.en}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="optimize-valuations-heading">
        <h3 id="optimize-valuations-heading">{t("valuations.heading")}</h3>
        <ValuationsForm key={extras.itineraryQuery + JSON.stringify(extras.valuationFields.map((v) => v.text))} fields={extras.valuationFields} itineraryQuery={extras.itineraryQuery} formError={extras.valuationsFormError} yen={extras.yen} />
      </section>
    </>
  );
}
