-- Rebuilds Result with the wide JSON columns (answers, output) last: SQLite stores a row's columns in
-- order, so reading a narrow column after a large JSON value walks that value's overflow pages.
-- Each sort order then gets one index carrying every filter column, so the results table pages,
-- counts and filters from the index alone. Written by hand: Prisma does not see column order.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Result" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "organizationName" TEXT,
    "respondentName" TEXT,
    "respondentRole" TEXT,
    "recommendation" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organizationId" TEXT,
    "clientName" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "industry" TEXT,
    "sizeBand" TEXT,
    "margin" REAL NOT NULL DEFAULT 0,
    "reviewStatus" TEXT NOT NULL DEFAULT 'new',
    "overrideRecommendation" TEXT,
    "overrideJustification" TEXT,
    "overriddenById" TEXT,
    "overriddenAt" DATETIME,
    "answers" JSONB NOT NULL,
    "output" JSONB NOT NULL,
    CONSTRAINT "Result_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Result" ("id", "assessmentId", "idempotencyKey", "questionnaireVersion", "modelVersion", "organizationName", "respondentName", "respondentRole", "recommendation", "confidence", "createdAt", "organizationId", "clientName", "searchText", "industry", "sizeBand", "margin", "reviewStatus", "overrideRecommendation", "overrideJustification", "overriddenById", "overriddenAt", "answers", "output") SELECT "id", "assessmentId", "idempotencyKey", "questionnaireVersion", "modelVersion", "organizationName", "respondentName", "respondentRole", "recommendation", "confidence", "createdAt", "organizationId", "clientName", "searchText", "industry", "sizeBand", "margin", "reviewStatus", "overrideRecommendation", "overrideJustification", "overriddenById", "overriddenAt", "answers", "output" FROM "Result";
DROP TABLE "Result";
ALTER TABLE "new_Result" RENAME TO "Result";
CREATE UNIQUE INDEX "Result_assessmentId_key" ON "Result"("assessmentId");
CREATE UNIQUE INDEX "Result_idempotencyKey_key" ON "Result"("idempotencyKey");
CREATE INDEX "Result_date_cover_idx" ON "Result"("createdAt", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");
CREATE INDEX "Result_org_date_cover_idx" ON "Result"("organizationId", "createdAt", "id", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");
CREATE INDEX "Result_name_cover_idx" ON "Result"("clientName", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");
CREATE INDEX "Result_margin_cover_idx" ON "Result"("margin", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");
CREATE INDEX "Result_organizationId_recommendation_idx" ON "Result"("organizationId", "recommendation");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
