import type { Field } from 'payload'

import { serverOnly } from '@/lib/uploads'

/** Who wrote a thread or a post: the account (set by the server) and its name at the time. */
export const authorFields: Field[] = [
  {
    name: 'author',
    label: { id: 'Penulis', en: 'Author' },
    type: 'relationship',
    relationTo: 'users',
    required: true,
    index: true,
    access: { update: serverOnly.update },
    admin: { readOnly: true, position: 'sidebar' },
  },
  // The author's name as it was when writing: readers may not read other members' accounts.
  { name: 'authorName', label: { id: 'Nama penulis', en: "Author's name" }, type: 'text', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
]
