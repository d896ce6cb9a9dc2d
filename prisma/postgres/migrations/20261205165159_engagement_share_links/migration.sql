-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "engagementId" TEXT;

-- CreateIndex
CREATE INDEX "ShareLink_engagementId_idx" ON "ShareLink"("engagementId");

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

