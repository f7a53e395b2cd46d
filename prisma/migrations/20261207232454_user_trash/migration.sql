-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "deleted_by_id" UUID;

-- CreateIndex
CREATE INDEX "users_deleted_at_idx" ON "users"("deleted_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand (Prisma does not model functions or triggers): an account in the trash is counted
-- as a deleted one, so the users list's counters (migration list_counters) stay exact for every
-- reader. Moving an account to the trash takes it off its counter, restoring puts it back, and
-- purging a trashed row changes nothing. A row counts while deleted_at IS NULL.
CREATE OR REPLACE FUNCTION "users_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "user_counts" AS t ("role", "verified", "active", "count")
  SELECT d.role, d.verified, d.active, sum(d.delta)
  FROM (VALUES (CASE WHEN OLD."deleted_at" IS NULL THEN OLD."role" END, OLD."email_verified" IS NOT NULL, OLD."is_active", -1),
               (CASE WHEN NEW."deleted_at" IS NULL THEN NEW."role" END, NEW."email_verified" IS NOT NULL, NEW."is_active", 1)) AS d (role, verified, active, delta)
  WHERE d.role IS NOT NULL GROUP BY d.role, d.verified, d.active HAVING sum(d.delta) <> 0 ORDER BY d.role, d.verified, d.active
  ON CONFLICT ("role", "verified", "active") DO UPDATE SET "count" = t."count" + excluded."count";
  RETURN NULL;
END
$$;

DROP TRIGGER "users_count_update" ON "users";
CREATE TRIGGER "users_count_update" AFTER UPDATE OF "role", "email_verified", "is_active", "deleted_at" ON "users" FOR EACH ROW
  WHEN (OLD."role" IS DISTINCT FROM NEW."role" OR (OLD."email_verified" IS NULL) <> (NEW."email_verified" IS NULL) OR OLD."is_active" IS DISTINCT FROM NEW."is_active"
    OR (OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL))
  EXECUTE FUNCTION "users_count"();
