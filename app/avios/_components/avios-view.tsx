// The Avios calculator as loaded by loadAvios: rendered by /avios on the server and by
// the /embed/avios island in the browser (so no server-only code here).
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { AviosCalculator } from "./avios-calculator";
import { aviosQuery } from "./params";

export type AviosViewProps = { calculator: ComponentProps<typeof AviosCalculator> | null };

export function AviosView({ calculator }: AviosViewProps) {
  const t = useTranslations("avios");
  if (!calculator) return <p role="alert">{t("noPlans")}</p>;
  return <AviosCalculator key={aviosQuery(calculator.initialForm)} {...calculator} />;
}
