import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { FORUM_ADMIN_GROUP } from '../../admin/group'
import { auditDelete } from '../../threads/auditDelete'
import { authorFields } from '../../threads/authorFields'
import { forumCategories } from '../../threads/categories'
import { removeThreadPosts } from './hooks/removeThreadPosts'
import { stampThread } from './hooks/stampThread'

export const FORUM_THREADS = 'forum-threads'

/**
 * Active members read the forum and start threads of their own (`forum.view`, `forum.post`;
 * suspended, pending and disabled accounts hold neither, see `can`); hidden threads are for
 * moderators only. Lock, pin, hide and move are the moderators' endpoints (`endpoints/`);
 * the author may retitle their thread.
 */
export const forumThreadsPolicy: Policy = {
  regionField: 'region',
  // Region-only threads (and their posts) are for the members of that region; moderators of every
  // region see them all, regional moderators are limited to their region by `regionField` anyway.
  audience: { regionOnly: 'regionOnly', seesAll: 'forum.moderate' },
  create: [withPermission('forum.post', { owner: 'author' })],
  read: [withPermission('forum.view', { where: { hidden: { equals: false } } }), withPermission('forum.moderate')],
  update: [withPermission('forum.post', { owner: 'author' }), withPermission('forum.moderate')],
  delete: [withPermission('forum.moderate')],
}

export const ForumThreads: CollectionConfig = {
  slug: FORUM_THREADS,
  labels: { singular: { id: 'Topik forum', en: 'Forum thread' }, plural: { id: 'Topik forum', en: 'Forum threads' } },
  admin: {
    group: FORUM_ADMIN_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'author', 'locked', 'hidden', 'lastPostAt'],
  },
  ...withPolicy(forumThreadsPolicy),
  defaultSort: '-lastPostAt',
  hooks: {
    beforeChange: [stampThread],
    beforeDelete: [removeThreadPosts],
    afterDelete: [auditDelete('forum.thread.delete', (doc) => ({ title: doc.title, author: doc.author, postCount: doc.postCount }))],
  },
  indexes: [{ fields: ['category', 'lastPostAt'] }],
  fields: [
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, minLength: 3, maxLength: 200 },
    {
      name: 'category',
      label: { id: 'Kategori', en: 'Category' },
      type: 'select',
      required: true,
      defaultValue: 'umum',
      index: true,
      // Chosen when the thread starts; moving it is a moderator's endpoint.
      access: { update: serverOnly.update },
      options: forumCategories.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'regionOnly',
      label: { id: 'Hanya untuk wilayah saya', en: 'Only for my region' },
      type: 'checkbox',
      required: true,
      defaultValue: false,
      access: { update: serverOnly.update },
      admin: { description: { id: 'Hanya anggota wilayah topik ini yang melihatnya.', en: "Only members of the thread's region see it." } },
    },
    ...authorFields,
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', description: { id: 'Wilayah penulis saat topik dibuat.', en: "The author's region when the thread started." } },
    },
    { name: 'locked', label: { id: 'Dikunci', en: 'Locked' }, type: 'checkbox', defaultValue: false, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'pinned', label: { id: 'Disematkan', en: 'Pinned' }, type: 'checkbox', defaultValue: false, index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'hidden', label: { id: 'Disembunyikan', en: 'Hidden' }, type: 'checkbox', defaultValue: false, index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'postCount', label: { id: 'Jumlah tulisan', en: 'Posts' }, type: 'number', defaultValue: 0, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastPostAt', label: { id: 'Tulisan terakhir', en: 'Last post' }, type: 'date', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
