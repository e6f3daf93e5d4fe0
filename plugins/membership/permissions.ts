import { permission as p, type PermissionDef } from '@/access'

/**
 * The membership plugin's permissions. Core keeps the account keys it checks itself
 * (`member.view_list`, `member.disable`, `member.enable`).
 */
export const membershipPermissions: PermissionDef[] = [
  p('membercard.view_self', 'Melihat kartu anggota', 'View member card'),
  // A candidate's account is not active yet, and still follows its registration.
  p('membership.status.view', 'Melihat status keanggotaan', 'View membership status', { keptWhenInactive: true }),
  p('member.view_detail', 'Melihat detail anggota', 'View member details'),
  p('member.view_sensitive', 'Melihat data sensitif anggota (gaji, nomor identitas)', 'View members’ sensitive data (salary, identity numbers)'),
  p('member.edit', 'Mengubah data anggota', 'Edit member data'),
  p('member.approve_candidate', 'Menyetujui calon anggota', 'Approve candidates'),
  p('member.reject_candidate', 'Menolak calon anggota', 'Reject candidates'),
  p('member.delete', 'Menghapus anggota (soft delete)', 'Delete members (soft delete)'),
  p('members.bulk_import', 'Bulk import anggota', 'Bulk import members'),
  p('region.member.download', 'Download data wilayah', 'Download regional member data'),
]

const account = ['membership.status.view']
const cardHolder = [...account, 'membercard.view_self']
const handlesMembers = [...cardHolder, 'member.view_detail', 'member.approve_candidate', 'member.reject_candidate', 'member.delete']

/**
 * Every account follows its own membership; members, and the staff who are members too, have a
 * card. Sensitive data: admins and treasurers, not coordinators. Editing member data: admins, and
 * coordinators for their own region (their role's scope limits them).
 */
export const membershipGrants: Record<string, string[]> = {
  candidate: account,
  contributor: account,
  editor: account,
  member: cardHolder,
  treasurer: [...cardHolder, 'member.view_sensitive'],
  admin: [...handlesMembers, 'member.view_sensitive', 'member.edit'],
  coordinator: [...handlesMembers, 'member.edit', 'region.member.download'],
}
