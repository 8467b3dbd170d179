-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "grade" TEXT;

