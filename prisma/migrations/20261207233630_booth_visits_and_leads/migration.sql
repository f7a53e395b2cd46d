-- CreateTable
CREATE TABLE "booth_visits" (
    "booth_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "first_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "booth_visits_pkey" PRIMARY KEY ("booth_id","user_id","day")
);

-- CreateTable
CREATE TABLE "booth_hour_stats" (
    "booth_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "peak_in_room" INTEGER NOT NULL DEFAULT 0,
    "messages" INTEGER NOT NULL DEFAULT 0,
    "leads" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "booth_hour_stats_pkey" PRIMARY KEY ("booth_id","hour")
);

-- CreateTable
CREATE TABLE "booth_stats" (
    "booth_id" UUID NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "visitors" INTEGER NOT NULL DEFAULT 0,
    "messages" INTEGER NOT NULL DEFAULT 0,
    "leads" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "booth_stats_pkey" PRIMARY KEY ("booth_id")
);

-- CreateTable
CREATE TABLE "leads" (
    "id" UUID NOT NULL,
    "booth_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "leads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "booth_visits_user_id_idx" ON "booth_visits"("user_id");

-- CreateIndex
CREATE INDEX "booth_stats_visitors_idx" ON "booth_stats"("visitors" DESC);

-- CreateIndex
CREATE INDEX "leads_company_id_created_at_idx" ON "leads"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "leads_user_id_idx" ON "leads"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "leads_booth_id_user_id_key" ON "leads"("booth_id", "user_id");

-- AddForeignKey
ALTER TABLE "booth_visits" ADD CONSTRAINT "booth_visits_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "trade_booths"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_visits" ADD CONSTRAINT "booth_visits_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_hour_stats" ADD CONSTRAINT "booth_hour_stats_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "trade_booths"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_stats" ADD CONSTRAINT "booth_stats_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "trade_booths"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "trade_booths"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Booth figures kept by triggers in the writing transaction, so analytics read booth_stats and
-- booth_hour_stats (a row per booth and hour) and never count visits, leads or messages. Hours are
-- UTC hours. A visit or lead that goes (its person's account deleted) is taken out of the figures.
CREATE FUNCTION "booth_visits_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "booth_hour_stats" ("booth_id", "hour", "visits") VALUES (NEW."booth_id", date_trunc('hour', NEW."first_at", 'UTC'), 1)
    ON CONFLICT ("booth_id", "hour") DO UPDATE SET "visits" = "booth_hour_stats"."visits" + 1;
    INSERT INTO "booth_stats" ("booth_id", "visits", "visitors")
    VALUES (NEW."booth_id", 1, CASE WHEN EXISTS (SELECT 1 FROM "booth_visits" v WHERE v."booth_id" = NEW."booth_id" AND v."user_id" = NEW."user_id" AND v."day" <> NEW."day") THEN 0 ELSE 1 END)
    ON CONFLICT ("booth_id") DO UPDATE SET "visits" = "booth_stats"."visits" + 1, "visitors" = "booth_stats"."visitors" + excluded."visitors";
  ELSE
    -- Only updates: when the booth itself is being deleted its figures go with it, never come back.
    UPDATE "booth_hour_stats" SET "visits" = "visits" - 1 WHERE "booth_id" = OLD."booth_id" AND "hour" = date_trunc('hour', OLD."first_at", 'UTC');
    UPDATE "booth_stats" SET "visits" = "visits" - 1,
      "visitors" = "visitors" - CASE WHEN EXISTS (SELECT 1 FROM "booth_visits" v WHERE v."booth_id" = OLD."booth_id" AND v."user_id" = OLD."user_id") THEN 0 ELSE 1 END
    WHERE "booth_id" = OLD."booth_id";
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "leads_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "booth_hour_stats" ("booth_id", "hour", "leads") VALUES (NEW."booth_id", date_trunc('hour', NEW."created_at", 'UTC'), 1)
    ON CONFLICT ("booth_id", "hour") DO UPDATE SET "leads" = "booth_hour_stats"."leads" + 1;
    INSERT INTO "booth_stats" ("booth_id", "leads") VALUES (NEW."booth_id", 1)
    ON CONFLICT ("booth_id") DO UPDATE SET "leads" = "booth_stats"."leads" + 1;
  ELSE
    UPDATE "booth_hour_stats" SET "leads" = "leads" - 1 WHERE "booth_id" = OLD."booth_id" AND "hour" = date_trunc('hour', OLD."created_at", 'UTC');
    UPDATE "booth_stats" SET "leads" = "leads" - 1 WHERE "booth_id" = OLD."booth_id";
  END IF;
  RETURN NULL;
END
$$;

-- Messages arrive in batches (store-messages.ts): one statement-level pass per batch, counting the
-- messages of booth rooms per booth and hour.
CREATE FUNCTION "booth_messages_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "booth_hour_stats" ("booth_id", "hour", "messages")
  SELECT r."booth_id", date_trunc('hour', m."created_at", 'UTC'), count(*)::int
  FROM "inserted_messages" m JOIN "rooms" r ON r."id" = m."room_id"
  WHERE r."booth_id" IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("booth_id", "hour") DO UPDATE SET "messages" = "booth_hour_stats"."messages" + excluded."messages";
  INSERT INTO "booth_stats" ("booth_id", "messages")
  SELECT r."booth_id", count(*)::int
  FROM "inserted_messages" m JOIN "rooms" r ON r."id" = m."room_id"
  WHERE r."booth_id" IS NOT NULL
  GROUP BY 1 ORDER BY 1
  ON CONFLICT ("booth_id") DO UPDATE SET "messages" = "booth_stats"."messages" + excluded."messages";
  RETURN NULL;
END
$$;

CREATE TRIGGER "booth_visits_count" AFTER INSERT OR DELETE ON "booth_visits" FOR EACH ROW EXECUTE FUNCTION "booth_visits_count"();
CREATE TRIGGER "leads_count" AFTER INSERT OR DELETE ON "leads" FOR EACH ROW EXECUTE FUNCTION "leads_count"();
CREATE TRIGGER "booth_messages_count" AFTER INSERT ON "messages" REFERENCING NEW TABLE AS "inserted_messages"
  FOR EACH STATEMENT EXECUTE FUNCTION "booth_messages_count"();

-- Messages already written in booth rooms.
INSERT INTO "booth_hour_stats" ("booth_id", "hour", "messages")
SELECT r."booth_id", date_trunc('hour', m."created_at", 'UTC'), count(*)::int
FROM "messages" m JOIN "rooms" r ON r."id" = m."room_id" WHERE r."booth_id" IS NOT NULL GROUP BY 1, 2;
INSERT INTO "booth_stats" ("booth_id", "messages")
SELECT r."booth_id", count(*)::int FROM "messages" m JOIN "rooms" r ON r."id" = m."room_id" WHERE r."booth_id" IS NOT NULL GROUP BY 1;
