// The award checker as the /embed/awards island renders it: the same workspace as
// /awards, with the route map as the map.svg image (the world outline stays on the
// server, so the embed does not download it).
import { useTranslations } from "next-intl";
import { AwardsView, type AwardsViewData } from "./awards-view";

export type AwardsEmbedProps = { data: AwardsViewData; mapSrc: string | null };

export function AwardsEmbed({ data, mapSrc }: AwardsEmbedProps) {
  const t = useTranslations("optimize.map");
  // An SVG from our own API: next/image would add nothing (and is not in the island).
  // eslint-disable-next-line @next/next/no-img-element
  const map = mapSrc ? <img src={mapSrc} alt={t("title")} data-testid="awards-map" style={{ display: "block", width: "100%", height: "auto" }} /> : null;
  return <AwardsView data={data} map={map} />;
}
