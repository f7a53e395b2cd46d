-- DropIndex
DROP INDEX "trade_booths_company_id_title_starts_at_location_key";

-- AlterTable
ALTER TABLE "trade_booths" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "deleted_by_id" UUID;

-- CreateIndex
CREATE INDEX "trade_booths_deleted_at_idx" ON "trade_booths"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "trade_booths_company_id_title_starts_at_location_key" ON "trade_booths"("company_id", "title", "starts_at", "location") WHERE (deleted_at IS NULL);

-- AddForeignKey
ALTER TABLE "trade_booths" ADD CONSTRAINT "trade_booths_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand (Prisma does not model functions or triggers): a booth in the trash is counted as a
-- deleted one, so the list counters (migration list_counters) stay exact for every reader. Moving a
-- booth to the trash takes it off its counters, restoring puts it back, and purging a trashed row
-- changes nothing. A row counts while deleted_at IS NULL; a NULL status is skipped as before.
CREATE OR REPLACE FUNCTION "trade_booths_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "booth_status_counts" AS t ("status", "count")
  SELECT d.status, sum(d.delta)
  FROM (VALUES (CASE WHEN OLD."deleted_at" IS NULL THEN OLD."status" END, -1),
               (CASE WHEN NEW."deleted_at" IS NULL THEN NEW."status" END, 1)) AS d (status, delta)
  WHERE d.status IS NOT NULL GROUP BY d.status HAVING sum(d.delta) <> 0 ORDER BY d.status
  ON CONFLICT ("status") DO UPDATE SET "count" = t."count" + excluded."count";

  INSERT INTO "company_booth_counts" AS t ("company_id", "status", "count")
  SELECT d.company_id, d.status, sum(d.delta)
  FROM (VALUES (OLD."company_id", CASE WHEN OLD."deleted_at" IS NULL THEN OLD."status" END, -1),
               (NEW."company_id", CASE WHEN NEW."deleted_at" IS NULL THEN NEW."status" END, 1)) AS d (company_id, status, delta)
  WHERE d.status IS NOT NULL GROUP BY d.company_id, d.status HAVING sum(d.delta) <> 0 ORDER BY d.company_id, d.status
  ON CONFLICT ("company_id", "status") DO UPDATE SET "count" = t."count" + excluded."count";

  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "company_booth_counts" WHERE "company_id" = OLD."company_id" AND "status" = OLD."status" AND "count" = 0;
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER "trade_booths_count_update" ON "trade_booths";
CREATE TRIGGER "trade_booths_count_update" AFTER UPDATE OF "status", "company_id", "deleted_at" ON "trade_booths" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."company_id" IS DISTINCT FROM NEW."company_id"
    OR (OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL))
  EXECUTE FUNCTION "trade_booths_count"();
