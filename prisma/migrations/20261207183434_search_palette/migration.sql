-- CreateIndex
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "rooms_name_trgm_idx" ON "rooms" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "trade_booths_title_trgm_idx" ON "trade_booths" USING GIN ("title" gin_trgm_ops);
