import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rate_limits" (
  	"bucket" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"hits" integer DEFAULT 1 NOT NULL
  );
  
  DROP TABLE "rate_limit_hits" CASCADE;
  CREATE UNIQUE INDEX "rate_limits_bucket_key_idx" ON "rate_limits" USING btree ("bucket","key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rate_limit_hits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bucket" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"hit_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP TABLE "rate_limits" CASCADE;
  CREATE INDEX "rate_limit_hits_lookup_idx" ON "rate_limit_hits" USING btree ("bucket","key","hit_at");`)
}
