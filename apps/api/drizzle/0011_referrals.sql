CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text,
	"profile" text,
	"directory_entry_id" uuid,
	"institution" text NOT NULL,
	"contact_person" text,
	"contact_phone" text,
	"contact_email" text,
	"situation" text,
	"assistance" text,
	"consent_to_refer" boolean DEFAULT false NOT NULL,
	"consent_to_share" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"sent_on" date,
	"follow_up_on" date,
	"closed_on" date,
	"outcome" text,
	"outcome_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_directory_entry_id_directory_entries_id_fk" FOREIGN KEY ("directory_entry_id") REFERENCES "public"."directory_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_hub_follow_up_idx" ON "referrals" USING btree ("hub","follow_up_on");