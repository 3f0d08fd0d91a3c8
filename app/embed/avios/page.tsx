// /embed/avios: the Avios subscription calculator as a widget (inputs from the query, as on /avios).
import { AviosSection } from "@/app/avios/_components/avios-section";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({ namespace: "avios", fullPath: "/avios", render: (params) => <AviosSection query={params} /> });
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;
