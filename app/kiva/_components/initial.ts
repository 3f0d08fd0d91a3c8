// The first answer, rendered on the server from the same schema and calculator the API
// uses, so the page (and its embed) shows a result before any script runs.
import { simulateKiva, ZKivaSimulateRequest } from "@/lib/calculators/kiva";
import { formFromParams, requestFromForm } from "./kiva-form";

export function initialKiva(params: Record<string, string | string[] | undefined>) {
  const form = formFromParams(params);
  const parsed = ZKivaSimulateRequest.safeParse(requestFromForm(form));
  return {
    form,
    initialResult: parsed.success ? simulateKiva(parsed.data) : null,
    initialErrorFields: parsed.success ? [] : parsed.error.issues.map((i) => i.path.map(String).join(".")),
  };
}
