// The browser side of /embed/ihg (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { IhgView } from "@/app/ihg/_components/ihg-view";

mountIsland(IhgView);
