-- CreateTable
CREATE TABLE "Airport" (
    "iata" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "city" TEXT NOT NULL,
    "cityJa" TEXT,
    "country" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "timeZone" TEXT NOT NULL,
    "metroCode" TEXT,
    "size" TEXT NOT NULL,

    CONSTRAINT "Airport_pkey" PRIMARY KEY ("iata")
);

-- CreateTable
CREATE TABLE "Airline" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "country" TEXT,
    "jalPartner" BOOLEAN NOT NULL DEFAULT false,
    "aliases" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,

    CONSTRAINT "Airline_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "AllianceMembership" (
    "id" SERIAL NOT NULL,
    "airlineCode" TEXT NOT NULL,
    "alliance" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "joined" TIMESTAMP(3),
    "left" TIMESTAMP(3),
    "source" TEXT NOT NULL,

    CONSTRAINT "AllianceMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyRating" (
    "id" SERIAL NOT NULL,
    "airlineCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "stars" INTEGER,
    "top25" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "noteJa" TEXT,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "SafetyRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "currency" TEXT NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "AwardChart" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "program" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "variant" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "basis" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "effectiveTo" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardChart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardChartRow" (
    "id" SERIAL NOT NULL,
    "chartId" INTEGER NOT NULL,
    "zone" TEXT,
    "region" TEXT,
    "minMiles" INTEGER NOT NULL,
    "maxMiles" INTEGER,
    "cabin" TEXT NOT NULL,
    "season" TEXT NOT NULL DEFAULT 'any',
    "price" INTEGER NOT NULL,

    CONSTRAINT "AwardChartRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardRule" (
    "id" SERIAL NOT NULL,
    "program" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "effectiveTo" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "AwardRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectorMileage" (
    "id" SERIAL NOT NULL,
    "program" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT NOT NULL,
    "miles" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "SectorMileage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RouteOverride" (
    "id" SERIAL NOT NULL,
    "program" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT NOT NULL,
    "miles" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "RouteOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversionRoute" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "pointsName" TEXT NOT NULL,
    "pointsPerUnit" INTEGER NOT NULL,
    "milesPerUnit" INTEGER NOT NULL,
    "baseCreditMinDays" INTEGER NOT NULL,
    "baseCreditMaxDays" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversionRoute_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "bonusKind" TEXT NOT NULL,
    "bonusValue" DOUBLE PRECISION NOT NULL,
    "entryRequired" BOOLEAN NOT NULL,
    "eligibility" TEXT NOT NULL,
    "eligibilityJa" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IhgPurchaseRule" (
    "id" SERIAL NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "annualCap" INTEGER NOT NULL,
    "raisedCaps" TEXT NOT NULL,
    "bonusRules" TEXT NOT NULL,
    "minPurchase" INTEGER NOT NULL,
    "maxPurchase" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "IhgPurchaseRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IhgPriceTier" (
    "id" SERIAL NOT NULL,
    "ruleId" INTEGER NOT NULL,
    "minPoints" INTEGER NOT NULL,
    "maxPoints" INTEGER,
    "centsPerPoint" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "IhgPriceTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AviosPlan" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "monthlyUsdCents" INTEGER NOT NULL,
    "yearlyUsdCents" INTEGER NOT NULL,
    "aviosPerMonth" INTEGER NOT NULL,
    "aviosPerYear" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "AviosPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Valuation" (
    "currency" TEXT NOT NULL,
    "centsPerPoint" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Valuation_pkey" PRIMARY KEY ("currency")
);

-- CreateTable
CREATE TABLE "CardPreset" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,

    CONSTRAINT "CardPreset_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "Airport_metroCode_idx" ON "Airport"("metroCode");

-- CreateIndex
CREATE INDEX "Airport_country_idx" ON "Airport"("country");

-- CreateIndex
CREATE UNIQUE INDEX "AllianceMembership_airlineCode_alliance_role_key" ON "AllianceMembership"("airlineCode", "alliance", "role");

-- CreateIndex
CREATE INDEX "SafetyRating_year_idx" ON "SafetyRating"("year");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyRating_airlineCode_year_key" ON "SafetyRating"("airlineCode", "year");

-- CreateIndex
CREATE INDEX "AwardChart_program_award_idx" ON "AwardChart"("program", "award");

-- CreateIndex
CREATE UNIQUE INDEX "AwardChart_key_effectiveFrom_key" ON "AwardChart"("key", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AwardChartRow_chartId_idx" ON "AwardChartRow"("chartId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardRule_program_award_key_effectiveFrom_key" ON "AwardRule"("program", "award", "key", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "SectorMileage_program_fromCode_toCode_effectiveFrom_key" ON "SectorMileage"("program", "fromCode", "toCode", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RouteOverride_program_fromCode_toCode_effectiveFrom_key" ON "RouteOverride"("program", "fromCode", "toCode", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_code_key" ON "Campaign"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IhgPurchaseRule_effectiveFrom_key" ON "IhgPurchaseRule"("effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AviosPlan_name_effectiveFrom_key" ON "AviosPlan"("name", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "AllianceMembership" ADD CONSTRAINT "AllianceMembership_airlineCode_fkey" FOREIGN KEY ("airlineCode") REFERENCES "Airline"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRating" ADD CONSTRAINT "SafetyRating_airlineCode_fkey" FOREIGN KEY ("airlineCode") REFERENCES "Airline"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardChartRow" ADD CONSTRAINT "AwardChartRow_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "AwardChart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IhgPriceTier" ADD CONSTRAINT "IhgPriceTier_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "IhgPurchaseRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

