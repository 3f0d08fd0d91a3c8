// /embed/ihg: the IHG buy-points calculator as a widget (inputs from the query, as on /ihg).
import { IhgSection } from "@/app/ihg/_components/ihg-section";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({ namespace: "ihg", fullPath: "/ihg", render: (params) => <IhgSection query={params} /> });
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;
