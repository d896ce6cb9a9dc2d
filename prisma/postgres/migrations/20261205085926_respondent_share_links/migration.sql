-- AlterTable
ALTER TABLE "ShareLink" ALTER COLUMN "createdById" DROP NOT NULL;

