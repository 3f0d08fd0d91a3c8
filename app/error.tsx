"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section className="message-page" role="alert">
      <h1>{t("serverTitle")}</h1>
      <p>{t("serverBody")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
