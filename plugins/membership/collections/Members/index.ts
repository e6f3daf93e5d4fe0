import type { CollectionConfig } from 'payload'

import { withPermission, type Policy } from '@/access'
import { withPolicy } from '@/plugin-kit'

import { MEMBERSHIP_ADMIN_GROUP } from '../../admin/group'
import { memberFields } from './fields'
import { guardStateFields } from './hooks/guardStateFields'
import { refreshStatsOnChange, refreshStatsOnDelete } from './hooks/refreshStats'

export const MEMBERS = 'members'

/**
 * A member reads their own record (candidates too: their status) and edits it; staff read the
 * list and details, coordinators their region's only; `member.view_sensitive` (treasurers) reads
 * for the dues. Records are never deleted through the API: `deletedAt` is the soft delete, and a
 * candidate who cancels is removed by the registration's own server code.
 */
export const membersPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('members.bulk_import')],
  read: [
    withPermission('membership.status.view', { owner: 'user' }),
    withPermission('member.view_list'),
    withPermission('member.view_detail'),
    withPermission('member.view_sensitive'),
  ],
  update: [withPermission('profile.edit_self', { owner: 'user' }), withPermission('member.edit')],
  delete: [],
}

export const Members: CollectionConfig = {
  slug: MEMBERS,
  labels: { singular: { id: 'Anggota', en: 'Member' }, plural: { id: 'Anggota', en: 'Members' } },
  admin: {
    group: MEMBERSHIP_ADMIN_GROUP,
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'memberNumber', 'region', 'membershipStatus', 'onboardingState'],
    listSearchableFields: ['fullName', 'memberNumber', 'universityName'],
    // Soft-deleted members leave the staff lists (a filter on `deletedAt` still finds them).
    baseListFilter: ({ req }) => (JSON.stringify(req.query?.where ?? {}).includes('deletedAt') ? null : { deletedAt: { exists: false } }),
  },
  ...withPolicy(membersPolicy),
  // A coordinator's member list: their region, sorted by name (the bench's 100k-member page).
  indexes: [{ fields: ['region', 'fullName'] }],
  hooks: { beforeChange: [guardStateFields], afterChange: [refreshStatsOnChange], afterDelete: [refreshStatsOnDelete] },
  fields: memberFields,
}
