import type { CollectionConfig } from 'payload'

import { policyAccess, withPermission, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'

/** Visitors see published documents; `documents.manage` handles all of them. */
export const documentsPolicy: Policy = {
  create: [withPermission('documents.manage')],
  read: [{ where: { status: { equals: 'published' } } }, withPermission('documents.manage')],
  update: [withPermission('documents.manage')],
  delete: [withPermission('documents.manage')],
}

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { id: 'Dokumen', en: 'Document' }, plural: { id: 'Dokumen', en: 'Documents' } },
  admin: { group: { id: 'Konten', en: 'Content' }, useAsTitle: 'title', defaultColumns: ['title', 'docType', 'status', 'downloadCount'] },
  access: policyAccess(documentsPolicy),
  custom: { policy: documentsPolicy },
  upload: { staticDir: uploadDir('documents'), mimeTypes: ['application/pdf'], pasteURL: false },
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
    { name: 'checksumSha256', label: 'SHA-256', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'downloadCount',
      label: { id: 'Jumlah unduhan', en: 'Downloads' },
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
