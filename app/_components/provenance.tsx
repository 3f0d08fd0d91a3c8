// Where a number came from: its source, the date it is effective from, and how sure we
// are. Shown under every price, rate or rating (brief: "numbers with provenance").
import { useTranslations } from "next-intl";

export type ProvenanceData = {
  source: string;
  effectiveFrom?: string | null;
  confidence?: "H" | "M" | "L" | string | null;
  label?: string;
};

function SourceText({ source }: { source: string }) {
  const url = /https?:\/\/[^\s;,)]+/.exec(source)?.[0];
  if (!url) return <>{source}</>;
  const [before, after] = [source.slice(0, source.indexOf(url)), source.slice(source.indexOf(url) + url.length)];
  return (
    <>
      {before}
      <a href={url} rel="noopener noreferrer" target="_blank">
        {url.replace(/^https?:\/\//, "")}
      </a>
      {after}
    </>
  );
}

export function Provenance({ source, effectiveFrom, confidence, label }: ProvenanceData) {
  const t = useTranslations("common");
  const level = confidence === "H" || confidence === "M" || confidence === "L" ? confidence : null;
  return (
    <p className="provenance">
      {label ? <strong>{label}: </strong> : null}
      {t("source")}: <SourceText source={source} />
      {effectiveFrom ? <> · {t("effectiveFrom", { date: effectiveFrom })}</> : null}
      {level ? <> · {t("confidence", { level: t(`confidenceLevel.${level}`) })}</> : null}
    </p>
  );
}
