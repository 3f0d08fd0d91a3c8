// /embed/convert: the points-to-miles calculator as a widget (inputs from the query, as on /convert).
import { islandRoute } from "@/lib/embed/islands/route";
import { conversionAsOf } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { convertCalculatorProps, loadConvert } from "@/app/convert/_components/convert-section";

export const dynamic = "force-dynamic";
export const GET = islandRoute({
  island: "convert",
  namespace: "convert",
  fullPath: "/convert",
  load: async ({ query, locale }) => convertCalculatorProps(await loadConvert(query, locale)),
  dataAge: () => conversionAsOf(undefined, todayInJapan(new Date())),
});
