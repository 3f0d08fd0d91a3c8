// /embed/kiva: the Kiva simulator as a widget (inputs from the query, as on /kiva).
import { islandRoute } from "@/lib/embed/islands/route";
import { initialKiva, kivaDefaults } from "@/app/kiva/_components/initial";

export const dynamic = "force-dynamic";
export const GET = islandRoute({
  island: "kiva",
  namespace: "kiva",
  fullPath: "/kiva",
  load: async ({ query }) => {
    const { form, initialResult, initialErrorFields } = await initialKiva(query);
    return { initialForm: form, initialResult, initialErrorFields };
  },
  dataAge: async () => (await kivaDefaults()).dataAsOf,
});
