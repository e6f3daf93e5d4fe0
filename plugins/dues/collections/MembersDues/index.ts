import type { CollectionConfig, Field } from 'payload'

import { fieldFor } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { assignDuesRate } from './hooks/assignDuesRate'

/**
 * What the dues plugin adds to membership's `members`: the member's rate (follows their golongan or
 * salary range; the treasurer may set another), the arrears level last notified, and when the
 * account was suspended for arrears (so paying up lifts only that suspension).
 */
const duesFields: Field[] = [
  {
    name: 'duesRate',
    label: { id: 'Tarif iuran', en: 'Dues rate' },
    type: 'relationship',
    relationTo: 'dues-rates',
    access: { create: fieldFor('dues.rate.manage'), update: fieldFor('dues.rate.manage') },
    admin: {
      position: 'sidebar',
      description: { id: 'Mengikuti golongan atau rentang gaji.', en: 'Follows the grade or salary range.' },
    },
  },
  {
    name: 'duesArrearsLevel',
    label: { id: 'Tingkat tunggakan (terakhir diberitahukan)', en: 'Arrears level (last notified)' },
    type: 'number',
    defaultValue: 0,
    access: serverOnly,
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'duesSuspendedAt',
    label: { id: 'Ditangguhkan karena tunggakan', en: 'Suspended for arrears' },
    type: 'date',
    access: serverOnly,
    admin: { readOnly: true, position: 'sidebar' },
  },
]

export const withDuesOnMembers = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'members'
    ? {
        ...collection,
        fields: [...collection.fields, ...duesFields],
        hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), assignDuesRate] },
      }
    : collection
