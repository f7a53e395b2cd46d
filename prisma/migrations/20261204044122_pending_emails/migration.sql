-- CreateTable
CREATE TABLE "pending_emails" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "user_id" UUID,
    "name" TEXT,
    "password_hash" TEXT,
    "claimable" BOOLEAN NOT NULL,
    "code_hash" TEXT NOT NULL,
    "code_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "link_hash" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pending_emails_link_hash_key" ON "pending_emails"("link_hash");

-- CreateIndex
CREATE INDEX "pending_emails_email_created_at_idx" ON "pending_emails"("email", "created_at");

-- CreateIndex
CREATE INDEX "pending_emails_user_id_idx" ON "pending_emails"("user_id");

-- CreateIndex
CREATE INDEX "pending_emails_expires_at_idx" ON "pending_emails"("expires_at");

-- AddForeignKey
ALTER TABLE "pending_emails" ADD CONSTRAINT "pending_emails_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
