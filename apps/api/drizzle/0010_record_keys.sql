-- Record keys of the cell key method (docs/data-protection.md): a random integer in [0, 2^20) per
-- record, drawn for existing rows too (a volatile default is evaluated once per row).
ALTER TABLE "cases" ADD COLUMN "record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL;--> statement-breakpoint
-- The analytics covering indexes (0005) gain record_key, so perturbed tables (the sum of the
-- record keys of each cell) stay index-only scans.
DROP INDEX IF EXISTS "cases_analytics_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "activities_analytics_idx";--> statement-breakpoint
CREATE INDEX "cases_analytics_idx" ON "cases" USING btree ("month","hub") INCLUDE ("hub_country","hub_type","a1_nationality","a2_residence","a4_is_migrant","a5_age_range","a6_gender","a7_civil_status","a8_school_level","a9_occupation","attention_route","referred","a10_service_1","a10_service_2","a10_service_3","a11_action_1","a11_action_2","a11_action_3","a14_vulnerability_types","has_trafficking","has_refugee","has_migrant_at_risk","has_child_at_risk","has_other_vulnerability","record_key") WHERE "validation_status" IS DISTINCT FROM 'not_approved';--> statement-breakpoint
CREATE INDEX "activities_analytics_idx" ON "activities" USING btree ("month","hub") INCLUDE ("hub_country","hub_type","b2_activity_type","b2_topics","est_people","est_women","est_minors","record_key") WHERE "validation_status" IS DISTINCT FROM 'not_approved';
