import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "billStatus_paidAt_idx" ON "dues_bills" USING btree ("bill_status","paid_at");
  CREATE INDEX "region_billStatus_paidAt_idx" ON "dues_bills" USING btree ("region_id","bill_status","paid_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "billStatus_paidAt_idx";
  DROP INDEX "region_billStatus_paidAt_idx";`)
}
