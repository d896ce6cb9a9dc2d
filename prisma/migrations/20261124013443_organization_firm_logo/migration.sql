-- CreateTable
CREATE TABLE "OrganizationLogo" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "mediaType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OrganizationLogo_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

