// The results of a check, rendered on the server from the quote: the best award (with
// the value of its points and where that value comes from), notes on the itinerary,
// the stops, the flights and every award type.
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { RenderedQuoteResponse as QuoteResponse } from "@/lib/i18n/award-messages";
import { AwardsTable, awardName, currencyName } from "./awards-table";
import { SegmentsTable } from "./segments-table";
import { StopsList } from "./stops-list";
import type { ResultExtras } from "./types";
import styles from "../awards.module.css";

export function QuoteResults({ quote, extras, map }: { quote: QuoteResponse; extras: ResultExtras; map?: ReactNode }) {
  const t = useTranslations("awards");
  const ja = useLocale() === "ja";
  const best = quote.best;
  const validCount = quote.quotes.filter((q) => q.valid).length;
  const valuation = best ? extras.valuations.find((v) => v.currency === best.currency) : undefined;
  return (
    <>
      <div className={`result ${styles.summary}`} data-testid="awards-best">
        {best ? (
          <>
            <h3>{t("results.bestHeading")}</h3>
            <p className="result-big">
              {t("results.best", { program: extras.names.programs[best.program] ?? best.program, award: awardName(t, best), price: best.price, currency: currencyName(t, { program: best.program, currency: best.currency }) })}
            </p>
            {best.priceKind === "estimate" ? <p>{t("results.bestIsEstimate")}</p> : null}
            {best.estimateDecides ? <p className="warn">{t("results.bestEstimate")}</p> : null}
            {best.valueUsd !== null && valuation ? (
              <>
                <p>{t("results.bestValue", { usd: best.valueUsd, cents: valuation.centsPerPoint })}</p>
                <Provenance label={t("results.valuationLabel")} source={valuation.source} effectiveFrom={valuation.effectiveFrom} confidence={valuation.confidence} />
              </>
            ) : null}
          </>
        ) : validCount ? (
          // The table shows allowed awards without a price: say that, not "none allowed".
          <p>{t("results.noneValidUnpriced", { count: validCount })}</p>
        ) : (
          <p>{t("results.noneValid")}</p>
        )}
        <p className="muted">{t("results.asOf", { date: quote.asOf })}</p>
      </div>
      {quote.warnings.length ? (
        <section aria-labelledby="itinerary-warnings-heading">
          <h3 id="itinerary-warnings-heading">{t("results.warnings")}</h3>
          <ul>
            {quote.warnings.map((w, i) => (
              <li key={i} className="warn">
                {ja ? w.messageJa : w.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StopsList stops={quote.stops} names={extras.names} />
      {map}
      <SegmentsTable quote={quote} extras={extras} />
      <AwardsTable response={quote} names={extras.names} />
    </>
  );
}
