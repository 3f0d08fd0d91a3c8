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


-- Alaska Mileage Plan became Atmos Rewards on 2025-08-20 (miles became points 1:1, the code AS stays).
UPDATE "Program" SET "name" = 'Atmos Rewards', "nameJa" = 'アトモス・リワード(旧アラスカ航空マイレージプラン)', "currency" = 'Atmos points' WHERE "code" = 'AS';
UPDATE "Valuation" SET "currency" = 'Atmos points' WHERE "currency" = 'Alaska miles';


-- Chart sources as publisher, URL and date (no internal document references).
UPDATE "AwardChart" SET "source" = 'JAL, https://www.jal.co.jp/thl/th/jalmile/use/partner_air/oneworld/miles.html (oneworld award chart, round trip, Thai- and Korea-region pages, undated)' WHERE "source" = 'jal.co.jp: oneworld award chart, round trip, Thai- and Korea-region pages (facts §7)';
UPDATE "AwardChart" SET "source" = 'JAL, https://www.jal.co.jp/en/jalmile/use/partner_air/p_jmb/jmb_mile.html?r=inbound (partner award chart, undated, in force since 2018-11-20)' WHERE "source" = 'jal.co.jp: partner award chart (facts §7)';
UPDATE "AwardChart" SET "source" = 'AwardWallet, https://awardwallet.com/blog/british-airways-partner-award-devaluation (Aug 2021), and Travel Strategies, https://travelstrategies.com/British_airways_award_chart (undated): BA-operated flights, before 2025-12-15' WHERE "source" = 'public BA Avios chart for BA-operated flights, before 2025-12-15 (facts §7)';
UPDATE "AwardChart" SET "source" = 'Point a Card, https://pointacard.com/british-airways-executive-club-how-to-redeem-your-points/ (after Aug 2021): BA Avios partner chart' WHERE "source" = 'pointacard, Aug 2021: BA Avios partner chart (facts §7)';
UPDATE "AwardChart" SET "source" = 'Prince of Travel, https://princeoftravel.com/blog/british-airways-avios-multi-carrier-award-chart (c. 2020): first band only, the full table was published only as an image' WHERE "source" LIKE 'seed 7 + public pages: BA multi-carrier oneworld chart (facts §7)%';

-- Valuation sources as publisher, URL and date.
UPDATE "Valuation" SET "source" = 'The Points Guy valuations, https://thepointsguy.com/guide/monthly-valuations/ (Sep 2025)' WHERE "currency" = 'IHG points' AND "source" LIKE '%facts §7%';
UPDATE "Valuation" SET "source" = 'The Points Guy valuations, https://thepointsguy.com/guide/monthly-valuations/ (date not recorded)' WHERE "currency" = 'Avios' AND "source" LIKE '%facts §7%';
UPDATE "Valuation" SET "source" = 'Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no JAL mile valuation was confirmed, set your own)' WHERE "currency" = 'JAL miles' AND "source" LIKE '%facts §7%';
UPDATE "Valuation" SET "source" = 'Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no program-specific valuation confirmed)' WHERE "currency" = 'Atmos points' AND "source" LIKE '%facts §7%';
UPDATE "Valuation" SET "source" = 'Frequent Miler reasonable redemption values, https://frequentmiler.com/reasonable-redemption-values-rrvs-for-points-and-miles/ (airline-miles baseline, no program-specific valuation confirmed)' WHERE "currency" = 'Asia Miles' AND "source" LIKE '%facts §7%';
