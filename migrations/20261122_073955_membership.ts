import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_members_membership_status" AS ENUM('candidate', 'active', 'inactive', 'disabled', 'rejected');
  CREATE TYPE "public"."enum_members_onboarding_state" AS ENUM('registered', 'payment_submitted', 'email_verified', 'approved', 'rejected');
  CREATE TYPE "public"."enum_members_gender" AS ENUM('L', 'P');
  CREATE TYPE "public"."enum_members_academic_rank" AS ENUM('tenaga_pengajar', 'asisten_ahli', 'lektor', 'lektor_kepala', 'guru_besar', 'tendik_staff', 'lainnya');
  CREATE TYPE "public"."enum_members_employment_status" AS ENUM('pns', 'pppk', 'tetap_non_pns', 'kontrak_pkwt', 'dosen_luar_biasa', 'honorer', 'lainnya');
  CREATE TYPE "public"."enum_members_golongan" AS ENUM('I', 'II', 'III', 'IV');
  CREATE TYPE "public"."enum_members_salary_range" AS ENUM('0_1_5', '1_5_3', '3_6', '6_plus');
  CREATE TYPE "public"."enum_members_dues_method" AS ENUM('fixed', 'percentage', 'manual');
  CREATE TYPE "public"."enum_members_dues_status" AS ENUM('unpaid', 'paid', 'overdue', 'waived');
  CREATE TYPE "public"."enum_members_verification_status" AS ENUM('unverified', 'under_review', 'verified', 'rejected');
  CREATE TYPE "public"."enum_member_documents_doc_type" AS ENUM('id_proof', 'employee_card', 'dues_payment_proof', 'profile_photo', 'membership_form', 'other');
  CREATE TYPE "public"."enum_member_documents_review_status" AS ENUM('not_reviewed', 'approved', 'rejected');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'member.view_sensitive';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'member.edit';
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"member_number" varchar,
  	"region_id" integer,
  	"membership_status" "enum_members_membership_status" DEFAULT 'candidate' NOT NULL,
  	"onboarding_state" "enum_members_onboarding_state" DEFAULT 'registered' NOT NULL,
  	"joined_at" timestamp(3) with time zone,
  	"deleted_at" timestamp(3) with time zone,
  	"full_name" varchar NOT NULL,
  	"gender" "enum_members_gender",
  	"birth_place" varchar,
  	"birth_date" timestamp(3) with time zone,
  	"identity_number" varchar,
  	"phone_number" varchar,
  	"alt_phone_number" varchar,
  	"address" varchar,
  	"province" varchar,
  	"city" varchar,
  	"district" varchar,
  	"postal_code" varchar,
  	"emergency_contact_name" varchar,
  	"emergency_contact_relation" varchar,
  	"emergency_contact_phone" varchar,
  	"university_name" varchar,
  	"campus_location" varchar,
  	"faculty" varchar,
  	"department" varchar,
  	"work_unit" varchar,
  	"employee_id_number" varchar,
  	"lecturer_id_number" varchar,
  	"academic_rank" "enum_members_academic_rank",
  	"employment_status" "enum_members_employment_status",
  	"golongan" "enum_members_golongan",
  	"employment_start_date" timestamp(3) with time zone,
  	"contract_end_date" timestamp(3) with time zone,
  	"payroll_source" varchar,
  	"salary_range" "enum_members_salary_range",
  	"base_salary" numeric,
  	"take_home_pay" numeric,
  	"consent_sensitive_data" boolean DEFAULT false,
  	"dues_method" "enum_members_dues_method" DEFAULT 'manual',
  	"dues_amount" numeric,
  	"dues_status" "enum_members_dues_status" DEFAULT 'unpaid',
  	"dues_last_paid_at" timestamp(3) with time zone,
  	"expertise" varchar,
  	"motivation" varchar,
  	"advocacy_interests" varchar,
  	"is_volunteer" boolean DEFAULT false,
  	"branch_name" varchar,
  	"union_position" varchar,
  	"membership_start_date" timestamp(3) with time zone,
  	"membership_end_date" timestamp(3) with time zone,
  	"verification_status" "enum_members_verification_status" DEFAULT 'unverified',
  	"verified_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"rejection_reason" varchar,
  	"email_verified_at" timestamp(3) with time zone,
  	"agreed_to_terms_at" timestamp(3) with time zone,
  	"agreed_to_privacy_at" timestamp(3) with time zone,
  	"admin_notes" varchar,
  	"registration_step" varchar,
  	"email_verification_token_hash" varchar,
  	"email_verification_expires_at" timestamp(3) with time zone,
  	"email_verification_last_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "member_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"doc_type" "enum_member_documents_doc_type" NOT NULL,
  	"owner_id" integer,
  	"region_id" integer,
  	"original_name" varchar,
  	"checksum_sha256" varchar,
  	"review_status" "enum_member_documents_review_status" DEFAULT 'not_reviewed' NOT NULL,
  	"reviewer_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"review_note" varchar,
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
  
  CREATE TABLE "membership_number_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prefix" varchar NOT NULL,
  	"year" integer NOT NULL,
  	"last" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_documents_id" integer;
  ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_documents" ADD CONSTRAINT "member_documents_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "members_user_idx" ON "members" USING btree ("user_id");
  CREATE UNIQUE INDEX "members_member_number_idx" ON "members" USING btree ("member_number");
  CREATE INDEX "members_region_idx" ON "members" USING btree ("region_id");
  CREATE INDEX "members_membership_status_idx" ON "members" USING btree ("membership_status");
  CREATE INDEX "members_onboarding_state_idx" ON "members" USING btree ("onboarding_state");
  CREATE INDEX "members_deleted_at_idx" ON "members" USING btree ("deleted_at");
  CREATE INDEX "members_full_name_idx" ON "members" USING btree ("full_name");
  CREATE INDEX "members_university_name_idx" ON "members" USING btree ("university_name");
  CREATE INDEX "members_employee_id_number_idx" ON "members" USING btree ("employee_id_number");
  CREATE INDEX "members_dues_status_idx" ON "members" USING btree ("dues_status");
  CREATE INDEX "members_verified_by_idx" ON "members" USING btree ("verified_by_id");
  CREATE INDEX "members_email_verification_email_verification_token_hash_idx" ON "members" USING btree ("email_verification_token_hash");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "member_documents_member_idx" ON "member_documents" USING btree ("member_id");
  CREATE INDEX "member_documents_owner_idx" ON "member_documents" USING btree ("owner_id");
  CREATE INDEX "member_documents_region_idx" ON "member_documents" USING btree ("region_id");
  CREATE INDEX "member_documents_reviewer_idx" ON "member_documents" USING btree ("reviewer_id");
  CREATE INDEX "member_documents_updated_at_idx" ON "member_documents" USING btree ("updated_at");
  CREATE INDEX "member_documents_created_at_idx" ON "member_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_documents_filename_idx" ON "member_documents" USING btree ("filename");
  CREATE INDEX "member_docType_idx" ON "member_documents" USING btree ("member_id","doc_type");
  CREATE UNIQUE INDEX "membership_number_counters_prefix_year_idx" ON "membership_number_counters" USING btree ("prefix","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_documents_fk" FOREIGN KEY ("member_documents_id") REFERENCES "public"."member_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_member_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("member_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "member_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "membership_number_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "members" CASCADE;
  DROP TABLE "member_documents" CASCADE;
  DROP TABLE "membership_number_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_documents_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('profile.view_self', 'profile.edit_self', 'password.change_self', 'membercard.view_self', 'membership.status.view', 'member.view_list', 'member.view_detail', 'member.approve_candidate', 'member.reject_candidate', 'member.disable', 'member.enable', 'member.delete', 'member.change_role', 'content.view_public', 'content.view_member', 'content.create', 'content.submit', 'content.review', 'content.publish', 'content.manage', 'content.force_status', 'content.categories', 'media.upload', 'media.manage', 'pages.manage', 'documents.manage', 'officers.manage', 'landing.manage', 'blog.create', 'blog.manage', 'notification.send_all', 'notification.send_region', 'forum.view', 'forum.post', 'forum.moderate', 'message.send_to_board', 'message.reply_to_member', 'complaint.view_inbox', 'complaint.respond', 'survey.fill', 'survey.create', 'survey.view_results', 'region.member.download', 'region.link.update', 'region.stats.view', 'region.dues.view', 'role.manage', 'menu.manage', 'submenu.manage', 'audit.view', 'masterdata.bulk_import', 'members.bulk_import', 'settings.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "payload_locked_documents_rels_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_member_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_documents_id";
  DROP TYPE "public"."enum_members_membership_status";
  DROP TYPE "public"."enum_members_onboarding_state";
  DROP TYPE "public"."enum_members_gender";
  DROP TYPE "public"."enum_members_academic_rank";
  DROP TYPE "public"."enum_members_employment_status";
  DROP TYPE "public"."enum_members_golongan";
  DROP TYPE "public"."enum_members_salary_range";
  DROP TYPE "public"."enum_members_dues_method";
  DROP TYPE "public"."enum_members_dues_status";
  DROP TYPE "public"."enum_members_verification_status";
  DROP TYPE "public"."enum_member_documents_doc_type";
  DROP TYPE "public"."enum_member_documents_review_status";`)
}
