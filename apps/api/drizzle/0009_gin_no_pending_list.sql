DROP INDEX "cases_source_seen_idx";--> statement-breakpoint
DROP INDEX "activities_source_seen_idx";--> statement-breakpoint
CREATE INDEX "cases_source_seen_idx" ON "cases" USING gin ("source_uuids_seen") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "activities_source_seen_idx" ON "activities" USING gin ("source_uuids_seen") WITH (fastupdate=false);