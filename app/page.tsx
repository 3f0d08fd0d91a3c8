import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CALCULATORS, isReady } from "./_components/nav-items";

export default async function HomePage() {
  const t = await getTranslations("home");
  const c = await getTranslations("common");
  return (
    <>
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
      </section>
      <section aria-labelledby="calculators-heading">
        <h2 id="calculators-heading">{t("calculatorsHeading")}</h2>
        <ul className="card-grid">
          {CALCULATORS.map((calc) => {
            const ready = isReady(calc.href);
            const body = (
              <>
                <span className="card-icon" aria-hidden="true">
                  {calc.icon}
                </span>
                <h3>{t(`calculators.${calc.key}.title`)}</h3>
                <p>{t(`calculators.${calc.key}.promise`)}</p>
                {!ready && <span className="badge">{c("comingSoon")}</span>}
              </>
            );
            return (
              <li key={calc.key} className={ready ? "card" : "card card-soon"} data-testid={`calculator-${calc.key}`}>
                {ready ? (
                  <Link href={calc.href} className="card-link">
                    {body}
                  </Link>
                ) : (
                  <div>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
        <p className="muted">{t("dataNote")}</p>
      </section>
      <section aria-labelledby="for-whom-heading">
        <h2 id="for-whom-heading">{t("forWhomHeading")}</h2>
        <ul className="for-whom">
          <li>{t("forWhom.travelers")}</li>
          <li>{t("forWhom.promotions")}</li>
          <li>{t("forWhom.bloggers")}</li>
        </ul>
      </section>
    </>
  );
}
