// The browser side of /embed/kiva (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { KivaSimulator } from "@/app/kiva/_components/kiva-simulator";

mountIsland(KivaSimulator);
