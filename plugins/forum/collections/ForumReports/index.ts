import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { FORUM_ADMIN_GROUP } from '../../admin/group'
import { hideReportedPost } from './hooks/hideReportedPost'
import { lockReportedPost } from './hooks/lockReportedPost'

export const FORUM_REPORTS = 'forum-reports'

export const reportReasons = [
  { value: 'spam', label: { id: 'Spam', en: 'Spam' } },
  { value: 'harassment', label: { id: 'Pelecehan', en: 'Harassment' } },
  { value: 'inappropriate', label: { id: 'Tidak pantas', en: 'Inappropriate' } },
  { value: 'other', label: { id: 'Lainnya', en: 'Other' } },
] as const

/**
 * A member reports a post once (the unique index on post + reporter decides, not a lookup); at
 * `reportHideThreshold` open reports the post is hidden until a moderator restores it. Reporters
 * see their own reports, moderators all of them; reports are not deleted.
 */
export const forumReportsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('forum.post', { owner: 'reporter' })],
  read: [withPermission('forum.post', { owner: 'reporter' }), withPermission('forum.moderate')],
  update: [withPermission('forum.moderate')],
  delete: [],
}

export const ForumReports: CollectionConfig = {
  slug: FORUM_REPORTS,
  labels: { singular: { id: 'Laporan tulisan', en: 'Post report' }, plural: { id: 'Laporan tulisan', en: 'Post reports' } },
  admin: {
    group: FORUM_ADMIN_GROUP,
    defaultColumns: ['post', 'reason', 'reporter', 'status', 'createdAt'],
  },
  ...withPolicy(forumReportsPolicy),
  defaultSort: '-createdAt',
  hooks: { beforeChange: [lockReportedPost], afterChange: [hideReportedPost] },
  indexes: [{ fields: ['post', 'reporter'], unique: true }],
  fields: [
    { name: 'post', label: { id: 'Tulisan', en: 'Post' }, type: 'relationship', relationTo: 'forum-posts', required: true, index: true, access: { update: serverOnly.update } },
    { name: 'reporter', label: { id: 'Pelapor', en: 'Reported by' }, type: 'relationship', relationTo: 'users', required: true, access: { update: serverOnly.update }, admin: { readOnly: true } },
    { name: 'reason', label: { id: 'Alasan', en: 'Reason' }, type: 'select', required: true, defaultValue: 'inappropriate', options: reportReasons.map(({ value, label }) => ({ value, label })) },
    { name: 'note', label: { id: 'Keterangan', en: 'Note' }, type: 'textarea', maxLength: 1000 },
    {
      name: 'status',
      label: { id: 'Status', en: 'Status' },
      type: 'select',
            defaultValue: 'open',
      index: true,
      access: serverOnly,
      options: [
        { value: 'open', label: { id: 'Terbuka', en: 'Open' } },
        { value: 'upheld', label: { id: 'Diterima (tulisan disembunyikan)', en: 'Upheld (post hidden)' } },
        { value: 'dismissed', label: { id: 'Ditolak (tulisan dipulihkan)', en: 'Dismissed (post restored)' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'region', label: { id: 'Wilayah', en: 'Region' }, type: 'relationship', relationTo: 'regions', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
