import type { PermissionDef } from '@/access'

/**
 * The permissions the forum introduces. Its checks use keys core declares today (`forum.view`,
 * `forum.post`, `forum.moderate`, `message.send_to_board`, `message.reply_to_member`,
 * `complaint.view_inbox`, `complaint.respond`), so the list is empty until they move here.
 */
export const forumPermissions: PermissionDef[] = []

/** The built-in roles that get the forum's permissions by default. */
export const forumGrants: Record<string, string[]> = {}
