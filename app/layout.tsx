import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/site-header";
import { SiteFooter } from "./_components/site-footer";
import { EmbedResizer } from "./_components/embed/embed-resizer";
import { EMBED_HEADER, THEME_HEADER } from "@/lib/i18n/locale";
import { LAYOUT_NAMESPACES, pickMessages } from "@/lib/i18n/namespaces";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · Tabiji` }, description: t("description") };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const h = await headers();
  // Only the chrome's messages here; each route adds its own (app/<route>/layout.tsx).
  const messages = pickMessages(await getMessages(), LAYOUT_NAMESPACES);
  // /embed/** (marked by proxy.ts): the calculators are route handlers with their own small
  // page (lib/embed/islands); what still renders here (e.g. a 404 under /embed/) stays chrome-less.
  if (h.get(EMBED_HEADER) === "1") {
    const theme = h.get(THEME_HEADER);
    return (
      <html lang={locale} data-theme={theme === "light" || theme === "dark" ? theme : undefined}>
        <body className="embed">
          <NextIntlClientProvider messages={messages}>
            <main id="main">{children}</main>
            <EmbedResizer />
          </NextIntlClientProvider>
        </body>
      </html>
    );
  }
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="container" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
