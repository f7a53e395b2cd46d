-- CreateIndex
CREATE INDEX "rooms_name_id_idx" ON "rooms"("name", "id");
