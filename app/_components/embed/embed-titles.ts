// The embed snippet's iframe title in both languages: the snippet's language is chosen in
// the panel, so its title must follow that choice, not the page's language. Read from the
// catalogues directly: the request's own translator only knows the page's language.
import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";

export type EmbedTitles = { en: string; ja: string };

/** `namespace`'s "title" message in English and Japanese. */
export async function embedTitles(namespace: string): Promise<EmbedTitles> {
  const title = (locale: "en" | "ja") => (createTranslator({ locale, messages: loadMessages(locale), namespace }) as unknown as (key: string) => string)("title");
  return { en: title("en"), ja: title("ja") };
}
