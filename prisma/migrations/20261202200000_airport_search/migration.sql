-- AlterTable
ALTER TABLE "Airport" ADD COLUMN "icao" TEXT;
ALTER TABLE "Airport" ADD COLUMN "searchTerms" TEXT NOT NULL DEFAULT '';
