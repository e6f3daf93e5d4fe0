import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dues_statement_lines_line_status" AS ENUM('unmatched', 'proposed', 'confirmed', 'ignored');
  CREATE TYPE "public"."enum_dues_statement_lines_match_kind" AS ENUM('code_amount', 'amount', 'code_amount_differs', 'manual', 'code_closed', 'codes_several_members', 'amount_ambiguous', 'none');
  CREATE TABLE "dues_statements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"checksum" varchar NOT NULL,
  	"total_lines" numeric,
  	"new_lines" numeric,
  	"duplicate_lines" numeric,
  	"skipped_lines" numeric,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dues_statement_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer NOT NULL,
  	"line_number" numeric NOT NULL,
  	"value_date" timestamp(3) with time zone NOT NULL,
  	"amount" numeric NOT NULL,
  	"description" varchar,
  	"reference" varchar,
  	"fingerprint" varchar NOT NULL,
  	"line_status" "enum_dues_statement_lines_line_status" DEFAULT 'unmatched' NOT NULL,
  	"match_kind" "enum_dues_statement_lines_match_kind" DEFAULT 'none' NOT NULL,
  	"member_id" integer,
  	"payment_id" integer,
  	"ignored_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dues_statement_lines_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dues_bills_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_statements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_statement_lines_id" integer;
  ALTER TABLE "dues_statements" ADD CONSTRAINT "dues_statements_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_statement_lines" ADD CONSTRAINT "dues_statement_lines_statement_id_dues_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."dues_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_statement_lines" ADD CONSTRAINT "dues_statement_lines_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_statement_lines" ADD CONSTRAINT "dues_statement_lines_payment_id_dues_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."dues_payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_statement_lines" ADD CONSTRAINT "dues_statement_lines_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_statement_lines_rels" ADD CONSTRAINT "dues_statement_lines_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dues_statement_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dues_statement_lines_rels" ADD CONSTRAINT "dues_statement_lines_rels_dues_bills_fk" FOREIGN KEY ("dues_bills_id") REFERENCES "public"."dues_bills"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "dues_statements_checksum_idx" ON "dues_statements" USING btree ("checksum");
  CREATE INDEX "dues_statements_uploaded_by_idx" ON "dues_statements" USING btree ("uploaded_by_id");
  CREATE INDEX "dues_statements_updated_at_idx" ON "dues_statements" USING btree ("updated_at");
  CREATE INDEX "dues_statements_created_at_idx" ON "dues_statements" USING btree ("created_at");
  CREATE INDEX "dues_statement_lines_statement_idx" ON "dues_statement_lines" USING btree ("statement_id");
  CREATE UNIQUE INDEX "dues_statement_lines_fingerprint_idx" ON "dues_statement_lines" USING btree ("fingerprint");
  CREATE INDEX "dues_statement_lines_member_idx" ON "dues_statement_lines" USING btree ("member_id");
  CREATE UNIQUE INDEX "dues_statement_lines_payment_idx" ON "dues_statement_lines" USING btree ("payment_id");
  CREATE INDEX "dues_statement_lines_decided_by_idx" ON "dues_statement_lines" USING btree ("decided_by_id");
  CREATE INDEX "dues_statement_lines_updated_at_idx" ON "dues_statement_lines" USING btree ("updated_at");
  CREATE INDEX "dues_statement_lines_created_at_idx" ON "dues_statement_lines" USING btree ("created_at");
  CREATE INDEX "lineStatus_valueDate_idx" ON "dues_statement_lines" USING btree ("line_status","value_date");
  CREATE INDEX "dues_statement_lines_rels_order_idx" ON "dues_statement_lines_rels" USING btree ("order");
  CREATE INDEX "dues_statement_lines_rels_parent_idx" ON "dues_statement_lines_rels" USING btree ("parent_id");
  CREATE INDEX "dues_statement_lines_rels_path_idx" ON "dues_statement_lines_rels" USING btree ("path");
  CREATE INDEX "dues_statement_lines_rels_dues_bills_id_idx" ON "dues_statement_lines_rels" USING btree ("dues_bills_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_statements_fk" FOREIGN KEY ("dues_statements_id") REFERENCES "public"."dues_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_statement_lines_fk" FOREIGN KEY ("dues_statement_lines_id") REFERENCES "public"."dues_statement_lines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "billStatus_paidAt_idx" ON "dues_bills" USING btree ("bill_status","paid_at");
  CREATE INDEX "region_billStatus_paidAt_idx" ON "dues_bills" USING btree ("region_id","bill_status","paid_at");
  CREATE INDEX "paymentStatus_createdAt_idx" ON "dues_payments" USING btree ("payment_status","created_at");
  CREATE INDEX "payload_locked_documents_rels_dues_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_statements_id");
  CREATE INDEX "payload_locked_documents_rels_dues_statement_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_statement_lines_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dues_statements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_statement_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_statement_lines_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dues_statements" CASCADE;
  DROP TABLE "dues_statement_lines" CASCADE;
  DROP TABLE "dues_statement_lines_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_statements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_statement_lines_fk";
  
  DROP INDEX "billStatus_paidAt_idx";
  DROP INDEX "region_billStatus_paidAt_idx";
  DROP INDEX "paymentStatus_createdAt_idx";
  DROP INDEX "payload_locked_documents_rels_dues_statements_id_idx";
  DROP INDEX "payload_locked_documents_rels_dues_statement_lines_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_statements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_statement_lines_id";
  DROP TYPE "public"."enum_dues_statement_lines_line_status";
  DROP TYPE "public"."enum_dues_statement_lines_match_kind";`)
}
