import type { CollectionConfig } from 'payload'

import { guardedEndpoint, withPermission, withPolicy, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'
import { revalidateCollection } from '@/lib/revalidate'
import { checksumField, guardUpload, originalNameField, recordUpload, serverOnly } from '@/lib/uploads'

import { downloadDocument } from './download'
import { categoryOfDocType } from './hooks/categoryOfDocType'
import { stampEditors } from './hooks/stampEditors'
import { stampPublishedAt } from './hooks/stampPublishedAt'

/**
 * Visitors see published documents; `documents.manage` handles all of them. Payload's own file
 * route (`/api/documents/file/<name>`) would serve published files uncounted: it is for staff
 * previewing in the admin. Everyone else downloads through the counted route.
 */
export const documentsPolicy: Policy = {
  create: [withPermission('documents.manage')],
  read: [{ where: { status: { equals: 'published' } } }, withPermission('documents.manage')],
  update: [withPermission('documents.manage')],
  delete: [withPermission('documents.manage')],
  staticFiles: [withPermission('documents.manage', { anyRegion: true })],
}

const { afterChange, afterDelete } = revalidateCollection((doc) => doc?.status === 'published')

const editorField = (name: 'createdBy' | 'updatedBy', label: { id: string; en: string }) =>
  ({
    name,
    label,
    type: 'relationship',
    relationTo: 'users',
    access: serverOnly,
    admin: { readOnly: true, position: 'sidebar' },
  }) as const

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { id: 'Dokumen', en: 'Document' }, plural: { id: 'Dokumen', en: 'Documents' } },
  admin: { group: { id: 'Konten', en: 'Content' }, useAsTitle: 'title', defaultColumns: ['title', 'docType', 'status', 'downloadCount'] },
  ...withPolicy(documentsPolicy),
  hooks: {
    beforeOperation: [guardUpload('document')],
    beforeChange: [recordUpload, stampEditors, stampPublishedAt],
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  },
  endpoints: [
    guardedEndpoint({
      path: '/:id/download',
      method: 'get',
      // Anyone may ask; the document itself is read with the caller's access (drafts: 404).
      access: () => true,
      handler: (req) => downloadDocument(req, req.routeParams?.id),
    }),
  ],
  upload: {
    staticDir: uploadDir('documents'),
    // For the admin's file picker only; the magic bytes decide (see guardUpload).
    mimeTypes: ['application/pdf'],
    pasteURL: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Disposition', 'attachment')
      return headers
    },
  },
  fields: [
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, maxLength: 255 },
    {
      name: 'docType',
      label: { id: 'Jenis', en: 'Type' },
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'publication', label: { id: 'Publikasi', en: 'Publication' } },
        { value: 'regulation', label: { id: 'Regulasi', en: 'Regulation' } },
      ],
    },
    {
      name: 'category',
      label: { id: 'Kategori', en: 'Category' },
      type: 'relationship',
      relationTo: 'categories',
      // Categories say which kinds of item they apply to; a document picks one of its own type.
      filterOptions: ({ siblingData }) => {
        const docType = (siblingData as { docType?: string }).docType
        return docType ? { appliesTo: { contains: docType } } : true
      },
      validate: categoryOfDocType,
    },
    { name: 'description', label: { id: 'Deskripsi', en: 'Description' }, type: 'textarea' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: { id: 'Draf', en: 'Draft' } },
        { value: 'published', label: { id: 'Terbit', en: 'Published' } },
        { value: 'archived', label: { id: 'Arsip', en: 'Archived' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'publishedAt', label: { id: 'Tanggal terbit', en: 'Published at' }, type: 'date', admin: { position: 'sidebar' } },
    originalNameField,
    checksumField,
    {
      name: 'downloadCount',
      label: { id: 'Jumlah unduhan', en: 'Downloads' },
      type: 'number',
      defaultValue: 0,
      // Only the download route counts, in SQL; no API may set or change it.
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    editorField('createdBy', { id: 'Dibuat oleh', en: 'Created by' }),
    editorField('updatedBy', { id: 'Diubah oleh', en: 'Updated by' }),
    {
      name: 'downloadUrl',
      label: { id: 'Tautan unduh', en: 'Download link' },
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      // The site's counted route; the file route itself is for staff (see the policy).
      hooks: { afterRead: [({ data }) => (data?.id ? `/dokumen/${data.id}/unduh` : undefined)] },
    },
  ],
}

