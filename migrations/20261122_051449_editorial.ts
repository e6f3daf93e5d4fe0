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
  CREATE TYPE "public"."enum_pages_template" AS ENUM('default', 'legal', 'contact');
  CREATE TYPE "public"."enum_pages_visibility" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_template" AS ENUM('default', 'legal', 'contact');
  CREATE TYPE "public"."enum__pages_v_version_visibility" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_officers_level" AS ENUM('central', 'regional');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'active', 'unsubscribed');
  CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_form_submissions_status" AS ENUM('new', 'in_progress', 'closed');
  CREATE TYPE "public"."enum_payload_folders_folder_type" AS ENUM('media');
  CREATE TYPE "public"."enum_site_settings_social_links_platform" AS ENUM('facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin', 'website');
  CREATE TYPE "public"."enum_landing_blocks_stats_items" AS ENUM('members', 'regions', 'publications', 'news');
  CREATE TYPE "public"."enum_landing_blocks_cta_join_link_type" AS ENUM('internal', 'url');
  CREATE TYPE "public"."enum_landing_blocks_cta_login_link_type" AS ENUM('internal', 'url');
  CREATE TYPE "public"."enum_landing_blocks_officers_level" AS ENUM('central', 'all');
  CREATE TYPE "public"."enum_navigation_header_children_link_type" AS ENUM('internal', 'url');
  CREATE TYPE "public"."enum_navigation_header_link_type" AS ENUM('internal', 'url');
  CREATE TYPE "public"."enum_navigation_footer_children_link_type" AS ENUM('internal', 'url');
  CREATE TYPE "public"."enum_navigation_footer_link_type" AS ENUM('internal', 'url');
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
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
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
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
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
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"template" "enum_pages_template" DEFAULT 'default',
  	"visibility" "enum_pages_visibility" DEFAULT 'public',
  	"body" jsonb,
  	"primary_document_id" integer,
  	"revision_note" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_template" "enum__pages_v_version_template" DEFAULT 'default',
  	"version_visibility" "enum__pages_v_version_visibility" DEFAULT 'public',
  	"version_body" jsonb,
  	"version_primary_document_id" integer,
  	"version_revision_note" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "officers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"position_title" varchar NOT NULL,
  	"level" "enum_officers_level" DEFAULT 'central' NOT NULL,
  	"region_id" integer,
  	"photo_id" integer,
  	"bio" varchar,
  	"sort_order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  
  CREATE TABLE "forms_blocks_checkbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"default_value" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_email" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_message" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_number" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_select_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"placeholder" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_textarea" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"submit_button_label" varchar,
  	"confirmation_message" jsonb NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_submissions_submission_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer NOT NULL,
  	"status" "enum_form_submissions_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
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
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_links_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "landing_blocks_about" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Tentang Kami',
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_stats_items" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_landing_blocks_stats_items",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "landing_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Dalam Angka',
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_latest_publications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Publikasi Terbaru',
  	"count" numeric DEFAULT 6 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_cta_join" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Bergabung Bersama Kami',
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Daftar',
  	"link_type" "enum_landing_blocks_cta_join_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_cta_login" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Sudah Menjadi Anggota?',
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Masuk',
  	"link_type" "enum_landing_blocks_cta_login_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_officers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Pengurus',
  	"level" "enum_landing_blocks_officers_level" DEFAULT 'central',
  	"count" numeric DEFAULT 8 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_subscribe" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"title" varchar DEFAULT 'Dapatkan Kabar Terbaru',
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_blocks_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"text" varchar,
  	"show_contact" boolean DEFAULT true,
  	"show_social" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "landing_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"content_id" integer
  );
  
  CREATE TABLE "navigation_header_children" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"label_en" varchar,
  	"link_type" "enum_navigation_header_children_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation_header" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"label_en" varchar,
  	"link_type" "enum_navigation_header_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation_footer_children" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"label_en" varchar,
  	"link_type" "enum_navigation_footer_children_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"label_en" varchar,
  	"link_type" "enum_navigation_footer_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "navigation_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"content_id" integer
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
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "officers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_submissions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payload_folders_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "primary_colour" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "phone" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "whatsapp" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "bank_account_bank_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "bank_account_account_number" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "bank_account_account_holder" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "payment_qr_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "payment_qr_payload" varchar;
  ALTER TABLE "content_workflow_history" ADD CONSTRAINT "content_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_workflow_history" ADD CONSTRAINT "content_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content" ADD CONSTRAINT "content_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_texts" ADD CONSTRAINT "content_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_v_version_workflow_history" ADD CONSTRAINT "_content_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v_version_workflow_history" ADD CONSTRAINT "_content_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_content_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_parent_id_content_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v" ADD CONSTRAINT "_content_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_v_texts" ADD CONSTRAINT "_content_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_content_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_primary_document_id_documents_id_fk" FOREIGN KEY ("primary_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_primary_document_id_documents_id_fk" FOREIGN KEY ("version_primary_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officers" ADD CONSTRAINT "officers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officers" ADD CONSTRAINT "officers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "officers" ADD CONSTRAINT "officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_blocks_checkbox" ADD CONSTRAINT "forms_blocks_checkbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_email" ADD CONSTRAINT "forms_blocks_email_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_message" ADD CONSTRAINT "forms_blocks_message_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_number" ADD CONSTRAINT "forms_blocks_number_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_options" ADD CONSTRAINT "forms_blocks_select_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select" ADD CONSTRAINT "forms_blocks_select_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_text" ADD CONSTRAINT "forms_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_textarea" ADD CONSTRAINT "forms_blocks_textarea_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions_submission_data" ADD CONSTRAINT "form_submissions_submission_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_folders_folder_type" ADD CONSTRAINT "payload_folders_folder_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_folders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_folders" ADD CONSTRAINT "payload_folders_folder_id_payload_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."payload_folders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_about" ADD CONSTRAINT "landing_blocks_about_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_stats_items" ADD CONSTRAINT "landing_blocks_stats_items_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_stats" ADD CONSTRAINT "landing_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_latest_publications" ADD CONSTRAINT "landing_blocks_latest_publications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_cta_join" ADD CONSTRAINT "landing_blocks_cta_join_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_cta_login" ADD CONSTRAINT "landing_blocks_cta_login_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_officers" ADD CONSTRAINT "landing_blocks_officers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_subscribe" ADD CONSTRAINT "landing_blocks_subscribe_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_blocks_footer" ADD CONSTRAINT "landing_blocks_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_rels" ADD CONSTRAINT "landing_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_rels" ADD CONSTRAINT "landing_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_rels" ADD CONSTRAINT "landing_rels_content_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header_children" ADD CONSTRAINT "navigation_header_children_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer_children" ADD CONSTRAINT "navigation_footer_children_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_content_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "content_meta_meta_image_idx" ON "content" USING btree ("meta_image_id");
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
  CREATE INDEX "_content_v_version_meta_version_meta_image_idx" ON "_content_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_content_v_version_version_updated_at_idx" ON "_content_v" USING btree ("version_updated_at");
  CREATE INDEX "_content_v_version_version_created_at_idx" ON "_content_v" USING btree ("version_created_at");
  CREATE INDEX "_content_v_version_version__status_idx" ON "_content_v" USING btree ("version__status");
  CREATE INDEX "_content_v_created_at_idx" ON "_content_v" USING btree ("created_at");
  CREATE INDEX "_content_v_updated_at_idx" ON "_content_v" USING btree ("updated_at");
  CREATE INDEX "_content_v_latest_idx" ON "_content_v" USING btree ("latest");
  CREATE INDEX "version_workflowStatus_version_publishedAt_idx" ON "_content_v" USING btree ("version_workflow_status","version_published_at");
  CREATE INDEX "_content_v_texts_order_parent" ON "_content_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_visibility_idx" ON "pages" USING btree ("visibility");
  CREATE INDEX "pages_primary_document_idx" ON "pages" USING btree ("primary_document_id");
  CREATE INDEX "pages_published_at_idx" ON "pages" USING btree ("published_at");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_visibility_idx" ON "_pages_v" USING btree ("version_visibility");
  CREATE INDEX "_pages_v_version_version_primary_document_idx" ON "_pages_v" USING btree ("version_primary_document_id");
  CREATE INDEX "_pages_v_version_version_published_at_idx" ON "_pages_v" USING btree ("version_published_at");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "officers_level_idx" ON "officers" USING btree ("level");
  CREATE INDEX "officers_region_idx" ON "officers" USING btree ("region_id");
  CREATE INDEX "officers_photo_idx" ON "officers" USING btree ("photo_id");
  CREATE INDEX "officers_sort_order_idx" ON "officers" USING btree ("sort_order");
  CREATE INDEX "officers_active_idx" ON "officers" USING btree ("active");
  CREATE INDEX "officers_user_idx" ON "officers" USING btree ("user_id");
  CREATE INDEX "officers_updated_at_idx" ON "officers" USING btree ("updated_at");
  CREATE INDEX "officers_created_at_idx" ON "officers" USING btree ("created_at");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE UNIQUE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE UNIQUE INDEX "subscribers_unsubscribe_token_hash_idx" ON "subscribers" USING btree ("unsubscribe_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "forms_blocks_checkbox_order_idx" ON "forms_blocks_checkbox" USING btree ("_order");
  CREATE INDEX "forms_blocks_checkbox_parent_id_idx" ON "forms_blocks_checkbox" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_checkbox_path_idx" ON "forms_blocks_checkbox" USING btree ("_path");
  CREATE INDEX "forms_blocks_email_order_idx" ON "forms_blocks_email" USING btree ("_order");
  CREATE INDEX "forms_blocks_email_parent_id_idx" ON "forms_blocks_email" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_email_path_idx" ON "forms_blocks_email" USING btree ("_path");
  CREATE INDEX "forms_blocks_message_order_idx" ON "forms_blocks_message" USING btree ("_order");
  CREATE INDEX "forms_blocks_message_parent_id_idx" ON "forms_blocks_message" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_message_path_idx" ON "forms_blocks_message" USING btree ("_path");
  CREATE INDEX "forms_blocks_number_order_idx" ON "forms_blocks_number" USING btree ("_order");
  CREATE INDEX "forms_blocks_number_parent_id_idx" ON "forms_blocks_number" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_number_path_idx" ON "forms_blocks_number" USING btree ("_path");
  CREATE INDEX "forms_blocks_select_options_order_idx" ON "forms_blocks_select_options" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_options_parent_id_idx" ON "forms_blocks_select_options" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_order_idx" ON "forms_blocks_select" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_parent_id_idx" ON "forms_blocks_select" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_path_idx" ON "forms_blocks_select" USING btree ("_path");
  CREATE INDEX "forms_blocks_text_order_idx" ON "forms_blocks_text" USING btree ("_order");
  CREATE INDEX "forms_blocks_text_parent_id_idx" ON "forms_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_text_path_idx" ON "forms_blocks_text" USING btree ("_path");
  CREATE INDEX "forms_blocks_textarea_order_idx" ON "forms_blocks_textarea" USING btree ("_order");
  CREATE INDEX "forms_blocks_textarea_parent_id_idx" ON "forms_blocks_textarea" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_textarea_path_idx" ON "forms_blocks_textarea" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_key_idx" ON "forms" USING btree ("key");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE INDEX "form_submissions_submission_data_order_idx" ON "form_submissions_submission_data" USING btree ("_order");
  CREATE INDEX "form_submissions_submission_data_parent_id_idx" ON "form_submissions_submission_data" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_form_idx" ON "form_submissions" USING btree ("form_id");
  CREATE INDEX "form_submissions_status_idx" ON "form_submissions" USING btree ("status");
  CREATE INDEX "form_submissions_assignee_idx" ON "form_submissions" USING btree ("assignee_id");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  CREATE INDEX "payload_folders_folder_type_order_idx" ON "payload_folders_folder_type" USING btree ("order");
  CREATE INDEX "payload_folders_folder_type_parent_idx" ON "payload_folders_folder_type" USING btree ("parent_id");
  CREATE INDEX "payload_folders_name_idx" ON "payload_folders" USING btree ("name");
  CREATE INDEX "payload_folders_folder_idx" ON "payload_folders" USING btree ("folder_id");
  CREATE INDEX "payload_folders_updated_at_idx" ON "payload_folders" USING btree ("updated_at");
  CREATE INDEX "payload_folders_created_at_idx" ON "payload_folders" USING btree ("created_at");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_about_order_idx" ON "landing_blocks_about" USING btree ("_order");
  CREATE INDEX "landing_blocks_about_parent_id_idx" ON "landing_blocks_about" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_about_path_idx" ON "landing_blocks_about" USING btree ("_path");
  CREATE INDEX "landing_blocks_stats_items_order_idx" ON "landing_blocks_stats_items" USING btree ("order");
  CREATE INDEX "landing_blocks_stats_items_parent_idx" ON "landing_blocks_stats_items" USING btree ("parent_id");
  CREATE INDEX "landing_blocks_stats_order_idx" ON "landing_blocks_stats" USING btree ("_order");
  CREATE INDEX "landing_blocks_stats_parent_id_idx" ON "landing_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_stats_path_idx" ON "landing_blocks_stats" USING btree ("_path");
  CREATE INDEX "landing_blocks_latest_publications_order_idx" ON "landing_blocks_latest_publications" USING btree ("_order");
  CREATE INDEX "landing_blocks_latest_publications_parent_id_idx" ON "landing_blocks_latest_publications" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_latest_publications_path_idx" ON "landing_blocks_latest_publications" USING btree ("_path");
  CREATE INDEX "landing_blocks_cta_join_order_idx" ON "landing_blocks_cta_join" USING btree ("_order");
  CREATE INDEX "landing_blocks_cta_join_parent_id_idx" ON "landing_blocks_cta_join" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_cta_join_path_idx" ON "landing_blocks_cta_join" USING btree ("_path");
  CREATE INDEX "landing_blocks_cta_login_order_idx" ON "landing_blocks_cta_login" USING btree ("_order");
  CREATE INDEX "landing_blocks_cta_login_parent_id_idx" ON "landing_blocks_cta_login" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_cta_login_path_idx" ON "landing_blocks_cta_login" USING btree ("_path");
  CREATE INDEX "landing_blocks_officers_order_idx" ON "landing_blocks_officers" USING btree ("_order");
  CREATE INDEX "landing_blocks_officers_parent_id_idx" ON "landing_blocks_officers" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_officers_path_idx" ON "landing_blocks_officers" USING btree ("_path");
  CREATE INDEX "landing_blocks_subscribe_order_idx" ON "landing_blocks_subscribe" USING btree ("_order");
  CREATE INDEX "landing_blocks_subscribe_parent_id_idx" ON "landing_blocks_subscribe" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_subscribe_path_idx" ON "landing_blocks_subscribe" USING btree ("_path");
  CREATE INDEX "landing_blocks_footer_order_idx" ON "landing_blocks_footer" USING btree ("_order");
  CREATE INDEX "landing_blocks_footer_parent_id_idx" ON "landing_blocks_footer" USING btree ("_parent_id");
  CREATE INDEX "landing_blocks_footer_path_idx" ON "landing_blocks_footer" USING btree ("_path");
  CREATE INDEX "landing_rels_order_idx" ON "landing_rels" USING btree ("order");
  CREATE INDEX "landing_rels_parent_idx" ON "landing_rels" USING btree ("parent_id");
  CREATE INDEX "landing_rels_path_idx" ON "landing_rels" USING btree ("path");
  CREATE INDEX "landing_rels_pages_id_idx" ON "landing_rels" USING btree ("pages_id");
  CREATE INDEX "landing_rels_content_id_idx" ON "landing_rels" USING btree ("content_id");
  CREATE INDEX "navigation_header_children_order_idx" ON "navigation_header_children" USING btree ("_order");
  CREATE INDEX "navigation_header_children_parent_id_idx" ON "navigation_header_children" USING btree ("_parent_id");
  CREATE INDEX "navigation_header_order_idx" ON "navigation_header" USING btree ("_order");
  CREATE INDEX "navigation_header_parent_id_idx" ON "navigation_header" USING btree ("_parent_id");
  CREATE INDEX "navigation_footer_children_order_idx" ON "navigation_footer_children" USING btree ("_order");
  CREATE INDEX "navigation_footer_children_parent_id_idx" ON "navigation_footer_children" USING btree ("_parent_id");
  CREATE INDEX "navigation_footer_order_idx" ON "navigation_footer" USING btree ("_order");
  CREATE INDEX "navigation_footer_parent_id_idx" ON "navigation_footer" USING btree ("_parent_id");
  CREATE INDEX "navigation_rels_order_idx" ON "navigation_rels" USING btree ("order");
  CREATE INDEX "navigation_rels_parent_idx" ON "navigation_rels" USING btree ("parent_id");
  CREATE INDEX "navigation_rels_path_idx" ON "navigation_rels" USING btree ("path");
  CREATE INDEX "navigation_rels_pages_id_idx" ON "navigation_rels" USING btree ("pages_id");
  CREATE INDEX "navigation_rels_content_id_idx" ON "navigation_rels" USING btree ("content_id");
  ALTER TABLE "media" ADD CONSTRAINT "media_folder_id_payload_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."payload_folders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_officers_fk" FOREIGN KEY ("officers_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payload_folders_fk" FOREIGN KEY ("payload_folders_id") REFERENCES "public"."payload_folders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_payment_qr_id_media_id_fk" FOREIGN KEY ("payment_qr_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_officers_id_idx" ON "payload_locked_documents_rels" USING btree ("officers_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_payload_folders_id_idx" ON "payload_locked_documents_rels" USING btree ("payload_folders_id");
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");
  CREATE INDEX "site_settings_payment_qr_idx" ON "site_settings" USING btree ("payment_qr_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_checkbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_email" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_message" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_number" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_textarea" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions_submission_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_folders_folder_type" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_folders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_about" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_stats_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_stats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_latest_publications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_cta_join" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_cta_login" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_subscribe" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_blocks_footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_header_children" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_footer_children" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_workflow_history" CASCADE;
  DROP TABLE "content" CASCADE;
  DROP TABLE "content_texts" CASCADE;
  DROP TABLE "_content_v_version_workflow_history" CASCADE;
  DROP TABLE "_content_v" CASCADE;
  DROP TABLE "_content_v_texts" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "officers" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "forms_blocks_checkbox" CASCADE;
  DROP TABLE "forms_blocks_email" CASCADE;
  DROP TABLE "forms_blocks_message" CASCADE;
  DROP TABLE "forms_blocks_number" CASCADE;
  DROP TABLE "forms_blocks_select_options" CASCADE;
  DROP TABLE "forms_blocks_select" CASCADE;
  DROP TABLE "forms_blocks_text" CASCADE;
  DROP TABLE "forms_blocks_textarea" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "form_submissions_submission_data" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  DROP TABLE "payload_folders_folder_type" CASCADE;
  DROP TABLE "payload_folders" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "landing_blocks_about" CASCADE;
  DROP TABLE "landing_blocks_stats_items" CASCADE;
  DROP TABLE "landing_blocks_stats" CASCADE;
  DROP TABLE "landing_blocks_latest_publications" CASCADE;
  DROP TABLE "landing_blocks_cta_join" CASCADE;
  DROP TABLE "landing_blocks_cta_login" CASCADE;
  DROP TABLE "landing_blocks_officers" CASCADE;
  DROP TABLE "landing_blocks_subscribe" CASCADE;
  DROP TABLE "landing_blocks_footer" CASCADE;
  DROP TABLE "landing" CASCADE;
  DROP TABLE "landing_rels" CASCADE;
  DROP TABLE "navigation_header_children" CASCADE;
  DROP TABLE "navigation_header" CASCADE;
  DROP TABLE "navigation_footer_children" CASCADE;
  DROP TABLE "navigation_footer" CASCADE;
  DROP TABLE "navigation" CASCADE;
  DROP TABLE "navigation_rels" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_folder_id_payload_folders_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_created_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_updated_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_officers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_submissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payload_folders_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_logo_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_payment_qr_id_media_id_fk";
  
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
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_officers_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_form_submissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_payload_folders_id_idx";
  DROP INDEX "site_settings_logo_idx";
  DROP INDEX "site_settings_payment_qr_idx";
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
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "officers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_submissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payload_folders_id";
  ALTER TABLE "site_settings" DROP COLUMN "logo_id";
  ALTER TABLE "site_settings" DROP COLUMN "primary_colour";
  ALTER TABLE "site_settings" DROP COLUMN "address";
  ALTER TABLE "site_settings" DROP COLUMN "phone";
  ALTER TABLE "site_settings" DROP COLUMN "email";
  ALTER TABLE "site_settings" DROP COLUMN "whatsapp";
  ALTER TABLE "site_settings" DROP COLUMN "bank_account_bank_name";
  ALTER TABLE "site_settings" DROP COLUMN "bank_account_account_number";
  ALTER TABLE "site_settings" DROP COLUMN "bank_account_account_holder";
  ALTER TABLE "site_settings" DROP COLUMN "payment_qr_id";
  ALTER TABLE "site_settings" DROP COLUMN "payment_qr_payload";
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
  DROP TYPE "public"."enum_pages_template";
  DROP TYPE "public"."enum_pages_visibility";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_template";
  DROP TYPE "public"."enum__pages_v_version_visibility";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_officers_level";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_form_submissions_status";
  DROP TYPE "public"."enum_payload_folders_folder_type";
  DROP TYPE "public"."enum_site_settings_social_links_platform";
  DROP TYPE "public"."enum_landing_blocks_stats_items";
  DROP TYPE "public"."enum_landing_blocks_cta_join_link_type";
  DROP TYPE "public"."enum_landing_blocks_cta_login_link_type";
  DROP TYPE "public"."enum_landing_blocks_officers_level";
  DROP TYPE "public"."enum_navigation_header_children_link_type";
  DROP TYPE "public"."enum_navigation_header_link_type";
  DROP TYPE "public"."enum_navigation_footer_children_link_type";
  DROP TYPE "public"."enum_navigation_footer_link_type";`)
}
