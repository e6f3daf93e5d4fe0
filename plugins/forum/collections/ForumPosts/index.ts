import type { CollectionConfig, FieldAccess } from 'payload'

import { can, explicit, idOfRelation, withPermission, withPolicy, withRole, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { FORUM_ADMIN_GROUP } from '../../admin/group'
import { auditDelete } from '../../threads/auditDelete'
import { authorFields } from '../../threads/authorFields'
import { checkThread } from './hooks/checkThread'
import { countNewPost, countRemovedPost } from './hooks/countThreadPosts'
import { keepEditHistory } from './hooks/keepEditHistory'
import { removePostReports } from './hooks/removePostReports'

export const FORUM_POSTS = 'forum-posts'

/** Longest post, in characters. */
export const MAX_POST = 10_000

/**
 * Posts of threads the reader may see. A post hidden (by reports reaching the threshold, or by a
 * moderator) and the posts of a hidden thread are for moderators only. Authors edit their own
 * posts; every edit keeps the previous body.
 */
export const forumPostsPolicy: Policy = {
  regionField: 'region',
  // Region-only threads (and their posts) are for the members of that region; moderators of every
  // region see them all, regional moderators are limited to their region by `regionField` anyway.
  audience: { regionOnly: 'regionOnly', seesAll: 'forum.moderate' },
  create: [withPermission('forum.post', { owner: 'author' })],
  read: [
    withPermission('forum.view', { where: { and: [{ hidden: { equals: false } }, { threadHidden: { equals: false } }] } }),
    withPermission('forum.moderate'),
  ],
  update: [withPermission('forum.post', { owner: 'author' }), withPermission('forum.moderate')],
  delete: [withPermission('forum.moderate')],
}

/** The edit history is for moderators and the post's author. */
const historyReaders: FieldAccess = explicit(async ({ req, doc }) => {
  const user = await withRole(req)
  return can(user, 'forum.moderate') || (user != null && String(idOfRelation(doc?.author)) === String(user.id))
})

export const ForumPosts: CollectionConfig = {
  slug: FORUM_POSTS,
  labels: { singular: { id: 'Tulisan forum', en: 'Forum post' }, plural: { id: 'Tulisan forum', en: 'Forum posts' } },
  admin: {
    group: FORUM_ADMIN_GROUP,
    defaultColumns: ['thread', 'author', 'hidden', 'reportCount', 'createdAt'],
  },
  ...withPolicy(forumPostsPolicy),
  defaultSort: 'createdAt',
  hooks: {
    beforeChange: [checkThread, keepEditHistory],
    afterChange: [countNewPost],
    beforeDelete: [removePostReports],
    afterDelete: [countRemovedPost, auditDelete('forum.post.delete', (doc) => ({ thread: doc.thread, author: doc.author, body: doc.body }))],
  },
  indexes: [{ fields: ['thread', 'createdAt'] }],
  fields: [
    {
      name: 'thread',
      label: { id: 'Topik', en: 'Thread' },
      type: 'relationship',
      relationTo: 'forum-threads',
      required: true,
      index: true,
      access: { update: serverOnly.update },
    },
    {
      name: 'body',
      label: { id: 'Isi', en: 'Text' },
      type: 'textarea',
      required: true,
      maxLength: MAX_POST,
      admin: { description: { id: 'Teks biasa; baris baru dipertahankan.', en: 'Plain text; line breaks are kept.' } },
    },
    ...authorFields,
    // Copied from the thread, so access rules read them without a join.
    { name: 'region', label: { id: 'Wilayah', en: 'Region' }, type: 'relationship', relationTo: 'regions', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'regionOnly', label: { id: 'Hanya wilayah', en: 'Region only' }, type: 'checkbox', defaultValue: false, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'threadHidden', label: { id: 'Topik disembunyikan', en: 'Thread hidden' }, type: 'checkbox', defaultValue: false, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'hidden', label: { id: 'Disembunyikan', en: 'Hidden' }, type: 'checkbox', defaultValue: false, index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'hiddenBy',
      label: { id: 'Disembunyikan karena', en: 'Hidden because of' },
      type: 'select',
      access: serverOnly,
      options: [
        { value: 'reports', label: { id: 'Laporan anggota', en: 'Member reports' } },
        { value: 'moderator', label: { id: 'Moderator', en: 'A moderator' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'reportCount', label: { id: 'Laporan terbuka', en: 'Open reports' }, type: 'number', defaultValue: 0, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'editedAt', label: { id: 'Diubah pada', en: 'Edited at' }, type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'editHistory',
      label: { id: 'Riwayat perubahan', en: 'Edit history' },
      type: 'array',
      access: { ...serverOnly, read: historyReaders },
      admin: { readOnly: true },
      fields: [
        { name: 'body', label: { id: 'Isi sebelumnya', en: 'Previous text' }, type: 'textarea', required: true },
        { name: 'editedBy', label: { id: 'Diubah oleh', en: 'Edited by' }, type: 'relationship', relationTo: 'users' },
        { name: 'editedAt', label: { id: 'Diubah pada', en: 'Edited at' }, type: 'date', required: true },
      ],
    },
  ],
}
