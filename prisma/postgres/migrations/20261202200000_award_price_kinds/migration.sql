-- AlterTable
ALTER TABLE "AwardChartRow" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'chart',
ADD COLUMN     "note" TEXT,
ADD COLUMN     "priceMax" INTEGER,
ADD COLUMN     "priceMin" INTEGER;


-- Alaska Mileage Plan became Atmos Rewards on 2025-08-20 (miles became points 1:1; code AS stays).
UPDATE "Program" SET "name" = 'Atmos Rewards', "nameJa" = 'アトモス・リワード(旧アラスカ航空マイレージプラン)', "currency" = 'Atmos points' WHERE "code" = 'AS';
UPDATE "Valuation" SET "currency" = 'Atmos points' WHERE "currency" = 'Alaska miles';

