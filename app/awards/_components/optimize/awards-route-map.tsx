// The route map on /awards: the journey as the checker classified it (stops marked by
// kind); in the Optimize view the best plan's tickets coloured by program.
import { useTranslations } from "next-intl";
import { RouteMap } from "@/app/_components/route-map/RouteMap";
import { prepareAwardData, type AwardData, type QuoteResponse } from "@/lib/calculators/awards";
import type { TOptimizeResponse } from "@/lib/calculators/optimizer";
import { routeMapInput } from "../../_lib/map-input";
import { awardName } from "../results/awards-table";

export function AwardsRouteMap(props: { quote: QuoteResponse; data: AwardData; optimized: TOptimizeResponse | null; programs: Record<string, string> }) {
  const t = useTranslations("optimize.map");
  const ta = useTranslations("awards");
  const airports = prepareAwardData(props.data).airports;
  const labels = {
    endpoint: t("legend.endpoint"),
    transfer: t("legend.transfer"),
    stopover: t("legend.stopover"),
    turnaround: t("legend.turnaround"),
    openJaw: t("legend.openJaw"),
    surface: t("legend.surface"),
    flight: t("legend.flight"),
  };
  const tickets = (props.optimized?.tickets ?? []).map((tk, k) => ({
    segments: tk.segments,
    program: tk.program,
    label: t("ticket", { n: k + 1, award: `${props.programs[tk.program] ?? tk.program} · ${awardName(ta, tk)}` }),
  }));
  const input = routeMapInput(props.quote, (iata) => airports.get(iata), { title: t("title"), labels }, tickets);
  return input ? <RouteMap {...input} testId="awards-map" /> : null;
}
