-- Added by hand: Prisma does not manage extensions. pg_trgm is a trusted contrib extension of
-- PostgreSQL (13 and later), and the embedded PGlite database loads it (lib/db/pglite.ts).
-- No semicolons in comments here: the pg driver adapter splits migration scripts on every one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "users_name_trgm_idx" ON "users" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN ("email" gin_trgm_ops);
