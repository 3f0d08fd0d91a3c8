-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AwardChartRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chartId" INTEGER NOT NULL,
    "zone" TEXT,
    "region" TEXT,
    "minMiles" INTEGER NOT NULL,
    "maxMiles" INTEGER,
    "cabin" TEXT NOT NULL,
    "season" TEXT NOT NULL DEFAULT 'any',
    "price" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'chart',
    "priceMin" INTEGER,
    "priceMax" INTEGER,
    "note" TEXT,
    CONSTRAINT "AwardChartRow_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "AwardChart" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AwardChartRow" ("cabin", "chartId", "id", "maxMiles", "minMiles", "price", "region", "season", "zone") SELECT "cabin", "chartId", "id", "maxMiles", "minMiles", "price", "region", "season", "zone" FROM "AwardChartRow";
DROP TABLE "AwardChartRow";
ALTER TABLE "new_AwardChartRow" RENAME TO "AwardChartRow";
CREATE INDEX "AwardChartRow_chartId_idx" ON "AwardChartRow"("chartId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Alaska Mileage Plan became Atmos Rewards on 2025-08-20 (miles became points 1:1; code AS stays).
UPDATE "Program" SET "name" = 'Atmos Rewards', "nameJa" = 'アトモス・リワード(旧アラスカ航空マイレージプラン)', "currency" = 'Atmos points' WHERE "code" = 'AS';
UPDATE "Valuation" SET "currency" = 'Atmos points' WHERE "currency" = 'Alaska miles';

