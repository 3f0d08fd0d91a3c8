-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The one row every admin write path bumps.
INSERT INTO "DataVersion" ("id", "version", "updatedAt") VALUES (1, 1, CURRENT_TIMESTAMP);
