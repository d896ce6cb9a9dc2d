-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "roleWeights" JSONB;

-- CreateTable
CREATE TABLE "ResultNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resultId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultNote_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResultNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "resultId" TEXT,
    "actorId" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "resultId" TEXT,
    "organizationId" TEXT,
    "createdById" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "lastOpenedAt" DATETIME,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShareLink_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShareLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Result" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "organizationName" TEXT,
    "respondentName" TEXT,
    "respondentRole" TEXT,
    "recommendation" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "output" JSONB NOT NULL,
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
    CONSTRAINT "Result_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Result" ("answers", "assessmentId", "confidence", "createdAt", "id", "idempotencyKey", "modelVersion", "organizationName", "output", "questionnaireVersion", "recommendation", "respondentName", "respondentRole") SELECT "answers", "assessmentId", "confidence", "createdAt", "id", "idempotencyKey", "modelVersion", "organizationName", "output", "questionnaireVersion", "recommendation", "respondentName", "respondentRole" FROM "Result";
DROP TABLE "Result";
ALTER TABLE "new_Result" RENAME TO "Result";
CREATE UNIQUE INDEX "Result_assessmentId_key" ON "Result"("assessmentId");
CREATE UNIQUE INDEX "Result_idempotencyKey_key" ON "Result"("idempotencyKey");
CREATE INDEX "Result_createdAt_id_idx" ON "Result"("createdAt", "id");
CREATE INDEX "Result_organizationId_createdAt_id_idx" ON "Result"("organizationId", "createdAt", "id");
CREATE INDEX "Result_recommendation_createdAt_id_idx" ON "Result"("recommendation", "createdAt", "id");
CREATE INDEX "Result_clientName_id_idx" ON "Result"("clientName", "id");
CREATE INDEX "Result_margin_id_idx" ON "Result"("margin", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ResultNote_resultId_createdAt_idx" ON "ResultNote"("resultId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_resultId_createdAt_idx" ON "AuditEvent"("resultId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_resultId_idx" ON "ShareLink"("resultId");

-- CreateIndex
CREATE INDEX "ShareLink_organizationId_idx" ON "ShareLink"("organizationId");


-- Backfill the copies for results stored before this migration (added by hand; the app writes them at submission).
UPDATE "Result" SET "organizationId" = (SELECT "organizationId" FROM "Assessment" WHERE "Assessment"."id" = "Result"."assessmentId");
UPDATE "Result" SET
  "clientName" = COALESCE((SELECT "name" FROM "Organization" WHERE "Organization"."id" = "Result"."organizationId"), "organizationName", ''),
  "industry" = COALESCE((SELECT "industry" FROM "Organization" WHERE "Organization"."id" = "Result"."organizationId"), json_extract("answers", '$.industry')),
  "sizeBand" = (SELECT "sizeBand" FROM "Organization" WHERE "Organization"."id" = "Result"."organizationId"),
  "margin" = COALESCE(json_extract("output", '$.margin'), 0);
UPDATE "Result" SET "searchText" = lower("clientName" || ' ' || COALESCE("respondentName", ''));
