// GET /api/v1/awards/map.svg: the route map as an SVG image a blogger can embed
// (<img src="https://.../api/v1/awards/map.svg?route=NRT-HEL-LHR&stops=stopover">), from
// airport codes or from the /awards page's own address (see query.ts). Bad input is a
// 400 with issues like every endpoint; the image itself is public and cacheable.
import { parseSearchParams } from "@/lib/api/body";
import { invalidRequest } from "@/lib/api/errors";
import { corsPreflight, publicGet } from "@/lib/api/handler";
import { buildMapModel } from "@/app/_components/route-map/model";
import { LABEL_SIZE, renderMapSvg } from "@/app/_components/route-map/svg-string";
import { getWorld } from "@/app/_components/route-map/world";
import en from "@/messages/en/optimize.json";
import ja from "@/messages/ja/optimize.json";
import { getAwardData } from "@/lib/db/queries/awards";
import { getValuations } from "@/lib/db/queries/valuations";
import { createTranslator } from "next-intl";
import { mapInputFromItinerary, mapInputFromRoute, type MapTexts } from "./map-input";
import { ZMapQuery } from "./query";

export const dynamic = "force-dynamic";

function textsFor(lang: "en" | "ja"): MapTexts {
  const t = createTranslator({ locale: lang, messages: { optimize: lang === "ja" ? ja : en }, namespace: "optimize.map" });
  return {
    title: t("title"),
    ticket: (n, award) => t("ticket", { n, award }),
    legend: {
      endpoint: t("legend.endpoint"),
      transfer: t("legend.transfer"),
      stopover: t("legend.stopover"),
      turnaround: t("legend.turnaround"),
      openJaw: t("legend.openJaw"),
      surface: t("legend.surface"),
      flight: t("legend.flight"),
    },
  };
}

export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZMapQuery);
  if (!parsed.ok) return parsed.response;
  const q = parsed.data;
  const texts = textsFor(q.lang);
  const data = await getAwardData();
  const built = q.route
    ? mapInputFromRoute(q, data, texts)
    : mapInputFromItinerary(q, new URL(request.url).searchParams, data, q.plan ? await getValuations() : [], texts, q.lang);
  if (!built.ok) return invalidRequest(built.issues);
  const svg = renderMapSvg(buildMapModel(built.input, getWorld(), { labelSize: LABEL_SIZE }), q.theme);
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // Other sites show it in an <img> (the baseline header allows same-site only).
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Content-Disposition": 'inline; filename="route-map.svg"',
    },
  });
}, 3600);

export const OPTIONS = () => corsPreflight("GET");
