import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_content_workflow_history_action" AS ENUM('created', 'submitted', 'approved', 'rejected', 'published', 'scheduled', 'unpublished', 'reopened', 'forced');
  CREATE TYPE "public"."enum_content_workflow_history_from" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum_content_workflow_history_to" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum_content_type" AS ENUM('news', 'activity', 'announcement', 'article');
  CREATE TYPE "public"."enum_content_workflow_status" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum_content_visibility" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_content_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__content_v_version_workflow_history_action" AS ENUM('created', 'submitted', 'approved', 'rejected', 'published', 'scheduled', 'unpublished', 'reopened', 'forced');
  CREATE TYPE "public"."enum__content_v_version_workflow_history_from" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum__content_v_version_workflow_history_to" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum__content_v_version_type" AS ENUM('news', 'activity', 'announcement', 'article');
  CREATE TYPE "public"."enum__content_v_version_workflow_status" AS ENUM('draft', 'pending_review', 'published', 'rejected');
  CREATE TYPE "public"."enum__content_v_version_visibility" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__content_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'active', 'unsubscribed');
  CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_payload_folders_folder_type" AS ENUM('media');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'content.force_status' BEFORE 'content.categories';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishScheduledContent';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishScheduledContent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEmail';
  CREATE TABLE "content_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_content_workflow_history_action",
  	"from" "enum_content_workflow_history_from",
  	"to" "enum_content_workflow_history_to",
  	"by_id" integer,
  	"comment" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "content" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"cover_image_id" integer,
  	"youtube_url" varchar,
  	"review_comment" varchar,
  	"reviewer_id" integer,
  	"slug" varchar,
  	"type" "enum_content_type" DEFAULT 'news',
  	"workflow_status" "enum_content_workflow_status" DEFAULT 'draft',
  	"visibility" "enum_content_visibility" DEFAULT 'public',
  	"category_id" integer,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"scheduled_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_content_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "content_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_content_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__content_v_version_workflow_history_action",
  	"from" "enum__content_v_version_workflow_history_from",
  	"to" "enum__content_v_version_workflow_history_to",
  	"by_id" integer,
  	"comment" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_content_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_cover_image_id" integer,
  	"version_youtube_url" varchar,
  	"version_review_comment" varchar,
  	"version_reviewer_id" integer,
  	"version_slug" varchar,
  	"version_type" "enum__content_v_version_type" DEFAULT 'news',
  	"version_workflow_status" "enum__content_v_version_workflow_status" DEFAULT 'draft',
  	"version_visibility" "enum__content_v_version_visibility" DEFAULT 'public',
  	"version_category_id" integer,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__content_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_content_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"locale" "enum_subscribers_locale" DEFAULT 'id' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"confirm_token_expires_at" timestamp(3) with time zone,
  	"confirm_token_hash" varchar,
  	"unsubscribe_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_folders_folder_type" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_payload_folders_folder_type",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "payload_folders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"folder_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "original_name" varchar;
  ALTER TABLE "media" ADD COLUMN "checksum_sha256" varchar;
  ALTER TABLE "media" ADD COLUMN "folder_id" integer;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_webp_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_webp_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_webp_filename" varchar;
  ALTER TABLE "documents" ADD COLUMN "original_name" varchar;
  ALTER TABLE "documents" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payload_folders_id" integer;
  ALTER TABLE "content_workflow_history" ADD CONSTRAINT "content_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_workflow_history" ADD CONSTRAINT "content_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_texts" ADD CONSTRAINT "content_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_v_version_workflow_history" ADD CONSTRAINT "_content_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v_version_workflow_history" ADD CONSTRAINT "_content_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_content_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_parent_id_content_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v_texts" ADD CONSTRAINT "_content_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_content_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_folders_folder_type" ADD CONSTRAINT "payload_folders_folder_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_folders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_folders" ADD CONSTRAINT "payload_folders_folder_id_payload_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."payload_folders"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "content_workflow_history_order_idx" ON "content_workflow_history" USING btree ("_order");
  CREATE INDEX "content_workflow_history_parent_id_idx" ON "content_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "content_workflow_history_by_idx" ON "content_workflow_history" USING btree ("by_id");
  CREATE INDEX "content_cover_image_idx" ON "content" USING btree ("cover_image_id");
  CREATE INDEX "content_reviewer_idx" ON "content" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "content_slug_idx" ON "content" USING btree ("slug");
  CREATE INDEX "content_type_idx" ON "content" USING btree ("type");
  CREATE INDEX "content_workflow_status_idx" ON "content" USING btree ("workflow_status");
  CREATE INDEX "content_visibility_idx" ON "content" USING btree ("visibility");
  CREATE INDEX "content_category_idx" ON "content" USING btree ("category_id");
  CREATE INDEX "content_author_idx" ON "content" USING btree ("author_id");
  CREATE INDEX "content_published_at_idx" ON "content" USING btree ("published_at");
  CREATE INDEX "content_updated_at_idx" ON "content" USING btree ("updated_at");
  CREATE INDEX "content_created_at_idx" ON "content" USING btree ("created_at");
  CREATE INDEX "content__status_idx" ON "content" USING btree ("_status");
  CREATE INDEX "workflowStatus_publishedAt_idx" ON "content" USING btree ("workflow_status","published_at");
  CREATE INDEX "content_texts_order_parent" ON "content_texts" USING btree ("order","parent_id");
  CREATE INDEX "_content_v_version_workflow_history_order_idx" ON "_content_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_content_v_version_workflow_history_parent_id_idx" ON "_content_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_content_v_version_workflow_history_by_idx" ON "_content_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_content_v_parent_idx" ON "_content_v" USING btree ("parent_id");
  CREATE INDEX "_content_v_version_version_cover_image_idx" ON "_content_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_content_v_version_version_reviewer_idx" ON "_content_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_content_v_version_version_slug_idx" ON "_content_v" USING btree ("version_slug");
  CREATE INDEX "_content_v_version_version_type_idx" ON "_content_v" USING btree ("version_type");
  CREATE INDEX "_content_v_version_version_workflow_status_idx" ON "_content_v" USING btree ("version_workflow_status");
  CREATE INDEX "_content_v_version_version_visibility_idx" ON "_content_v" USING btree ("version_visibility");
  CREATE INDEX "_content_v_version_version_category_idx" ON "_content_v" USING btree ("version_category_id");
  CREATE INDEX "_content_v_version_version_author_idx" ON "_content_v" USING btree ("version_author_id");
  CREATE INDEX "_content_v_version_version_published_at_idx" ON "_content_v" USING btree ("version_published_at");
  CREATE INDEX "_content_v_version_version_updated_at_idx" ON "_content_v" USING btree ("version_updated_at");
  CREATE INDEX "_content_v_version_version_created_at_idx" ON "_content_v" USING btree ("version_created_at");
  CREATE INDEX "_content_v_version_version__status_idx" ON "_content_v" USING btree ("version__status");
  CREATE INDEX "_content_v_created_at_idx" ON "_content_v" USING btree ("created_at");
  CREATE INDEX "_content_v_updated_at_idx" ON "_content_v" USING btree ("updated_at");
  CREATE INDEX "_content_v_latest_idx" ON "_content_v" USING btree ("latest");
  CREATE INDEX "version_workflowStatus_version_publishedAt_idx" ON "_content_v" USING btree ("version_workflow_status","version_published_at");
  CREATE INDEX "_content_v_texts_order_parent" ON "_content_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE UNIQUE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE UNIQUE INDEX "subscribers_unsubscribe_token_hash_idx" ON "subscribers" USING btree ("unsubscribe_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "payload_folders_folder_type_order_idx" ON "payload_folders_folder_type" USING btree ("order");
  CREATE INDEX "payload_folders_folder_type_parent_idx" ON "payload_folders_folder_type" USING btree ("parent_id");
  CREATE INDEX "payload_folders_name_idx" ON "payload_folders" USING btree ("name");
  CREATE INDEX "payload_folders_folder_idx" ON "payload_folders" USING btree ("folder_id");
  CREATE INDEX "payload_folders_updated_at_idx" ON "payload_folders" USING btree ("updated_at");
  CREATE INDEX "payload_folders_created_at_idx" ON "payload_folders" USING btree ("created_at");
  ALTER TABLE "media" ADD CONSTRAINT "media_folder_id_payload_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."payload_folders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payload_folders_fk" FOREIGN KEY ("payload_folders_id") REFERENCES "public"."payload_folders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_folder_idx" ON "media" USING btree ("folder_id");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx" ON "media" USING btree ("sizes_thumbnail_webp_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_webp_sizes_card_webp_filename_idx" ON "media" USING btree ("sizes_card_webp_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_hero_webp_sizes_hero_webp_filename_idx" ON "media" USING btree ("sizes_hero_webp_filename");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_by_idx" ON "documents" USING btree ("updated_by_id");
  CREATE INDEX "payload_locked_documents_rels_content_id_idx" ON "payload_locked_documents_rels" USING btree ("content_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_payload_folders_id_idx" ON "payload_locked_documents_rels" USING btree ("payload_folders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_folders_folder_type" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_folders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_workflow_history" CASCADE;
  DROP TABLE "content" CASCADE;
  DROP TABLE "content_texts" CASCADE;
  DROP TABLE "_content_v_version_workflow_history" CASCADE;
  DROP TABLE "_content_v" CASCADE;
  DROP TABLE "_content_v_texts" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "payload_folders_folder_type" CASCADE;
  DROP TABLE "payload_folders" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_folder_id_payload_folders_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_created_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_updated_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payload_folders_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('profile.view_self', 'profile.edit_self', 'password.change_self', 'membercard.view_self', 'membership.status.view', 'member.view_list', 'member.view_detail', 'member.approve_candidate', 'member.reject_candidate', 'member.disable', 'member.enable', 'member.delete', 'member.change_role', 'content.view_public', 'content.view_member', 'content.create', 'content.submit', 'content.review', 'content.publish', 'content.manage', 'content.categories', 'media.upload', 'media.manage', 'pages.manage', 'documents.manage', 'officers.manage', 'landing.manage', 'blog.create', 'blog.manage', 'notification.send_all', 'notification.send_region', 'forum.view', 'forum.post', 'forum.moderate', 'message.send_to_board', 'message.reply_to_member', 'complaint.view_inbox', 'complaint.respond', 'survey.fill', 'survey.create', 'survey.view_results', 'region.member.download', 'region.link.update', 'region.stats.view', 'region.dues.view', 'role.manage', 'menu.manage', 'submenu.manage', 'audit.view', 'masterdata.bulk_import', 'members.bulk_import', 'settings.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeRateLimits');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeRateLimits');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_folder_idx";
  DROP INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx";
  DROP INDEX "media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx";
  DROP INDEX "media_sizes_card_sizes_card_filename_idx";
  DROP INDEX "media_sizes_card_webp_sizes_card_webp_filename_idx";
  DROP INDEX "media_sizes_hero_sizes_hero_filename_idx";
  DROP INDEX "media_sizes_hero_webp_sizes_hero_webp_filename_idx";
  DROP INDEX "documents_created_by_idx";
  DROP INDEX "documents_updated_by_idx";
  DROP INDEX "payload_locked_documents_rels_content_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_payload_folders_id_idx";
  ALTER TABLE "media" DROP COLUMN "original_name";
  ALTER TABLE "media" DROP COLUMN "checksum_sha256";
  ALTER TABLE "media" DROP COLUMN "folder_id";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_url";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_width";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_height";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_url";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_width";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_height";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_webp_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_card_url";
  ALTER TABLE "media" DROP COLUMN "sizes_card_width";
  ALTER TABLE "media" DROP COLUMN "sizes_card_height";
  ALTER TABLE "media" DROP COLUMN "sizes_card_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_card_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_card_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_url";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_width";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_height";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_card_webp_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_webp_filename";
  ALTER TABLE "documents" DROP COLUMN "original_name";
  ALTER TABLE "documents" DROP COLUMN "created_by_id";
  ALTER TABLE "documents" DROP COLUMN "updated_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payload_folders_id";
  DROP TYPE "public"."enum_content_workflow_history_action";
  DROP TYPE "public"."enum_content_workflow_history_from";
  DROP TYPE "public"."enum_content_workflow_history_to";
  DROP TYPE "public"."enum_content_type";
  DROP TYPE "public"."enum_content_workflow_status";
  DROP TYPE "public"."enum_content_visibility";
  DROP TYPE "public"."enum_content_status";
  DROP TYPE "public"."enum__content_v_version_workflow_history_action";
  DROP TYPE "public"."enum__content_v_version_workflow_history_from";
  DROP TYPE "public"."enum__content_v_version_workflow_history_to";
  DROP TYPE "public"."enum__content_v_version_type";
  DROP TYPE "public"."enum__content_v_version_workflow_status";
  DROP TYPE "public"."enum__content_v_version_visibility";
  DROP TYPE "public"."enum__content_v_version_status";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_payload_folders_folder_type";`)
}
