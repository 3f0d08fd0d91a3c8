"use client";
// "Check" / "Optimize": two links (keyboard and middle-click work as links do) that keep
// the itinerary and the valuations and change only `view`; the open view is marked
// aria-current. Inside /embed/awards they stay in the embed (useHere).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useHere } from "@/app/_components/embed/here";
import { serializeViewQuery, type AwardsView } from "@/lib/awards/view-url";
import styles from "./optimize/optimize.module.css";

export function ViewSwitch(props: { view: AwardsView; itineraryQuery: string; valuationText: Record<string, string> }) {
  const t = useTranslations("optimize.view");
  const here = useHere();
  const href = (view: AwardsView) => here([props.itineraryQuery, serializeViewQuery(view, props.valuationText)].filter(Boolean).join("&"));
  return (
    <nav aria-label={t("label")} className={styles.switch} data-testid="awards-view-switch">
      {(["check", "optimize"] as const).map((view) => (
        <Link key={view} href={href(view)} scroll={false} aria-current={props.view === view ? "page" : undefined} className={props.view === view ? styles.current : styles.tab}>
          {t(view)}
        </Link>
      ))}
    </nav>
  );
}
