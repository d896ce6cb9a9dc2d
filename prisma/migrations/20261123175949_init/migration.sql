-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resumeTokenHash" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "organizationName" TEXT,
    "respondentName" TEXT,
    "respondentRole" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Result" (
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
    CONSTRAINT "Result_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_resumeTokenHash_key" ON "Assessment"("resumeTokenHash");

-- CreateIndex
CREATE INDEX "Assessment_updatedAt_idx" ON "Assessment"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Result_assessmentId_key" ON "Result"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_idempotencyKey_key" ON "Result"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Result_createdAt_idx" ON "Result"("createdAt");

-- CreateIndex
CREATE INDEX "Result_recommendation_idx" ON "Result"("recommendation");

