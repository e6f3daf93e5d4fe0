import type { CollectionConfig } from 'payload'

import { fieldFor, withPermission, withPolicy, type Policy } from '@/access'
import { revalidateCollection } from '@/lib/revalidate'
import { previewUrl } from '@/lib/site-seo/preview'
import { slugFrom, validateSlug } from '@/lib/slug'
import { validateYoutubeUrl } from '@/lib/youtube'

import { applyWorkflow } from './hooks/applyWorkflow'
import { followTransitions } from './hooks/followTransitions'
import { saveDirectly } from './hooks/saveDirectly'
import { statusLabels, workflowStatuses } from './workflow'

const published = { workflowStatus: { equals: 'published' } }

/**
 * Visitors read published public items, members also members-only ones; authors their own items,
 * reviewers everything. Which status an author may edit in, and every status move, is the
 * workflow's business (hooks/applyWorkflow.ts), so refusals there can say why.
 */
export const contentPolicy: Policy = {
  create: [withPermission('content.create')],
  read: [
    { where: { and: [published, { visibility: { equals: 'public' } }] } },
    withPermission('content.view_member', { where: published }),
    withPermission('content.create', { owner: 'author' }),
    withPermission('content.review'),
    withPermission('content.manage'),
  ],
  update: [withPermission('content.create', { owner: 'author' }), withPermission('content.review'), withPermission('content.manage')],
  // Authors delete their own drafts; managers anything.
  delete: [withPermission('content.create', { owner: 'author', where: { workflowStatus: { equals: 'draft' } } }), withPermission('content.manage')],
  // Old versions are for staff who may edit the item, not for whoever may read the current one.
  readVersions: 'update',
}

const staff = fieldFor('content.create', 'content.review', 'content.manage')
const reviewersOnly = fieldFor('content.review')
const managersOnly = fieldFor('content.manage')
/** Kept by the workflow hook; staff read it, nobody writes it through the API. */
const systemOnly = { read: staff, create: fieldFor(), update: fieldFor() }

const revalidate = revalidateCollection()

export const Content: CollectionConfig = {
  slug: 'content',
  labels: { singular: { id: 'Konten', en: 'Content item' }, plural: { id: 'Konten', en: 'Content' } },
  admin: {
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'workflowStatus', 'author', 'publishedAt'],
    listSearchableFields: ['title', 'slug', 'excerpt'],
    // The draft as the site shows it, through the route that checks who asks (src/lib/site-seo/preview.ts).
    preview: previewUrl('content'),
  },
  ...withPolicy(contentPolicy),
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['workflowStatus', 'publishedAt'] }],
  hooks: {
    beforeOperation: [saveDirectly],
    beforeValidate: [slugFrom('title')],
    beforeChange: [applyWorkflow],
    afterChange: [followTransitions, revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { id: 'Isi', en: 'Content' },
          fields: [
            { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, minLength: 5, maxLength: 255 },
            { name: 'excerpt', label: { id: 'Ringkasan', en: 'Excerpt' }, type: 'textarea', maxLength: 500 },
            { name: 'body', label: { id: 'Isi', en: 'Body' }, type: 'richText' },
            { name: 'coverImage', label: { id: 'Gambar sampul', en: 'Cover image' }, type: 'upload', relationTo: 'media' },
            {
              name: 'youtubeUrl',
              label: { id: 'Video YouTube', en: 'YouTube video' },
              type: 'text',
              maxLength: 255,
              validate: validateYoutubeUrl,
              admin: { description: { id: 'Ditampilkan dengan youtube-nocookie.', en: 'Shown with youtube-nocookie.' } },
            },
          ],
        },
        {
          label: { id: 'Tinjauan', en: 'Review' },
          fields: [
            {
              name: 'reviewComment',
              label: { id: 'Komentar peninjau', en: 'Reviewer comment' },
              type: 'textarea',
              maxLength: 2000,
              access: { read: staff, create: reviewersOnly, update: reviewersOnly },
              admin: { description: { id: 'Wajib saat menolak.', en: 'Required when rejecting.' } },
            },
            { name: 'reviewer', label: { id: 'Peninjau', en: 'Reviewer' }, type: 'relationship', relationTo: 'users', access: systemOnly, admin: { readOnly: true } },
            {
              name: 'workflowHistory',
              label: { id: 'Riwayat alur kerja', en: 'Workflow history' },
              type: 'array',
              access: systemOnly,
              admin: { readOnly: true, initCollapsed: false },
              fields: [
                {
                  name: 'action',
                  type: 'select',
                  required: true,
                  options: ['created', 'submitted', 'approved', 'rejected', 'published', 'scheduled', 'unpublished', 'reopened', 'forced'],
                },
                { name: 'from', type: 'select', options: statusOptions() },
                { name: 'to', type: 'select', required: true, options: statusOptions() },
                { name: 'by', type: 'relationship', relationTo: 'users' },
                { name: 'comment', type: 'textarea' },
                { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'workflowActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/Content/components/WorkflowActions#WorkflowActions' } },
    },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, maxLength: 255, validate: validateSlug, admin: { position: 'sidebar' } },
    {
      name: 'type',
      label: { id: 'Jenis', en: 'Type' },
      type: 'select',
      required: true,
      defaultValue: 'news',
      index: true,
      options: [
        { value: 'news', label: { id: 'Berita', en: 'News' } },
        { value: 'activity', label: { id: 'Kegiatan', en: 'Activity' } },
        { value: 'announcement', label: { id: 'Pengumuman', en: 'Announcement' } },
        { value: 'article', label: { id: 'Artikel', en: 'Article' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'workflowStatus',
      label: { id: 'Status alur kerja', en: 'Workflow status' },
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: statusOptions(),
      // Moves are made with the workflow buttons above, which offer only the allowed ones.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'visibility',
      label: { id: 'Visibilitas', en: 'Visibility' },
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [
        { value: 'public', label: { id: 'Publik', en: 'Public' } },
        { value: 'members', label: { id: 'Khusus anggota', en: 'Members only' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      label: { id: 'Kategori', en: 'Category' },
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      filterOptions: { appliesTo: { contains: 'content' } },
      admin: { position: 'sidebar' },
    },
    { name: 'tags', label: { id: 'Tag', en: 'Tags' }, type: 'text', hasMany: true, maxRows: 20, maxLength: 50, admin: { position: 'sidebar' } },
    {
      name: 'author',
      label: { id: 'Penulis', en: 'Author' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: managersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      label: { id: 'Tanggal terbit', en: 'Publication date' },
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: { id: 'Tanggal mendatang: terbit otomatis setelah disetujui.', en: 'A future date publishes automatically once approved.' },
      },
    },
    {
      name: 'scheduledFor',
      label: { id: 'Dijadwalkan terbit', en: 'Scheduled for' },
      type: 'date',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

function statusOptions() {
  return workflowStatuses.map((value) => ({ value, label: statusLabels[value] }))
}
