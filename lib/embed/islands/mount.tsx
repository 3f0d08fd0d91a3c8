// The client side of every embed island: reads the data the route handler put in the
// page, and renders the calculator's own components (the same ones the full page uses)
// with the page's messages. Built by scripts/build-embed.mjs with Preact standing in for
// React, so an embed loads a few dozen KB instead of Next's client runtime.
import type { ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { IntlProvider } from "use-intl";
import { EmbedResizer } from "@/app/_components/embed/embed-resizer";
import { OpenInTabiji } from "@/app/_components/embed/open-in-tabiji";
import { DataAge } from "@/app/_components/data-age";
import { openOutsideLinksInNewTab } from "./outside-links";
import { ISLAND_DATA_ID, ISLAND_ROOT_ID, type IslandData } from "./data";
import "@/app/globals.css";

export function mountIsland<P extends object>(View: ComponentType<P>): void {
  const dataEl = document.getElementById(ISLAND_DATA_ID);
  const root = document.getElementById(ISLAND_ROOT_ID);
  if (!dataEl || !root) return;
  const data = JSON.parse(dataEl.textContent ?? "null") as IslandData<P>;
  root.removeAttribute("aria-busy");
  root.textContent = "";
  createRoot(root).render(
    <IntlProvider locale={data.locale} messages={data.messages} timeZone={data.timeZone}>
      <View {...data.props} />
      {data.dataAge ? <DataAge asOf={data.dataAge.asOf} months={data.dataAge.months} /> : null}
      <OpenInTabiji path={data.fullPath} initialSearch={data.fullSearch} />
      <EmbedResizer />
    </IntlProvider>,
  );
  openOutsideLinksInNewTab(root);
}
