-- DropIndex
DROP INDEX "Result_date_cover_idx";

-- DropIndex
DROP INDEX "Result_org_date_cover_idx";

-- DropIndex
DROP INDEX "Result_name_cover_idx";

-- DropIndex
DROP INDEX "Result_margin_cover_idx";

-- DropIndex
DROP INDEX "Result_organizationId_recommendation_idx";

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "recommendationInForce" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reviewStatusAt" TIMESTAMP(3),
ADD COLUMN     "reviewStatusById" TEXT;

-- An override made by an account that no longer exists keeps its text, and only the dangling id goes.
UPDATE "Result" SET "overriddenById" = NULL WHERE "overriddenById" IS NOT NULL AND "overriddenById" NOT IN (SELECT "id" FROM "User");
UPDATE "Result" SET "recommendationInForce" = COALESCE("overrideRecommendation", "recommendation");

-- CreateIndex
CREATE INDEX "Result_date_cover_idx" ON "Result"("createdAt", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");

-- CreateIndex
CREATE INDEX "Result_org_date_cover_idx" ON "Result"("organizationId", "createdAt", "id", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");

-- CreateIndex
CREATE INDEX "Result_name_cover_idx" ON "Result"("clientName", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");

-- CreateIndex
CREATE INDEX "Result_margin_cover_idx" ON "Result"("margin", "id", "organizationId", "recommendationInForce", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");

-- CreateIndex
CREATE INDEX "Result_organizationId_recommendationInForce_idx" ON "Result"("organizationId", "recommendationInForce");

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_reviewStatusById_fkey" FOREIGN KEY ("reviewStatusById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

