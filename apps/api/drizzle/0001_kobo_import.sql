CREATE TABLE "record_sources" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"activity_id" uuid,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid,
	"submitted_at" timestamp with time zone,
	"form_started_at" timestamp with time zone,
	"form_ended_at" timestamp with time zone,
	"device_date" date,
	"device_id" text,
	"source_form_version" text,
	CONSTRAINT "record_sources_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "record_sources_activity_id_unique" UNIQUE("activity_id")
);
--> statement-breakpoint
ALTER TABLE "record_sources" ADD CONSTRAINT "record_sources_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_sources" ADD CONSTRAINT "record_sources_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_sources_imported_idx" ON "record_sources" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "cases_source_seen_idx" ON "cases" USING gin ("source_uuids_seen");--> statement-breakpoint
CREATE INDEX "activities_source_root_idx" ON "activities" USING btree ("source_root_uuid");--> statement-breakpoint
CREATE INDEX "activities_source_seen_idx" ON "activities" USING gin ("source_uuids_seen");