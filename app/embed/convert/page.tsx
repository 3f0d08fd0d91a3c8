// /embed/convert: points into JAL miles as a widget (inputs from the query, as on /convert).
import { ConvertSection, loadConvert } from "@/app/convert/_components/convert-section";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({ namespace: "convert", fullPath: "/convert", render: async (params) => <ConvertSection loaded={await loadConvert(params)} /> });
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;
