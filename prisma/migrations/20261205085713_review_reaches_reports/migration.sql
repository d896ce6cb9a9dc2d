-- RedefineTables
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
    "reviewStatusById" TEXT,
    "reviewStatusAt" DATETIME,
    "overrideRecommendation" TEXT,
    "overrideJustification" TEXT,
    "overriddenById" TEXT,
    "overriddenAt" DATETIME,
    "recommendationInForce" TEXT NOT NULL DEFAULT '',
    "answers" JSONB NOT NULL,
    "output" JSONB NOT NULL,
    CONSTRAINT "Result_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_reviewStatusById_fkey" FOREIGN KEY ("reviewStatusById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Result" ("answers", "assessmentId", "clientName", "confidence", "createdAt", "id", "idempotencyKey", "industry", "margin", "modelVersion", "organizationId", "organizationName", "output", "overriddenAt", "overriddenById", "overrideJustification", "overrideRecommendation", "questionnaireVersion", "recommendation", "respondentName", "respondentRole", "reviewStatus", "searchText", "sizeBand") SELECT "answers", "assessmentId", "clientName", "confidence", "createdAt", "id", "idempotencyKey", "industry", "margin", "modelVersion", "organizationId", "organizationName", "output", "overriddenAt", "overriddenById", "overrideJustification", "overrideRecommendation", "questionnaireVersion", "recommendation", "respondentName", "respondentRole", "reviewStatus", "searchText", "sizeBand" FROM "Result";
DROP TABLE "Result";
ALTER TABLE "new_Result" RENAME TO "Result";
-- An override made by an account that no longer exists keeps its text, and only the dangling id goes.
UPDATE "Result" SET "overriddenById" = NULL WHERE "overriddenById" IS NOT NULL AND "overriddenById" NOT IN (SELECT "id" FROM "User");
UPDATE "Result" SET "recommendationInForce" = COALESCE("overrideRecommendation", "recommendation");
CREATE UNIQUE INDEX "Result_assessmentId_key" ON "Result"("assessmentId");
CREATE UNIQUE INDEX "Result_idempotencyKey_key" ON "Result"("idempotencyKey");
CREATE INDEX "Result_date_cover_idx" ON "Result"("createdAt", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");
CREATE INDEX "Result_org_date_cover_idx" ON "Result"("organizationId", "createdAt", "id", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");
CREATE INDEX "Result_name_cover_idx" ON "Result"("clientName", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");
CREATE INDEX "Result_margin_cover_idx" ON "Result"("margin", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");
CREATE INDEX "Result_organizationId_recommendationInForce_idx" ON "Result"("organizationId", "recommendationInForce");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

