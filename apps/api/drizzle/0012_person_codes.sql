CREATE TABLE "case_context" (
	"case_id" uuid NOT NULL,
	"hub" text NOT NULL,
	"source" text,
	"source_mca_id" uuid,
	"person_code_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_context_case_id_pk" PRIMARY KEY("case_id")
);
--> statement-breakpoint
CREATE TABLE "person_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"code" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_context" ADD CONSTRAINT "case_context_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_context" ADD CONSTRAINT "case_context_person_code_id_person_codes_id_fk" FOREIGN KEY ("person_code_id") REFERENCES "public"."person_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_codes" ADD CONSTRAINT "person_codes_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_context_person_code_idx" ON "case_context" USING btree ("person_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_codes_hub_code_idx" ON "person_codes" USING btree ("hub","code");