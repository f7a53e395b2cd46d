-- CreateTable
CREATE TABLE "booth_status_counts" (
    "status" "BoothStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "booth_status_counts_pkey" PRIMARY KEY ("status")
);

-- CreateTable
CREATE TABLE "company_booth_counts" (
    "company_id" UUID NOT NULL,
    "status" "BoothStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "company_booth_counts_pkey" PRIMARY KEY ("company_id","status")
);

-- CreateTable
CREATE TABLE "user_counts" (
    "role" "Role" NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "active" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "user_counts_pkey" PRIMARY KEY ("role","verified","active")
);

-- Added by hand (Prisma does not model functions or triggers): the counters above are kept exact
-- by row triggers, in the transaction that writes the row. Each function changes every counter
-- table with one statement whose rows come in key order, so concurrent writers lock counter rows
-- in the same order. A booth's update is counted only when its status or company changes, a
-- user's only when role, verification or activity changes. TRUNCATE empties the counters too.
-- This script reaches PostgreSQL whole (lib/db/pg-migration-adapter.ts), so the function bodies
-- may hold semicolons.
CREATE FUNCTION "trade_booths_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "booth_status_counts" AS t ("status", "count")
  SELECT d.status, sum(d.delta) FROM (VALUES (OLD."status", -1), (NEW."status", 1)) AS d (status, delta)
  WHERE d.status IS NOT NULL GROUP BY d.status HAVING sum(d.delta) <> 0 ORDER BY d.status
  ON CONFLICT ("status") DO UPDATE SET "count" = t."count" + excluded."count";

  INSERT INTO "company_booth_counts" AS t ("company_id", "status", "count")
  SELECT d.company_id, d.status, sum(d.delta)
  FROM (VALUES (OLD."company_id", OLD."status", -1), (NEW."company_id", NEW."status", 1)) AS d (company_id, status, delta)
  WHERE d.status IS NOT NULL GROUP BY d.company_id, d.status HAVING sum(d.delta) <> 0 ORDER BY d.company_id, d.status
  ON CONFLICT ("company_id", "status") DO UPDATE SET "count" = t."count" + excluded."count";

  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "company_booth_counts" WHERE "company_id" = OLD."company_id" AND "status" = OLD."status" AND "count" = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "users_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "user_counts" AS t ("role", "verified", "active", "count")
  SELECT d.role, d.verified, d.active, sum(d.delta)
  FROM (VALUES (OLD."role", OLD."email_verified" IS NOT NULL, OLD."is_active", -1),
               (NEW."role", NEW."email_verified" IS NOT NULL, NEW."is_active", 1)) AS d (role, verified, active, delta)
  WHERE d.role IS NOT NULL GROUP BY d.role, d.verified, d.active HAVING sum(d.delta) <> 0 ORDER BY d.role, d.verified, d.active
  ON CONFLICT ("role", "verified", "active") DO UPDATE SET "count" = t."count" + excluded."count";
  RETURN NULL;
END
$$;

CREATE FUNCTION "list_counters_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    DELETE FROM "user_counts";
  ELSE
    DELETE FROM "booth_status_counts";
    DELETE FROM "company_booth_counts";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "trade_booths_count" AFTER INSERT OR DELETE ON "trade_booths" FOR EACH ROW EXECUTE FUNCTION "trade_booths_count"();
CREATE TRIGGER "trade_booths_count_update" AFTER UPDATE OF "status", "company_id" ON "trade_booths" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."company_id" IS DISTINCT FROM NEW."company_id") EXECUTE FUNCTION "trade_booths_count"();
CREATE TRIGGER "trade_booths_count_truncate" AFTER TRUNCATE ON "trade_booths" FOR EACH STATEMENT EXECUTE FUNCTION "list_counters_truncated"();

CREATE TRIGGER "users_count" AFTER INSERT OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "users_count"();
CREATE TRIGGER "users_count_update" AFTER UPDATE OF "role", "email_verified", "is_active" ON "users" FOR EACH ROW
  WHEN (OLD."role" IS DISTINCT FROM NEW."role" OR (OLD."email_verified" IS NULL) <> (NEW."email_verified" IS NULL) OR OLD."is_active" IS DISTINCT FROM NEW."is_active")
  EXECUTE FUNCTION "users_count"();
CREATE TRIGGER "users_count_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "list_counters_truncated"();

-- The rows already there (the triggers above hold their tables' locks until this script commits).
INSERT INTO "booth_status_counts" ("status", "count") SELECT "status", count(*) FROM "trade_booths" GROUP BY "status";
INSERT INTO "company_booth_counts" ("company_id", "status", "count") SELECT "company_id", "status", count(*) FROM "trade_booths" GROUP BY "company_id", "status";
INSERT INTO "user_counts" ("role", "verified", "active", "count")
SELECT "role", "email_verified" IS NOT NULL, "is_active", count(*) FROM "users" GROUP BY 1, 2, 3;
