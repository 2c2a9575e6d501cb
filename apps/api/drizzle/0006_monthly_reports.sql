CREATE TABLE "follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"hub" text NOT NULL,
	"month" text NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_in_meeting_id" uuid
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"month" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"narrative" jsonb,
	"reviewer_comment" text,
	"verified_figures" jsonb,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "report_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"meeting_id" uuid,
	"figures" jsonb
);
--> statement-breakpoint
CREATE TABLE "verification_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"attendees" text,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_meeting_id_verification_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."verification_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_transitions" ADD CONSTRAINT "report_transitions_report_id_monthly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_actions_hub_status_idx" ON "follow_up_actions" USING btree ("hub","status");--> statement-breakpoint
CREATE INDEX "follow_up_actions_meeting_idx" ON "follow_up_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_reports_hub_month_idx" ON "monthly_reports" USING btree ("hub","month");--> statement-breakpoint
CREATE INDEX "monthly_reports_month_idx" ON "monthly_reports" USING btree ("month");--> statement-breakpoint
CREATE INDEX "report_transitions_report_idx" ON "report_transitions" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "report_transitions_meeting_idx" ON "report_transitions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "verification_meetings_month_idx" ON "verification_meetings" USING btree ("month");