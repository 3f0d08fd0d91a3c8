// The price cell of one award and the lines under it: how sure the price is (published
// chart, derived, estimate with its range), every season's price where the season
// calendar is not stored, and a published cash part. A valid award without a price
// says so in words that cannot read as "free" (the note says why).
import { useTranslations } from "next-intl";
import type { AwardQuote } from "@/lib/calculators/awards";
import { currencyName } from "./awards-table";

type T = ReturnType<typeof useTranslations<"awards">>;

export function PriceCell({ q }: { q: AwardQuote }) {
  const t = useTranslations("awards");
  if (!q.valid) return <span className="muted">{t("results.noPrice")}</span>;
  if (q.price === null) return <span className="muted">{t("results.noPriceValid")}</span>;
  const currency = currencyName(t, q);
  return (
    <>
      <span data-testid="price">{q.priceKind === "estimate" ? t("results.priceEstimate", { price: q.price, currency }) : t("results.price", { price: q.price, currency })}</span>
      {q.priceRange ? (
        <>
          <br />
          <small className="muted">{t("results.range", { min: q.priceRange.min, max: q.priceRange.max })}</small>
        </>
      ) : null}
    </>
  );
}

function seasonText(t: T, s: NonNullable<AwardQuote["seasons"]>[number]): string {
  const season = t(`results.seasonName.${s.season}`);
  return s.priceRange ? t("results.seasonRange", { season, price: s.price, min: s.priceRange.min, max: s.priceRange.max }) : t("results.seasonPrice", { season, price: s.price });
}

/** Kind and confidence, seasons and cash, for the detail row (nothing for an unpriced award). */
export function PriceDetails({ q }: { q: AwardQuote }) {
  const t = useTranslations("awards");
  if (!q.valid || q.price === null || !q.priceKind) return null;
  const what = (w: string) => (t.has(`results.cashWhat.${w}`) ? t(`results.cashWhat.${w}`) : t("results.cashWhat.fee"));
  return (
    <p className="muted" data-testid="price-details">
      {t(`results.kind.${q.priceKind}`)}
      {q.confidence ? <> · {t("results.confidence", { level: t(`results.confidenceLevel.${q.confidence}`) })}</> : null}
      {q.seasons?.length ? <> · {t("results.seasons", { list: q.seasons.map((s) => seasonText(t, s)).join(" / ") })}</> : null}
      {q.cash.map((c, i) => (
        <span key={i}> · {t("results.cash", { amount: c.amount, what: what(c.what) })}</span>
      ))}
    </p>
  );
}
