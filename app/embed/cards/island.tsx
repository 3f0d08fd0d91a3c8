// The browser side of /embed/cards (built by scripts/build-embed.mjs).
import { mountIsland } from "@/lib/embed/islands/mount";
import { CardsComparer } from "@/app/cards/_components/cards-comparer";

mountIsland(CardsComparer);
