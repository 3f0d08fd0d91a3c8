// /embed/awards: the award checker as a widget (the itinerary from the query, as on /awards).
import { AwardsSection } from "@/app/awards/_components/awards-section";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({ namespace: "awards", fullPath: "/awards", render: (params) => <AwardsSection query={params} /> });
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;
