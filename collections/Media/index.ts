import type { CollectionConfig, ImageSize } from 'payload'

import { anyone, withPermission, withPolicy, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'
import { revalidateCollection } from '@/lib/revalidate'
import { checksumField, guardUpload, originalNameField, recordUpload, serverOnly } from '@/lib/uploads'

import { setUploader } from './hooks/setUploader'

/** Images are public once uploaded; uploaders manage their own, `media.manage` all of them. */
export const mediaPolicy: Policy = {
  create: [withPermission('media.upload'), withPermission('media.manage')],
  read: [anyone],
  update: [withPermission('media.upload', { owner: 'uploadedBy' }), withPermission('media.manage')],
  delete: [withPermission('media.upload', { owner: 'uploadedBy' }), withPermission('media.manage')],
}

const sizes: ImageSize[] = [
  { name: 'thumbnail', width: 300, height: 300 },
  { name: 'card', width: 768, height: 512 },
  { name: 'hero', width: 1600 },
]

/** Each size in the image's own format and in WebP, for `<picture>` on the site. */
const imageSizes: ImageSize[] = sizes.flatMap((size) => [
  size,
  { ...size, name: `${size.name}Webp`, formatOptions: { format: 'webp', options: { quality: 80 } } },
])

/** Media is used everywhere on the site: any change to an image can be seen. */
const { afterChange, afterDelete } = revalidateCollection(() => true)

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { id: 'Media', en: 'Media' }, plural: { id: 'Media', en: 'Media' } },
  admin: { group: { id: 'Konten', en: 'Content' }, useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'originalName', 'uploadedBy'] },
  ...withPolicy(mediaPolicy),
  folders: true,
  hooks: {
    // The file is checked and re-encoded (EXIF gone) before Payload stores it or makes the sizes.
    beforeOperation: [guardUpload('image')],
    beforeChange: [recordUpload, setUploader],
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  },
  upload: {
    staticDir: uploadDir('media'),
    // For the admin's file picker only; the magic bytes decide (see guardUpload).
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    focalPoint: true,
    pasteURL: false,
    imageSizes,
    adminThumbnail: 'thumbnail',
    // Public files, read access checked by Payload's file route; the type is ours, never sniffed.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    { name: 'alt', label: { id: 'Teks alternatif', en: 'Alt text' }, type: 'text', required: true, maxLength: 255 },
    { name: 'caption', label: { id: 'Keterangan', en: 'Caption' }, type: 'textarea', maxLength: 500 },
    originalNameField,
    checksumField,
    {
      name: 'uploadedBy',
      label: { id: 'Diunggah oleh', en: 'Uploaded by' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
