-- CreateTable
CREATE TABLE "Airport" (
    "iata" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "city" TEXT NOT NULL,
    "cityJa" TEXT,
    "country" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "timeZone" TEXT NOT NULL,
    "metroCode" TEXT,
    "size" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Airline" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "country" TEXT,
    "jalPartner" BOOLEAN NOT NULL DEFAULT false,
    "aliases" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AllianceMembership" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "airlineCode" TEXT NOT NULL,
    "alliance" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "joined" DATETIME,
    "left" DATETIME,
    "source" TEXT NOT NULL,
    CONSTRAINT "AllianceMembership_airlineCode_fkey" FOREIGN KEY ("airlineCode") REFERENCES "Airline" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SafetyRating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "airlineCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "stars" INTEGER,
    "top25" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "noteJa" TEXT,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    CONSTRAINT "SafetyRating_airlineCode_fkey" FOREIGN KEY ("airlineCode") REFERENCES "Airline" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Program" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "currency" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AwardChart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "program" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "variant" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "nameJa" TEXT,
    "basis" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "effectiveTo" DATETIME,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AwardChartRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chartId" INTEGER NOT NULL,
    "zone" TEXT,
    "region" TEXT,
    "minMiles" INTEGER NOT NULL,
    "maxMiles" INTEGER,
    "cabin" TEXT NOT NULL,
    "season" TEXT NOT NULL DEFAULT 'any',
    "price" INTEGER NOT NULL,
    CONSTRAINT "AwardChartRow_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "AwardChart" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "effectiveTo" DATETIME,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "SectorMileage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT NOT NULL,
    "miles" INTEGER NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RouteOverride" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT NOT NULL,
    "miles" INTEGER NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ConversionRoute" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "pointsName" TEXT NOT NULL,
    "pointsPerUnit" INTEGER NOT NULL,
    "milesPerUnit" INTEGER NOT NULL,
    "baseCreditMinDays" INTEGER NOT NULL,
    "baseCreditMaxDays" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "bonusKind" TEXT NOT NULL,
    "bonusValue" REAL NOT NULL,
    "entryRequired" BOOLEAN NOT NULL,
    "eligibility" TEXT NOT NULL,
    "eligibilityJa" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "IhgPurchaseRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "effectiveFrom" DATETIME NOT NULL,
    "annualCap" INTEGER NOT NULL,
    "raisedCaps" TEXT NOT NULL,
    "bonusRules" TEXT NOT NULL,
    "minPurchase" INTEGER NOT NULL,
    "maxPurchase" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "IhgPriceTier" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ruleId" INTEGER NOT NULL,
    "minPoints" INTEGER NOT NULL,
    "maxPoints" INTEGER,
    "centsPerPoint" REAL NOT NULL,
    CONSTRAINT "IhgPriceTier_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "IhgPurchaseRule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AviosPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "monthlyUsdCents" INTEGER NOT NULL,
    "yearlyUsdCents" INTEGER NOT NULL,
    "aviosPerMonth" INTEGER NOT NULL,
    "aviosPerYear" INTEGER NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Valuation" (
    "currency" TEXT NOT NULL PRIMARY KEY,
    "centsPerPoint" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CardPreset" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" TEXT NOT NULL
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

