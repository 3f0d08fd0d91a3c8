// The browser side of /embed/safety (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { SafetyEmbedList } from "@/app/safety/_components/safety-embed-list";

mountIsland(SafetyEmbedList);
