// The IHG calculator as loaded by loadIhg: rendered by /ihg on the server and by the
// /embed/ihg island in the browser (so no server-only code here).
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { IhgCalculator } from "./ihg-calculator";
import { ihgQuery } from "./params";

export type IhgViewProps = { calculator: ComponentProps<typeof IhgCalculator> | null };

export function IhgView({ calculator }: IhgViewProps) {
  const t = useTranslations("ihg");
  if (!calculator) return <p role="alert">{t("noRule")}</p>;
  return <IhgCalculator key={ihgQuery(calculator.initialForm)} {...calculator} />;
}
