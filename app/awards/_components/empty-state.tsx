"use client";
// Shown before anything is checked: what the checker does, and two examples to try.
import Link from "next/link";
import { useHere } from "@/app/_components/embed/here";
import { useTranslations } from "next-intl";
import { EXAMPLES } from "@/lib/awards/examples";
import styles from "./awards.module.css";

/** viewQuery: the open view and valuations (view-url.ts), kept on the example links. */
export function EmptyState({ viewQuery = "" }: { viewQuery?: string }) {
  const t = useTranslations("awards.empty");
  const here = useHere();
  return (
    <div className={`result ${styles.empty}`} data-testid="awards-empty">
      <h3>{t("heading")}</h3>
      <p>{t("text")}</p>
      <p>{t("try")}</p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e.key}>
            <Link href={here([e.href.split("?")[1] ?? "", viewQuery].filter(Boolean).join("&"))}>{t(e.key)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
