-- AlterTable
ALTER TABLE "users" ADD COLUMN     "hour_cycle" VARCHAR(3),
ADD COLUMN     "locale" VARCHAR(8);
