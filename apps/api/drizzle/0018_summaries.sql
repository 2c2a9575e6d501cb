CREATE TABLE "activity_summaries" (
	"dims" text NOT NULL,
	"month" text NOT NULL,
	"hub" text NOT NULL,
	"hub_country" text NOT NULL,
	"hub_type" text NOT NULL,
	"k1" text NOT NULL,
	"k2" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"ks" bigint DEFAULT 0 NOT NULL,
	"n_unmet" integer DEFAULT 0 NOT NULL,
	"ks_unmet" bigint DEFAULT 0 NOT NULL,
	"people" numeric DEFAULT '0' NOT NULL,
	"women_reached" numeric DEFAULT '0' NOT NULL,
	"minors_reached" numeric DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_summaries" (
	"dims" text NOT NULL,
	"month" text NOT NULL,
	"hub" text NOT NULL,
	"hub_country" text NOT NULL,
	"hub_type" text NOT NULL,
	"k1" text NOT NULL,
	"k2" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"ks" bigint DEFAULT 0 NOT NULL,
	"n_referred" integer DEFAULT 0 NOT NULL,
	"ks_referred" bigint DEFAULT 0 NOT NULL,
	"n_vulnerable" integer DEFAULT 0 NOT NULL,
	"ks_vulnerable" bigint DEFAULT 0 NOT NULL,
	"n_vuln_yes" integer DEFAULT 0 NOT NULL,
	"ks_vuln_yes" bigint DEFAULT 0 NOT NULL,
	"n_minor" integer DEFAULT 0 NOT NULL,
	"ks_minor" bigint DEFAULT 0 NOT NULL,
	"n_women" integer DEFAULT 0 NOT NULL,
	"ks_women" bigint DEFAULT 0 NOT NULL,
	"n_in_transit" integer DEFAULT 0 NOT NULL,
	"ks_in_transit" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_summaries_cell_idx" ON "activity_summaries" USING btree ("dims","month","hub","hub_country","hub_type","k1","k2");--> statement-breakpoint
CREATE INDEX "case_summaries_cell_idx" ON "case_summaries" USING btree ("dims","month","hub","hub_country","hub_type","k1","k2");