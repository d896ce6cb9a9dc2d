-- CreateIndex
CREATE INDEX "Result_organizationId_recommendation_idx" ON "Result"("organizationId", "recommendation");

