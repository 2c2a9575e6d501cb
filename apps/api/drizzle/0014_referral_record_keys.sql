-- Record keys of the cell key method for referrals (docs/data-protection.md), drawn for existing
-- rows too (a volatile default is evaluated once per row).
ALTER TABLE "referrals" ADD COLUMN "record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL;--> statement-breakpoint
-- Referral figures (referralFigures) reach referrals from the filtered cases (cases_analytics_idx)
-- by case_id; covering what they read keeps that an index-only scan.
CREATE INDEX "referrals_figures_idx" ON "referrals" USING btree ("case_id") INCLUDE ("state","outcome","directory_entry_id","sent_on","follow_up_on","closed_on","record_key");
