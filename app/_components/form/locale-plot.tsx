// A LinePlot whose axis numbers follow the page's language (LinePlot alone writes them
// the en-US way): the calculators' plots pass only what differs, e.g. dollars on one axis.
import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { LinePlot } from "@/app/_components/line-plot";

export function LocalePlot(props: ComponentProps<typeof LinePlot>) {
  const nf = new Intl.NumberFormat(useLocale());
  const number = (v: number) => nf.format(v);
  return <LinePlot {...props} formatX={props.formatX ?? number} formatY={props.formatY ?? number} />;
}
