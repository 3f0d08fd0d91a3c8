import { getTranslations } from "next-intl/server";

const SOURCES = [
  { key: "jal", href: "https://www.jal.co.jp/jp/en/jmb/award/" },
  { key: "ba", href: "https://www.britishairways.com/en-gb/executive-club/spending-avios" },
  { key: "airlineRatings", href: "https://www.airlineratings.com/" },
  { key: "ourAirports", href: "https://ourairports.com/data/" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="site-footer">
      <div className="container">
        <h2 className="footer-heading">{t("sourcesHeading")}</h2>
        <ul className="sources">
          {SOURCES.map((s) => (
            <li key={s.key}>
              <a href={s.href} rel="noopener noreferrer" target="_blank">
                {t(`sources.${s.key}`)}
              </a>
            </li>
          ))}
          <li>{t("sources.seed")}</li>
        </ul>
        <p className="disclaimer">{t("disclaimer")}</p>
      </div>
    </footer>
  );
}
