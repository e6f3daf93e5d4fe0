import type { CollectionConfig } from 'payload'

import { anyone, policyAccess, withPermission, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'

/** Images are public once uploaded; uploaders manage their own, `media.manage` all of them. */
export const mediaPolicy: Policy = {
  create: [withPermission('media.upload'), withPermission('media.manage')],
  read: [anyone],
  update: [withPermission('media.upload', { owner: 'uploadedBy' }), withPermission('media.manage')],
  delete: [withPermission('media.upload', { owner: 'uploadedBy' }), withPermission('media.manage')],
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { id: 'Media', en: 'Media' }, plural: { id: 'Media', en: 'Media' } },
  admin: { group: { id: 'Konten', en: 'Content' }, useAsTitle: 'alt' },
  access: policyAccess(mediaPolicy),
  custom: { policy: mediaPolicy },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    focalPoint: true,
    pasteURL: false,
  },
  fields: [
    { name: 'alt', label: { id: 'Teks alternatif', en: 'Alt text' }, type: 'text', required: true, maxLength: 255 },
    { name: 'caption', label: { id: 'Keterangan', en: 'Caption' }, type: 'textarea', maxLength: 500 },
    {
      name: 'uploadedBy',
      label: { id: 'Diunggah oleh', en: 'Uploaded by' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
