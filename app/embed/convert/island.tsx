// The browser side of /embed/convert (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { ConvertView } from "@/app/convert/_components/convert-view";

mountIsland(ConvertView);
