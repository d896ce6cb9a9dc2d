-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

