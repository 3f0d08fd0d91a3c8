// What an embed's route handler hands to its island: everything the island renders,
// serialized as JSON into the page (no request back to the server to start).
import type { DataAsOf } from "@/lib/calculators/data-age";

export const ISLAND_DATA_ID = "tabiji-island-data";
export const ISLAND_ROOT_ID = "tabiji-island";

export type IslandData<P> = {
  locale: "ja" | "en";
  timeZone: string;
  messages: Record<string, unknown>;
  /** The calculator's full page and the query to open it with ("Open in Tabiji"). */
  fullPath: string;
  fullSearch: string;
  props: P;
  /** "Checked on <date>" for the numbers shown (api.md "Data age"); absent when no stored data is used. */
  dataAge?: { asOf: DataAsOf | null; months: number };
};
