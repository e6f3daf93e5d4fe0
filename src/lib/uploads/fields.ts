import type { TextField } from 'payload'

import { nobody } from '../../access/nobody'

/** A field only the server writes (hooks, SQL): clients can neither set nor change it. */
export const serverOnly = { create: nobody, update: nobody }

/** The upload's own name, shown and used for downloads; the stored file has a random one. */
export const originalNameField: TextField = {
  name: 'originalName',
  label: { id: 'Nama berkas asli', en: 'Original file name' },
  type: 'text',
  maxLength: 255,
  access: serverOnly,
  admin: { readOnly: true, position: 'sidebar' },
}

/** SHA-256 of the stored bytes, set when a file is stored. */
export const checksumField: TextField = {
  name: 'checksumSha256',
  label: 'SHA-256',
  type: 'text',
  maxLength: 64,
  access: serverOnly,
  admin: { readOnly: true, position: 'sidebar' },
}
