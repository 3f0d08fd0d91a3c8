// Every /embed/<calculator> page has the same shape: the calculator's title, the
// calculator rendered from the query's inputs, and "Open in Tabiji" to its full page.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { OpenInTabiji } from "@/app/_components/embed/open-in-tabiji";
import { queryString, type SearchParams } from "./search-params";

export function embedPage(opts: { namespace: string; titleKey?: string; metaKey?: string; fullPath: string; render: (params: SearchParams) => ReactNode | Promise<ReactNode> }) {
  const { namespace, titleKey = "title", metaKey = "metaTitle", fullPath, render } = opts;
  async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations(namespace);
    return { title: t(metaKey), robots: { index: false } };
  }
  async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const t = await getTranslations(namespace);
    const params = await searchParams;
    return (
      <>
        <h1>{t(titleKey)}</h1>
        {await render(params)}
        <OpenInTabiji path={fullPath} initialSearch={queryString(params)} />
      </>
    );
  }
  return { generateMetadata, EmbedPage };
}
