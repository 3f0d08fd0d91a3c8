// The stops between the first departure and the last arrival, each with its kind as a
// badge (transfer / stopover / turnaround / open jaw) and its real elapsed hours.
import { useTranslations } from "next-intl";
import type { Stop } from "@/lib/calculators/awards";
import { splitMinutes } from "../../_lib/duration";
import type { ResultNames } from "./types";
import styles from "../awards.module.css";

export function StopsList({ stops, names }: { stops: readonly Stop[]; names: ResultNames }) {
  const t = useTranslations("awards");
  return (
    <section aria-labelledby="stops-heading">
      <h3 id="stops-heading">{t("results.stopsHeading")}</h3>
      {stops.length === 0 ? (
        <p>{t("results.noStops")}</p>
      ) : (
        <ol className={styles.stops} data-testid="stops">
          {stops.map((st) => (
            <li key={st.index} className={styles.stop} data-testid={`stop-${st.index}`} data-kind={st.kind}>
              <span className={`${styles.kind} ${styles[`kind_${st.kind}`]}`}>{t(`stopKinds.${st.kind}`)}</span>{" "}
              <strong>
                {st.openJaw
                  ? t("results.openJawPlace", { airport: st.airport, next: st.departsFrom })
                  : t("results.stopPlace", { airport: st.airport, city: names.cities[st.airport] ?? "" })}
              </strong>{" "}
              <span className={styles.hours}>{t("results.hours", { hours: st.hours })}</span>{" "}
              <span className="muted">({t("results.duration", splitMinutes(st.minutes))})</span>
            </li>
          ))}
        </ol>
      )}
      <p className="hint muted">{t("results.stopKindHelp")}</p>
    </section>
  );
}
