// The embed snippet's iframe title in both languages: the snippet's language is chosen in
// the panel, so its title must follow that choice, not the page's language.
import "server-only";
import { getTranslations } from "next-intl/server";

export type EmbedTitles = { en: string; ja: string };

/** `namespace`'s "title" message in English and Japanese. */
export async function embedTitles(namespace: string): Promise<EmbedTitles> {
  const [en, ja] = await Promise.all((["en", "ja"] as const).map(async (locale) => (await getTranslations({ locale, namespace }))("title")));
  return { en, ja };
}
