import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Permissions nothing checked are no longer declared: roles lose them (and forget they were
 * applied, so a key declared again later is granted again). The enum goes in key order.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DELETE FROM "roles_permissions" WHERE "value" IN ('member.change_role', 'content.view_public', 'blog.create', 'blog.manage', 'region.stats.view', 'submenu.manage', 'masterdata.bulk_import');
  UPDATE "roles" SET "applied_defaults" = (
    SELECT coalesce(jsonb_agg("key"), '[]'::jsonb) FROM jsonb_array_elements_text("applied_defaults") AS "key"
    WHERE "key" NOT IN ('member.change_role', 'content.view_public', 'blog.create', 'blog.manage', 'region.stats.view', 'submenu.manage', 'masterdata.bulk_import')
  ) WHERE jsonb_typeof("applied_defaults") = 'array';
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('audit.view', 'complaint.respond', 'complaint.view_inbox', 'content.categories', 'content.create', 'content.force_status', 'content.manage', 'content.publish', 'content.review', 'content.submit', 'content.view_member', 'documents.manage', 'dues.arrears.enforce_pending', 'dues.arrears.reactivate', 'dues.bill.generate', 'dues.bill.view_all', 'dues.claim.process', 'dues.claim.view_all', 'dues.payment.reject', 'dues.payment.verify', 'dues.payment.view_all', 'dues.rate.manage', 'dues.report.export_all', 'dues.view_self', 'forum.moderate', 'forum.post', 'forum.view', 'landing.manage', 'media.manage', 'media.upload', 'member.approve_candidate', 'member.delete', 'member.disable', 'member.edit', 'member.enable', 'member.reject_candidate', 'member.view_detail', 'member.view_list', 'member.view_sensitive', 'membercard.view_self', 'members.bulk_import', 'membership.status.view', 'menu.manage', 'message.reply_to_member', 'message.send_to_board', 'notification.send_all', 'notification.send_region', 'officers.manage', 'pages.manage', 'password.change_self', 'profile.edit_self', 'profile.view_self', 'region.dues.view', 'region.link.update', 'region.member.download', 'role.manage', 'settings.manage', 'survey.create', 'survey.fill', 'survey.view_results');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";`)
}

/** The old enum back; the removed grants are not restored (nothing checked them). */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('profile.view_self', 'profile.edit_self', 'password.change_self', 'membercard.view_self', 'membership.status.view', 'member.view_list', 'member.view_detail', 'member.approve_candidate', 'member.reject_candidate', 'member.disable', 'member.enable', 'member.delete', 'member.change_role', 'content.view_public', 'content.view_member', 'content.create', 'content.submit', 'content.review', 'content.publish', 'content.manage', 'content.force_status', 'content.categories', 'media.upload', 'media.manage', 'pages.manage', 'documents.manage', 'officers.manage', 'landing.manage', 'blog.create', 'blog.manage', 'notification.send_all', 'notification.send_region', 'forum.view', 'forum.post', 'forum.moderate', 'message.send_to_board', 'message.reply_to_member', 'complaint.view_inbox', 'complaint.respond', 'survey.fill', 'survey.create', 'survey.view_results', 'region.member.download', 'region.link.update', 'region.stats.view', 'region.dues.view', 'role.manage', 'menu.manage', 'submenu.manage', 'audit.view', 'masterdata.bulk_import', 'members.bulk_import', 'settings.manage', 'member.view_sensitive', 'member.edit', 'dues.view_self', 'dues.rate.manage', 'dues.bill.generate', 'dues.bill.view_all', 'dues.payment.view_all', 'dues.payment.verify', 'dues.payment.reject', 'dues.claim.view_all', 'dues.claim.process', 'dues.arrears.enforce_pending', 'dues.arrears.reactivate', 'dues.report.export_all');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";`)
}
