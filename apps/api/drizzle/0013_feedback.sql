CREATE TABLE "feedback_links" (
	"hub" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_links_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub" text NOT NULL,
	"month" text NOT NULL,
	"satisfaction" smallint,
	"clear_information" text,
	"respectful" text,
	"waiting" text,
	"recommend" text,
	"record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL
);
--> statement-breakpoint
CREATE INDEX "feedback_responses_month_hub_idx" ON "feedback_responses" USING btree ("month","hub");