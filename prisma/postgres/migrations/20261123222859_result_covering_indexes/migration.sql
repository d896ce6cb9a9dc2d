-- DropIndex
DROP INDEX "Result_createdAt_id_idx";

-- DropIndex
DROP INDEX "Result_organizationId_createdAt_id_idx";

-- DropIndex
DROP INDEX "Result_recommendation_createdAt_id_idx";

-- DropIndex
DROP INDEX "Result_clientName_id_idx";

-- DropIndex
DROP INDEX "Result_margin_id_idx";

-- CreateIndex
CREATE INDEX "Result_date_cover_idx" ON "Result"("createdAt", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");

-- CreateIndex
CREATE INDEX "Result_org_date_cover_idx" ON "Result"("organizationId", "createdAt", "id", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText");

-- CreateIndex
CREATE INDEX "Result_name_cover_idx" ON "Result"("clientName", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");

-- CreateIndex
CREATE INDEX "Result_margin_cover_idx" ON "Result"("margin", "id", "organizationId", "recommendation", "confidence", "industry", "sizeBand", "respondentRole", "reviewStatus", "searchText", "createdAt");

