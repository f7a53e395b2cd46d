-- DropIndex
DROP INDEX "companies_name_key_key";

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "deleted_by_id" UUID;

-- CreateIndex
CREATE INDEX "companies_deleted_at_idx" ON "companies"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "companies_name_key_key" ON "companies"("name_key") WHERE (deleted_at IS NULL);

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
