import type { PermissionDef } from '@/access'

/**
 * The permissions outreach introduces. Its checks use keys core declares today (`survey.fill`,
 * `survey.create`, `survey.view_results`, `notification.send_all`, `notification.send_region`),
 * so the list is empty until they move here.
 */
export const outreachPermissions: PermissionDef[] = []

/** The built-in roles that get outreach's permissions by default. */
export const outreachGrants: Record<string, string[]> = {}
