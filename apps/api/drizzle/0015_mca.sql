CREATE TABLE "mca_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mca_id" uuid NOT NULL,
	"on" date NOT NULL,
	"place" text NOT NULL,
	"situation" text,
	"intervention" text,
	"minutes" integer,
	"type" text NOT NULL,
	"follow_up" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mca_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mca_id" uuid NOT NULL,
	"on" date NOT NULL,
	"channel" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mca_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mca_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mcas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"address" text,
	"workplace" text,
	"reference_name" text,
	"reference_phone" text,
	"community" text,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mca_actions" ADD CONSTRAINT "mca_actions_mca_id_mcas_id_fk" FOREIGN KEY ("mca_id") REFERENCES "public"."mcas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mca_actions" ADD CONSTRAINT "mca_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mca_check_ins" ADD CONSTRAINT "mca_check_ins_mca_id_mcas_id_fk" FOREIGN KEY ("mca_id") REFERENCES "public"."mcas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mca_check_ins" ADD CONSTRAINT "mca_check_ins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mca_letters" ADD CONSTRAINT "mca_letters_mca_id_mcas_id_fk" FOREIGN KEY ("mca_id") REFERENCES "public"."mcas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mca_letters" ADD CONSTRAINT "mca_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mcas" ADD CONSTRAINT "mcas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mca_actions_mca_idx" ON "mca_actions" USING btree ("mca_id","on");--> statement-breakpoint
CREATE INDEX "mca_check_ins_mca_idx" ON "mca_check_ins" USING btree ("mca_id","on");--> statement-breakpoint
CREATE INDEX "mca_letters_mca_idx" ON "mca_letters" USING btree ("mca_id","signed_on");--> statement-breakpoint
CREATE INDEX "mcas_hub_idx" ON "mcas" USING btree ("hub");--> statement-breakpoint
CREATE INDEX "mcas_left_on_idx" ON "mcas" USING btree ("left_on");