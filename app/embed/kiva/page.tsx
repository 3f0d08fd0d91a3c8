// /embed/kiva: the Kiva-for-miles simulator as a widget (inputs from the query, as on /kiva).
import { initialKiva } from "@/app/kiva/_components/initial";
import { KivaSimulator } from "@/app/kiva/_components/kiva-simulator";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({
  namespace: "kiva",
  metaKey: "meta.title",
  fullPath: "/kiva",
  render: (params) => {
    const { form, initialResult, initialErrorFields } = initialKiva(params);
    return <KivaSimulator initialForm={form} initialResult={initialResult} initialErrorFields={initialErrorFields} />;
  },
});
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;
