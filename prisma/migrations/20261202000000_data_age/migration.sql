-- Data age (issue 15): verifiedOn on every reference table (null = never verified, shown as stale),
-- safety ranks, card terms by date, dated exchange rates and reference values.
-- AlterTable
ALTER TABLE "Airline" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "AllianceMembership" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "SafetyRating" ADD COLUMN "rank" INTEGER;
ALTER TABLE "SafetyRating" ADD COLUMN "rankList" TEXT;
ALTER TABLE "SafetyRating" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "AwardChart" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "AwardRule" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "SectorMileage" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "RouteOverride" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "ConversionRoute" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "IhgPurchaseRule" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "AviosPlan" ADD COLUMN "verifiedOn" DATETIME;

-- AlterTable
ALTER TABLE "Valuation" ADD COLUMN "verifiedOn" DATETIME;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "base" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "rate" REAL NOT NULL,
    "asOf" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "verifiedOn" DATETIME
);

-- CreateTable
CREATE TABLE "ReferenceValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,
    "verifiedOn" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CardPreset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "verifiedOn" DATETIME
);
-- Each existing preset becomes the first version of its code, effective from the date its data JSON names.
INSERT INTO "new_CardPreset" ("code", "effectiveFrom", "confidence", "data", "name", "nameJa", "source") SELECT "code", COALESCE(json_extract("data", '$.effectiveFrom'), '2023-07-01') || 'T00:00:00.000+00:00', "confidence", "data", "name", "nameJa", "source" FROM "CardPreset";
DROP TABLE "CardPreset";
ALTER TABLE "new_CardPreset" RENAME TO "CardPreset";
CREATE UNIQUE INDEX "CardPreset_code_effectiveFrom_key" ON "CardPreset"("code", "effectiveFrom");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_base_quote_asOf_key" ON "ExchangeRate"("base", "quote", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceValue_key_effectiveFrom_key" ON "ReferenceValue"("key", "effectiveFrom");

