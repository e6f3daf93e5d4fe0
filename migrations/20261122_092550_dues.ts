import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dues_rates_scheme_type" AS ENUM('golongan', 'gaji');
  CREATE TYPE "public"."enum_dues_rates_bracket" AS ENUM('I', 'II', 'III', 'IV', '0_1_5', '1_5_3', '3_6', '6_plus');
  CREATE TYPE "public"."enum_dues_bills_bill_type" AS ENUM('registration', 'monthly');
  CREATE TYPE "public"."enum_dues_bills_bill_status" AS ENUM('unpaid', 'paid', 'overdue', 'waived');
  CREATE TYPE "public"."enum_dues_payments_method" AS ENUM('transfer', 'qris', 'cash', 'other');
  CREATE TYPE "public"."enum_dues_payments_payment_status" AS ENUM('submitted', 'verified', 'rejected');
  CREATE TYPE "public"."enum_dues_payments_source" AS ENUM('upload', 'reconciliation');
  CREATE TYPE "public"."enum_dues_claims_claim_type" AS ENUM('already_paid', 'wrong_amount', 'wrong_period', 'double_payment', 'waiver_request', 'other');
  CREATE TYPE "public"."enum_dues_claims_status" AS ENUM('submitted', 'in_review', 'approved', 'rejected');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.view_self';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.rate.manage';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.bill.generate';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.bill.view_all';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.payment.view_all';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.payment.verify';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.payment.reject';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.claim.view_all';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.claim.process';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.arrears.enforce_pending';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.arrears.reactivate';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'dues.report.export_all';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'duesGenerateBills';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'duesArrears';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'duesGenerateBills';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'duesArrears';
  CREATE TABLE "dues_rates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scheme_type" "enum_dues_rates_scheme_type" NOT NULL,
  	"bracket" "enum_dues_rates_bracket" NOT NULL,
  	"label" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"min_salary" numeric,
  	"max_salary" numeric,
  	"sort_order" numeric DEFAULT 0,
  	"is_active" boolean DEFAULT true,
  	"effective_from" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dues_bills" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"bill_type" "enum_dues_bills_bill_type" DEFAULT 'monthly' NOT NULL,
  	"period_year" numeric NOT NULL,
  	"period_month" numeric NOT NULL,
  	"rate_id" integer,
  	"bill_amount" numeric NOT NULL,
  	"unique_code" numeric,
  	"transfer_amount" numeric,
  	"payment_code" varchar,
  	"bill_status" "enum_dues_bills_bill_status" DEFAULT 'unpaid' NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"arrears_level" numeric DEFAULT 0,
  	"waived_reason" varchar,
  	"paid_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"region_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dues_payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"paid_amount" numeric,
  	"paid_at" timestamp(3) with time zone,
  	"method" "enum_dues_payments_method" DEFAULT 'transfer',
  	"ref_no" varchar,
  	"payment_status" "enum_dues_payments_payment_status" DEFAULT 'submitted' NOT NULL,
  	"verified_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"verification_note" varchar,
  	"rejected_reason" varchar,
  	"source" "enum_dues_payments_source" DEFAULT 'upload',
  	"owner_id" integer,
  	"region_id" integer,
  	"original_name" varchar,
  	"checksum_sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "dues_payments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dues_bills_id" integer
  );
  
  CREATE TABLE "dues_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"bill_id" integer,
  	"payment_id" integer,
  	"claim_type" "enum_dues_claims_claim_type" NOT NULL,
  	"description" varchar NOT NULL,
  	"status" "enum_dues_claims_status" DEFAULT 'submitted' NOT NULL,
  	"processed_by_id" integer,
  	"processed_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"owner_id" integer,
  	"region_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "members" ADD COLUMN "dues_rate_id" integer;
  ALTER TABLE "members" ADD COLUMN "dues_arrears_level" numeric DEFAULT 0;
  ALTER TABLE "members" ADD COLUMN "dues_suspended_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_rates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_bills_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_payments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dues_claims_id" integer;
  ALTER TABLE "dues_bills" ADD CONSTRAINT "dues_bills_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_bills" ADD CONSTRAINT "dues_bills_rate_id_dues_rates_id_fk" FOREIGN KEY ("rate_id") REFERENCES "public"."dues_rates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_bills" ADD CONSTRAINT "dues_bills_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_bills" ADD CONSTRAINT "dues_bills_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_payments_rels" ADD CONSTRAINT "dues_payments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dues_payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dues_payments_rels" ADD CONSTRAINT "dues_payments_rels_dues_bills_fk" FOREIGN KEY ("dues_bills_id") REFERENCES "public"."dues_bills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_bill_id_dues_bills_id_fk" FOREIGN KEY ("bill_id") REFERENCES "public"."dues_bills"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_payment_id_dues_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."dues_payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_processed_by_id_users_id_fk" FOREIGN KEY ("processed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dues_claims" ADD CONSTRAINT "dues_claims_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "dues_rates_code_idx" ON "dues_rates" USING btree ("code");
  CREATE INDEX "dues_rates_updated_at_idx" ON "dues_rates" USING btree ("updated_at");
  CREATE INDEX "dues_rates_created_at_idx" ON "dues_rates" USING btree ("created_at");
  CREATE UNIQUE INDEX "bracket_effectiveFrom_idx" ON "dues_rates" USING btree ("bracket","effective_from");
  CREATE INDEX "schemeType_isActive_sortOrder_idx" ON "dues_rates" USING btree ("scheme_type","is_active","sort_order");
  CREATE INDEX "dues_bills_member_idx" ON "dues_bills" USING btree ("member_id");
  CREATE INDEX "dues_bills_rate_idx" ON "dues_bills" USING btree ("rate_id");
  CREATE UNIQUE INDEX "dues_bills_payment_code_idx" ON "dues_bills" USING btree ("payment_code");
  CREATE INDEX "dues_bills_owner_idx" ON "dues_bills" USING btree ("owner_id");
  CREATE INDEX "dues_bills_region_idx" ON "dues_bills" USING btree ("region_id");
  CREATE INDEX "dues_bills_updated_at_idx" ON "dues_bills" USING btree ("updated_at");
  CREATE INDEX "dues_bills_created_at_idx" ON "dues_bills" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_billType_periodYear_periodMonth_idx" ON "dues_bills" USING btree ("member_id","bill_type","period_year","period_month");
  CREATE INDEX "billStatus_dueDate_idx" ON "dues_bills" USING btree ("bill_status","due_date");
  CREATE INDEX "periodYear_periodMonth_idx" ON "dues_bills" USING btree ("period_year","period_month");
  CREATE INDEX "dues_payments_member_idx" ON "dues_payments" USING btree ("member_id");
  CREATE INDEX "dues_payments_payment_status_idx" ON "dues_payments" USING btree ("payment_status");
  CREATE INDEX "dues_payments_verified_by_idx" ON "dues_payments" USING btree ("verified_by_id");
  CREATE INDEX "dues_payments_owner_idx" ON "dues_payments" USING btree ("owner_id");
  CREATE INDEX "dues_payments_region_idx" ON "dues_payments" USING btree ("region_id");
  CREATE INDEX "dues_payments_updated_at_idx" ON "dues_payments" USING btree ("updated_at");
  CREATE INDEX "dues_payments_created_at_idx" ON "dues_payments" USING btree ("created_at");
  CREATE UNIQUE INDEX "dues_payments_filename_idx" ON "dues_payments" USING btree ("filename");
  CREATE INDEX "dues_payments_rels_order_idx" ON "dues_payments_rels" USING btree ("order");
  CREATE INDEX "dues_payments_rels_parent_idx" ON "dues_payments_rels" USING btree ("parent_id");
  CREATE INDEX "dues_payments_rels_path_idx" ON "dues_payments_rels" USING btree ("path");
  CREATE INDEX "dues_payments_rels_dues_bills_id_idx" ON "dues_payments_rels" USING btree ("dues_bills_id");
  CREATE INDEX "dues_claims_member_idx" ON "dues_claims" USING btree ("member_id");
  CREATE INDEX "dues_claims_bill_idx" ON "dues_claims" USING btree ("bill_id");
  CREATE INDEX "dues_claims_payment_idx" ON "dues_claims" USING btree ("payment_id");
  CREATE INDEX "dues_claims_status_idx" ON "dues_claims" USING btree ("status");
  CREATE INDEX "dues_claims_processed_by_idx" ON "dues_claims" USING btree ("processed_by_id");
  CREATE INDEX "dues_claims_owner_idx" ON "dues_claims" USING btree ("owner_id");
  CREATE INDEX "dues_claims_region_idx" ON "dues_claims" USING btree ("region_id");
  CREATE INDEX "dues_claims_updated_at_idx" ON "dues_claims" USING btree ("updated_at");
  CREATE INDEX "dues_claims_created_at_idx" ON "dues_claims" USING btree ("created_at");
  ALTER TABLE "members" ADD CONSTRAINT "members_dues_rate_id_dues_rates_id_fk" FOREIGN KEY ("dues_rate_id") REFERENCES "public"."dues_rates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_rates_fk" FOREIGN KEY ("dues_rates_id") REFERENCES "public"."dues_rates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_bills_fk" FOREIGN KEY ("dues_bills_id") REFERENCES "public"."dues_bills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_payments_fk" FOREIGN KEY ("dues_payments_id") REFERENCES "public"."dues_payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dues_claims_fk" FOREIGN KEY ("dues_claims_id") REFERENCES "public"."dues_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_dues_rate_idx" ON "members" USING btree ("dues_rate_id");
  CREATE INDEX "payload_locked_documents_rels_dues_rates_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_rates_id");
  CREATE INDEX "payload_locked_documents_rels_dues_bills_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_bills_id");
  CREATE INDEX "payload_locked_documents_rels_dues_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_payments_id");
  CREATE INDEX "payload_locked_documents_rels_dues_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("dues_claims_id");`)
  // The 8 rates of seed 002 §3.5 (production needs them; plugins/dues/rates.ts `seedRatesSql`).
  await db.execute(sql`
INSERT INTO "dues_rates" ("scheme_type", "bracket", "label", "code", "amount", "min_salary", "max_salary", "sort_order", "is_active", "effective_from")
VALUES
  ('golongan', 'I', 'Golongan I (Ia, Ib, Ic, Id)', 'GOL1', 20000, NULL, NULL, 1, true, '2000-01-01'),
  ('golongan', 'II', 'Golongan II (IIa, IIb, IIc, IId)', 'GOL2', 30000, NULL, NULL, 2, true, '2000-01-01'),
  ('golongan', 'III', 'Golongan III (IIIa, IIIb, IIIc, IIId)', 'GOL3', 35000, NULL, NULL, 3, true, '2000-01-01'),
  ('golongan', 'IV', 'Golongan IV (IVa, IVb, IVc, IVd, IVe)', 'GOL4', 45000, NULL, NULL, 4, true, '2000-01-01'),
  ('gaji', '0_1_5', 'Rp 0 - Rp 1.500.000', 'GAJI1', 7500, 0, 1500000, 5, true, '2000-01-01'),
  ('gaji', '1_5_3', 'Rp 1.500.000 - Rp 3.000.000', 'GAJI2', 15000, 1500000, 3000000, 6, true, '2000-01-01'),
  ('gaji', '3_6', 'Rp 3.000.001 - Rp 6.000.000', 'GAJI3', 30000, 3000001, 6000000, 7, true, '2000-01-01'),
  ('gaji', '6_plus', 'Diatas Rp 6.000.000', 'GAJI4', 60000, 6000001, NULL, 8, true, '2000-01-01')
ON CONFLICT ("code") DO NOTHING;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dues_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_bills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_payments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dues_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dues_rates" CASCADE;
  DROP TABLE "dues_bills" CASCADE;
  DROP TABLE "dues_payments" CASCADE;
  DROP TABLE "dues_payments_rels" CASCADE;
  DROP TABLE "dues_claims" CASCADE;
  ALTER TABLE "members" DROP CONSTRAINT "members_dues_rate_id_dues_rates_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_rates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_bills_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dues_claims_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('profile.view_self', 'profile.edit_self', 'password.change_self', 'membercard.view_self', 'membership.status.view', 'member.view_list', 'member.view_detail', 'member.approve_candidate', 'member.reject_candidate', 'member.disable', 'member.enable', 'member.delete', 'member.change_role', 'content.view_public', 'content.view_member', 'content.create', 'content.submit', 'content.review', 'content.publish', 'content.manage', 'content.force_status', 'content.categories', 'media.upload', 'media.manage', 'pages.manage', 'documents.manage', 'officers.manage', 'landing.manage', 'blog.create', 'blog.manage', 'notification.send_all', 'notification.send_region', 'forum.view', 'forum.post', 'forum.moderate', 'message.send_to_board', 'message.reply_to_member', 'complaint.view_inbox', 'complaint.respond', 'survey.fill', 'survey.create', 'survey.view_results', 'region.member.download', 'region.link.update', 'region.stats.view', 'region.dues.view', 'role.manage', 'menu.manage', 'submenu.manage', 'audit.view', 'masterdata.bulk_import', 'members.bulk_import', 'settings.manage', 'member.view_sensitive', 'member.edit');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeRateLimits', 'publishScheduledContent', 'sendEmail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeRateLimits', 'publishScheduledContent', 'sendEmail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "members_dues_rate_idx";
  DROP INDEX "payload_locked_documents_rels_dues_rates_id_idx";
  DROP INDEX "payload_locked_documents_rels_dues_bills_id_idx";
  DROP INDEX "payload_locked_documents_rels_dues_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_dues_claims_id_idx";
  ALTER TABLE "members" DROP COLUMN "dues_rate_id";
  ALTER TABLE "members" DROP COLUMN "dues_arrears_level";
  ALTER TABLE "members" DROP COLUMN "dues_suspended_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_rates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_bills_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dues_claims_id";
  DROP TYPE "public"."enum_dues_rates_scheme_type";
  DROP TYPE "public"."enum_dues_rates_bracket";
  DROP TYPE "public"."enum_dues_bills_bill_type";
  DROP TYPE "public"."enum_dues_bills_bill_status";
  DROP TYPE "public"."enum_dues_payments_method";
  DROP TYPE "public"."enum_dues_payments_payment_status";
  DROP TYPE "public"."enum_dues_payments_source";
  DROP TYPE "public"."enum_dues_claims_claim_type";
  DROP TYPE "public"."enum_dues_claims_status";`)
}
