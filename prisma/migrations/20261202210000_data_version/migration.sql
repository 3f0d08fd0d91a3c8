-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- The one row every admin write path bumps.
INSERT INTO "DataVersion" ("id", "version", "updatedAt") VALUES (1, 1, CURRENT_TIMESTAMP);
