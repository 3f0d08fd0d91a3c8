// The small link at the bottom of every embed: the same calculator with the same
// inputs, on the full site, in a new tab (the embed's frame is someone else's page).
import { useTranslations } from "next-intl";

export function OpenInTabiji({ href }: { href: string }) {
  const t = useTranslations("embed");
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid="open-in-tabiji">
      {t("open")} ↗
    </a>
  );
}
