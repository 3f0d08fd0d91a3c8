-- Data age (issue 15): verifiedOn on every reference table (null = never verified, shown as stale),
-- safety ranks, card terms by date, dated exchange rates and reference values.
-- AlterTable
ALTER TABLE "Airline" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AllianceMembership" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SafetyRating" ADD COLUMN     "rank" INTEGER,
ADD COLUMN     "rankList" TEXT,
ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AwardChart" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AwardRule" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SectorMileage" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RouteOverride" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ConversionRoute" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "IhgPurchaseRule" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AviosPlan" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Valuation" ADD COLUMN     "verifiedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CardPreset" DROP CONSTRAINT "CardPreset_pkey",
ADD COLUMN     "effectiveFrom" TIMESTAMP(3),
ADD COLUMN     "id" SERIAL NOT NULL,
ADD COLUMN     "verifiedOn" TIMESTAMP(3),
ADD CONSTRAINT "CardPreset_pkey" PRIMARY KEY ("id");
-- Each existing preset becomes the first version of its code, effective from the date its data JSON names.
UPDATE "CardPreset" SET "effectiveFrom" = COALESCE(("data"::json->>'effectiveFrom')::date, DATE '2023-07-01')::timestamp(3);
ALTER TABLE "CardPreset" ALTER COLUMN "effectiveFrom" SET NOT NULL;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" SERIAL NOT NULL,
    "base" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "rate" DOUBLE PRECISION NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "verifiedOn" TIMESTAMP(3),

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceValue" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,
    "verifiedOn" TIMESTAMP(3),

    CONSTRAINT "ReferenceValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_base_quote_asOf_key" ON "ExchangeRate"("base", "quote", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceValue_key_effectiveFrom_key" ON "ReferenceValue"("key", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "CardPreset_code_effectiveFrom_key" ON "CardPreset"("code", "effectiveFrom");

