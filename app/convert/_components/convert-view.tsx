// The calculator keyed by its inputs (following an example or calendar link starts from
// that link's inputs): rendered by /convert on the server and by the /embed/convert island.
import type { ComponentProps } from "react";
import { ConvertCalculator } from "./convert-calculator";
import { convertQuery } from "./params";

export function ConvertView(props: ComponentProps<typeof ConvertCalculator>) {
  return <ConvertCalculator key={convertQuery(props.initialForm)} {...props} />;
}
