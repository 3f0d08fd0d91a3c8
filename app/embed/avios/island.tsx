// The browser side of /embed/avios (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { AviosView } from "@/app/avios/_components/avios-view";

mountIsland(AviosView);
