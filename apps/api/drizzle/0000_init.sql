CREATE TABLE "hubs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"admin1" text,
	"type" text DEFAULT 'permanent' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hubs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "user_hubs" (
	"user_id" uuid NOT NULL,
	"hub_code" text NOT NULL,
	CONSTRAINT "user_hubs_user_id_hub_code_pk" PRIMARY KEY("user_id","hub_code")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "case_observations" (
	"case_id" uuid NOT NULL,
	"observation" text NOT NULL,
	CONSTRAINT "case_observations_case_id_observation_pk" PRIMARY KEY("case_id","observation")
);
--> statement-breakpoint
CREATE TABLE "case_profiles" (
	"case_id" uuid NOT NULL,
	"profile" text NOT NULL,
	CONSTRAINT "case_profiles_case_id_profile_pk" PRIMARY KEY("case_id","profile")
);
--> statement-breakpoint
CREATE TABLE "case_services" (
	"case_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"service" text NOT NULL,
	"action" text,
	"referral_org" text,
	"referred" boolean DEFAULT false NOT NULL,
	CONSTRAINT "case_services_case_id_slot_pk" PRIMARY KEY("case_id","slot")
);
--> statement-breakpoint
CREATE TABLE "case_vulnerability_types" (
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"profile" text NOT NULL,
	CONSTRAINT "case_vulnerability_types_case_id_type_pk" PRIMARY KEY("case_id","type")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"hub" text NOT NULL,
	"hub_other" text,
	"hub_type" text NOT NULL,
	"officer_id" text NOT NULL,
	"consent" text NOT NULL,
	"observation" text[] DEFAULT '{}' NOT NULL,
	"a0_name" text,
	"a1_nationality" text NOT NULL,
	"a1_nationality_other" text,
	"a1_second_nationality" text,
	"a2_residence" text NOT NULL,
	"a3_country" text NOT NULL,
	"a3_admin1" text NOT NULL,
	"a3_admin2" text NOT NULL,
	"a3_community" text,
	"a4_is_migrant" text NOT NULL,
	"a5_age_range" text NOT NULL,
	"a6_gender" text NOT NULL,
	"a6_gender_other" text,
	"a7_civil_status" text NOT NULL,
	"a8_school_level" text NOT NULL,
	"a9_occupation" text NOT NULL,
	"a9_occupation_area" text,
	"a9_occupation_area_other" text,
	"a9_labour_formality" text,
	"a10_service_1" text NOT NULL,
	"a10_service_other_1" text,
	"a11_action_1" text,
	"a11_action_other_1" text,
	"a11_referral_org_1" text,
	"a10_service_2" text,
	"a10_service_other_2" text,
	"a11_action_2" text,
	"a11_action_other_2" text,
	"a11_referral_org_2" text,
	"a10_service_3" text,
	"a10_service_other_3" text,
	"a11_action_3" text,
	"a11_action_other_3" text,
	"a11_referral_org_3" text,
	"a14_vulnerability" text NOT NULL,
	"a14_vulnerability_types" text[] DEFAULT '{}' NOT NULL,
	"a14_vulnerability_other" text,
	"attention_route" text NOT NULL,
	"is_minor" boolean,
	"life_stage" text,
	"gender_group" text,
	"residence_group" text,
	"services_count" smallint DEFAULT 1 NOT NULL,
	"referred" boolean DEFAULT false NOT NULL,
	"has_trafficking" boolean DEFAULT false NOT NULL,
	"has_refugee" boolean DEFAULT false NOT NULL,
	"has_migrant_at_risk" boolean DEFAULT false NOT NULL,
	"has_child_at_risk" boolean DEFAULT false NOT NULL,
	"has_other_vulnerability" boolean DEFAULT false NOT NULL,
	"month" text NOT NULL,
	"hub_country" text,
	"source_uuid" text,
	"source_uuids_seen" text[] DEFAULT '{}' NOT NULL,
	"source_root_uuid" text,
	"source_id" text,
	"source_form_id" text,
	"validation_status" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"hub" text NOT NULL,
	"hub_other" text,
	"hub_type" text NOT NULL,
	"officer_id" text NOT NULL,
	"b1_country" text NOT NULL,
	"b1_admin1" text NOT NULL,
	"b1_admin2" text NOT NULL,
	"b1_community" text,
	"b2_activity_type" text NOT NULL,
	"b2_topics" text[] DEFAULT '{}' NOT NULL,
	"b2_other" text,
	"b2_scored_above_70" integer,
	"b3_summary" text NOT NULL,
	"b4_people_reached" text NOT NULL,
	"b5_pct_female" integer NOT NULL,
	"b6_avg_age" text NOT NULL,
	"b7_pct_under_18" integer NOT NULL,
	"b8_unmet_needs" text NOT NULL,
	"b8_unmet_needs_text" text,
	"b9_follow_up" text,
	"est_people" double precision,
	"est_women" double precision,
	"est_minors" double precision,
	"est_avg_age" double precision,
	"est_pass_share" double precision,
	"month" text NOT NULL,
	"hub_country" text,
	"source_uuid" text,
	"source_uuids_seen" text[] DEFAULT '{}' NOT NULL,
	"source_root_uuid" text,
	"source_id" text,
	"source_form_id" text,
	"validation_status" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "activity_topics" (
	"activity_id" uuid NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "activity_topics_activity_id_topic_pk" PRIMARY KEY("activity_id","topic")
);
--> statement-breakpoint
CREATE TABLE "directory_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"organization" text NOT NULL,
	"sector" text NOT NULL,
	"address" text,
	"opening_hours" text,
	"contact" text,
	"services_offered" text[] DEFAULT '{}' NOT NULL,
	"conditions" text[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"hub" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_hubs" ADD CONSTRAINT "user_hubs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_hubs" ADD CONSTRAINT "user_hubs_hub_code_hubs_code_fk" FOREIGN KEY ("hub_code") REFERENCES "public"."hubs"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_observations" ADD CONSTRAINT "case_observations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_profiles" ADD CONSTRAINT "case_profiles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_services" ADD CONSTRAINT "case_services_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_vulnerability_types" ADD CONSTRAINT "case_vulnerability_types_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_topics" ADD CONSTRAINT "activity_topics_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hubs_country_idx" ON "hubs" USING btree ("country");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "case_obs_idx" ON "case_observations" USING btree ("observation");--> statement-breakpoint
CREATE INDEX "case_profiles_profile_idx" ON "case_profiles" USING btree ("profile");--> statement-breakpoint
CREATE INDEX "case_services_service_idx" ON "case_services" USING btree ("service");--> statement-breakpoint
CREATE INDEX "case_services_action_idx" ON "case_services" USING btree ("action");--> statement-breakpoint
CREATE INDEX "case_vuln_type_idx" ON "case_vulnerability_types" USING btree ("type");--> statement-breakpoint
CREATE INDEX "cases_hub_month_idx" ON "cases" USING btree ("hub","month");--> statement-breakpoint
CREATE INDEX "cases_month_idx" ON "cases" USING btree ("month");--> statement-breakpoint
CREATE INDEX "cases_date_idx" ON "cases" USING btree ("date");--> statement-breakpoint
CREATE INDEX "cases_validation_idx" ON "cases" USING btree ("validation_status");--> statement-breakpoint
CREATE INDEX "cases_source_uuid_idx" ON "cases" USING btree ("source_uuid");--> statement-breakpoint
CREATE INDEX "cases_source_root_idx" ON "cases" USING btree ("source_root_uuid");--> statement-breakpoint
CREATE INDEX "activities_hub_month_idx" ON "activities" USING btree ("hub","month");--> statement-breakpoint
CREATE INDEX "activities_month_idx" ON "activities" USING btree ("month");--> statement-breakpoint
CREATE INDEX "activities_date_idx" ON "activities" USING btree ("date");--> statement-breakpoint
CREATE INDEX "activities_validation_idx" ON "activities" USING btree ("validation_status");--> statement-breakpoint
CREATE INDEX "activities_source_uuid_idx" ON "activities" USING btree ("source_uuid");--> statement-breakpoint
CREATE INDEX "activity_topics_topic_idx" ON "activity_topics" USING btree ("topic");--> statement-breakpoint
CREATE INDEX "directory_hub_idx" ON "directory_entries" USING btree ("hub");--> statement-breakpoint
CREATE INDEX "directory_sector_idx" ON "directory_entries" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_user_idx" ON "audit_log" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_hub_idx" ON "audit_log" USING btree ("hub");