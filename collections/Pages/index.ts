import type { CollectionConfig, FieldHook, PayloadRequest } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { pick } from '@/lib/messages'
import { revalidateCollection } from '@/lib/revalidate'
import { previewUrl } from '@/lib/site-seo/preview'
import { isReservedSlug } from '@/lib/routes'
import { slugFrom, validateSlug } from '@/lib/slug'

const published = { _status: { equals: 'published' } }

/**
 * Visitors read published public pages, members (`content.view_member`) published members-only
 * ones too; `pages.manage` does everything, drafts included.
 */
export const pagesPolicy: Policy = {
  create: [withPermission('pages.manage')],
  read: [
    { where: { ...published, visibility: { equals: 'public' } } },
    withPermission('content.view_member', { where: published }),
    withPermission('pages.manage'),
  ],
  update: [withPermission('pages.manage')],
  delete: [withPermission('pages.manage')],
  // Old revisions are for the staff who edit pages, not for whoever may read the current one.
  readVersions: 'update',
}

const validatePageSlug = (value: null | string | undefined, { req }: { req: PayloadRequest }) => {
  if (value && isReservedSlug(req.payload.config, value)) {
    return pick(req, {
      id: `Slug "${value}" dipakai oleh alamat situs lain; pilih yang lain.`,
      en: `The slug "${value}" is taken by another site route; choose another.`,
    })
  }
  return validateSlug(value)
}

/** Set once, when the page is first published. */
const firstPublished: FieldHook = ({ value, siblingData }) =>
  value ?? (siblingData?._status === 'published' ? new Date().toISOString() : undefined)

const lastEditor: FieldHook = ({ req, value }) => (req.user?.collection === 'users' ? req.user.id : value)

const revalidate = revalidateCollection()

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { id: 'Halaman', en: 'Page' }, plural: { id: 'Halaman', en: 'Pages' } },
  admin: {
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'template', 'visibility', '_status', 'updatedAt'],
    // The draft as the site shows it, through the route that checks who asks (src/lib/site-seo/preview.ts).
    preview: previewUrl('pages'),
  },
  ...withPolicy(pagesPolicy),
  // Versions are the page's revisions (seed `cms_page_revisions`): compare and restore in the admin.
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
  hooks: { beforeValidate: [slugFrom('title')], afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, maxLength: 200 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      validate: validatePageSlug,
      admin: { position: 'sidebar', description: { id: 'Alamat halaman: /slug. Dibuat dari judul bila kosong.', en: 'The page address: /slug. Made from the title when empty.' } },
    },
    {
      name: 'template',
      label: { id: 'Templat', en: 'Template' },
      type: 'select',
      required: true,
      defaultValue: 'default',
      options: [
        { value: 'default', label: { id: 'Biasa', en: 'Default' } },
        { value: 'legal', label: { id: 'Dokumen hukum (AD/ART, peraturan)', en: 'Legal document' } },
        { value: 'contact', label: { id: 'Kontak (dengan formulir)', en: 'Contact (with the form)' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'visibility',
      label: { id: 'Terlihat oleh', en: 'Visible to' },
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [
        { value: 'public', label: { id: 'Semua pengunjung', en: 'Everyone' } },
        { value: 'members', label: { id: 'Anggota saja', en: 'Members only' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'body', label: { id: 'Isi', en: 'Body' }, type: 'richText' },
    {
      name: 'primaryDocument',
      label: { id: 'Dokumen utama (PDF)', en: 'Primary document (PDF)' },
      type: 'relationship',
      relationTo: 'documents',
      admin: { description: { id: 'Misalnya berkas AD/ART yang bisa diunduh.', en: 'E.g. the downloadable statutes.' } },
    },
    {
      name: 'revisionNote',
      label: { id: 'Catatan revisi', en: 'Revision note' },
      type: 'textarea',
      maxLength: 500,
      admin: { position: 'sidebar', description: { id: 'Tersimpan bersama versi ini.', en: 'Kept with this version.' } },
    },
    {
      name: 'publishedAt',
      label: { id: 'Terbit pertama', en: 'First published' },
      type: 'date',
      index: true,
      hooks: { beforeChange: [firstPublished] },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'updatedBy',
      label: { id: 'Diubah oleh', en: 'Last edited by' },
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [lastEditor] },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
