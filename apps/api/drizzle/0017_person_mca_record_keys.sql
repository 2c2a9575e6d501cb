-- Record keys of the cell key method for person codes and advisors (docs/data-protection.md):
-- unique people and check-in compliance count them. Drawn for existing rows too.
ALTER TABLE "person_codes" ADD COLUMN "record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL;--> statement-breakpoint
ALTER TABLE "mcas" ADD COLUMN "record_key" integer DEFAULT floor(random() * 1048576)::int NOT NULL;