// The safety lookup as an embed shows it: a name/code search (a GET form, so each search
// is a new address the server answers) and the first airlines with their rating and the
// ratings' source. Rendered in the browser by the /embed/safety island.
import { useTranslations } from "next-intl";
import type { RatingStatus } from "@/lib/calculators/safety";
import { Provenance } from "@/app/_components/provenance";
import { Rating } from "./rating";

export type SafetyEmbedListProps = {
  q: string;
  /** lang/theme/parent of the embed's address, kept across searches. */
  keep: Record<string, string>;
  airlines: { code: string; name: string; status: RatingStatus; stars: number | null }[];
  total: number;
  source: { source: string; confidence: string } | null;
};

export function SafetyEmbedList({ q, keep, airlines, total, source }: SafetyEmbedListProps) {
  const t = useTranslations("safety");
  return (
    <>
      <form method="get" role="search" className="form-row">
        <label className="field">
          <span>{t("filters.q")}</span>
          <input type="search" name="q" defaultValue={q} maxLength={100} />
        </label>
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button type="submit">{t("filters.submit")}</button>
      </form>
      <ul data-testid="embed-safety-results" style={{ listStyle: "none", padding: 0 }}>
        {airlines.map((a) => (
          <li key={a.code} style={{ padding: "0.35rem 0", borderBottom: "1px solid var(--border)" }}>
            <strong>{a.name}</strong> <span className="muted">{a.code}</span> <Rating status={a.status} stars={a.stars} />
          </li>
        ))}
      </ul>
      {total > airlines.length ? <p className="muted">{t("count", { shown: airlines.length, total })}</p> : null}
      {source ? <Provenance source={source.source} confidence={source.confidence} /> : null}
    </>
  );
}
