import type { PermissionDef } from '@/access'

/** Permissions the plugin adds to core's `member.*` keys (src/access/permissions.ts). */
export const membershipPermissions: PermissionDef[] = [
  {
    key: 'member.view_sensitive',
    id: 'Melihat data sensitif anggota (gaji, nomor identitas)',
    en: 'View members’ sensitive data (salary, identity numbers)',
  },
  { key: 'member.edit', id: 'Mengubah data anggota', en: 'Edit member data' },
]

/**
 * Sensitive data: admins and treasurers, not coordinators. Editing member data:
 * admins, and coordinators for their own region (their role's scope limits them).
 */
export const membershipGrants: Record<string, string[]> = {
  admin: ['member.view_sensitive', 'member.edit'],
  treasurer: ['member.view_sensitive'],
  coordinator: ['member.edit'],
}
