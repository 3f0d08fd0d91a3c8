// The browser side of /embed/awards (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { AwardsEmbed } from "@/app/awards/_components/awards-embed";

mountIsland(AwardsEmbed);
