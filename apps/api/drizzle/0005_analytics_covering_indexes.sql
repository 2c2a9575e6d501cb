-- Covering partial indexes for `disaggregation` (apps/api/src/analytics/compile.ts): every
-- column an analytics query reads (filters, single-valued dimensions, the slot/array/flag
-- columns multi-valued dimensions are expanded from, measures) is in the index, so the
-- queries are index-only scans over (month, hub) of the records that count (not_approved
-- left out). Maintained by PostgreSQL on every write: always fresh, nothing to rebuild.
CREATE INDEX IF NOT EXISTS "cases_analytics_idx" ON "cases" USING btree ("month","hub") INCLUDE ("hub_country","hub_type","a1_nationality","a2_residence","a4_is_migrant","a5_age_range","a6_gender","a7_civil_status","a8_school_level","a9_occupation","attention_route","referred","a10_service_1","a10_service_2","a10_service_3","a11_action_1","a11_action_2","a11_action_3","a14_vulnerability_types","has_trafficking","has_refugee","has_migrant_at_risk","has_child_at_risk","has_other_vulnerability") WHERE "validation_status" IS DISTINCT FROM 'not_approved';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "activities_analytics_idx" ON "activities" USING btree ("month","hub") INCLUDE ("hub_country","hub_type","b2_activity_type","b2_topics","est_people","est_women","est_minors") WHERE "validation_status" IS DISTINCT FROM 'not_approved';
