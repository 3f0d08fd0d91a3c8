"use client";
// Miles -> points answer: the points this user needs (big), then the table with and
// without the campaign, the campaign outcome and the rate's source.
import { useLocale, useTranslations } from "next-intl";
import type { TExchangeOption, TPointsForMilesResponse } from "@/lib/calculators/conversions";
import { CampaignBox } from "./campaign-box";
import { RateProvenance } from "./rate-provenance";
import { dayFormatter } from "@/app/_components/form/format";
import { TableHead } from "@/app/_components/form/table-head";

export function ReverseResult({ data }: { data: TPointsForMilesResponse }) {
  const t = useTranslations("convert");
  const locale = useLocale();
  const day = dayFormatter(locale);
  const nf = new Intl.NumberFormat(locale);
  const name = data.campaign ? (locale === "ja" ? data.campaign.nameJa : data.campaign.name) : null;
  const usesCampaign = data.withCampaign !== null && data.campaign?.applied === true;
  const row = (label: string, o: TExchangeOption, yours: boolean, testId: string) => (
    <tr data-testid={testId}>
      <th scope="row">
        {label}
        {yours ? <span className="muted"> {t("reverse.yours")}</span> : null}
      </th>
      <td className="num">{nf.format(o.points)}</td>
      <td className="num">{t("reverse.milesSplit", { total: o.totalMiles, base: o.baseMiles, bonus: o.bonusMiles })}</td>
    </tr>
  );
  return (
    <div className="result" data-testid="convert-result">
      <p className="result-big" data-testid="points-needed">
        {t("reverse.big", { points: data.pointsNeeded })}
      </p>
      <p>{t("reverse.forYou", { miles: data.miles, date: day(data.date) })}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <TableHead columns={[{ label: t("reverse.option") }, { label: t("reverse.points"), num: true }, { label: t("reverse.miles"), num: true }]} />
          <tbody>
            {row(t("reverse.withoutCampaign"), data.withoutCampaign, !usesCampaign, "reverse-without")}
            {data.withCampaign && name ? row(t("reverse.withCampaign", { name }), data.withCampaign, usesCampaign, "reverse-with") : null}
          </tbody>
        </table>
      </div>
      {data.withCampaign && data.withCampaign.points < data.withoutCampaign.points ? (
        <p>{t("reverse.saving", { points: data.withoutCampaign.points - data.withCampaign.points })}</p>
      ) : null}
      {data.withCampaign === null ? <p className="muted">{t("reverse.noCampaign")}</p> : null}
      {data.campaign ? <CampaignBox campaign={data.campaign} date={data.date} unit={data.rate.pointsPerUnit} /> : null}
      <RateProvenance rate={data.rate} />
    </div>
  );
}
