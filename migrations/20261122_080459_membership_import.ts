import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_member_imports_mode" AS ENUM('dry_run', 'commit');
  CREATE TYPE "public"."enum_member_imports_status" AS ENUM('checked', 'imported');
  CREATE TABLE "member_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"checksum" varchar,
  	"mode" "enum_member_imports_mode" NOT NULL,
  	"status" "enum_member_imports_status" NOT NULL,
  	"total_rows" numeric,
  	"valid_rows" numeric,
  	"imported" numeric,
  	"already_present" numeric,
  	"error_rows" numeric,
  	"rows" jsonb,
  	"notices" jsonb,
  	"imported_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_imports_id" integer;
  ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "member_imports_checksum_idx" ON "member_imports" USING btree ("checksum");
  CREATE INDEX "member_imports_imported_by_idx" ON "member_imports" USING btree ("imported_by_id");
  CREATE INDEX "member_imports_updated_at_idx" ON "member_imports" USING btree ("updated_at");
  CREATE INDEX "member_imports_created_at_idx" ON "member_imports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_imports_fk" FOREIGN KEY ("member_imports_id") REFERENCES "public"."member_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "region_fullName_idx" ON "members" USING btree ("region_id","full_name");
  CREATE INDEX "payload_locked_documents_rels_member_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("member_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "member_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "member_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_imports_fk";
  
  DROP INDEX "region_fullName_idx";
  DROP INDEX "payload_locked_documents_rels_member_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_imports_id";
  DROP TYPE "public"."enum_member_imports_mode";
  DROP TYPE "public"."enum_member_imports_status";`)
}
