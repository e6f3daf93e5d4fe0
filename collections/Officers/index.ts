import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { revalidateCollection } from '@/lib/revalidate'

import { checkOfficer } from './hooks/checkOfficer'

/**
 * Visitors see active officers; `officers.manage` manages them, a regional coordinator only
 * those of their region.
 */
export const officersPolicy: Policy = {
  create: [withPermission('officers.manage')],
  read: [{ where: { active: { equals: true } } }, withPermission('officers.manage')],
  update: [withPermission('officers.manage')],
  delete: [withPermission('officers.manage')],
  regionField: 'region',
}

/** Inactive officers are not on the site, so only changes to active ones need a refresh. */
const revalidate = revalidateCollection((doc) => doc?.active === true)

export const Officers: CollectionConfig = {
  slug: 'officers',
  labels: { singular: { id: 'Pengurus', en: 'Officer' }, plural: { id: 'Pengurus', en: 'Officers' } },
  admin: {
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'positionTitle', 'level', 'region', 'active', 'sortOrder'],
  },
  defaultSort: 'sortOrder',
  ...withPolicy(officersPolicy),
  hooks: { beforeValidate: [checkOfficer], afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'fullName', label: { id: 'Nama lengkap', en: 'Full name' }, type: 'text', required: true, maxLength: 150 },
    { name: 'positionTitle', label: { id: 'Jabatan', en: 'Position' }, type: 'text', required: true, maxLength: 100 },
    {
      name: 'level',
      label: { id: 'Tingkat', en: 'Level' },
      type: 'select',
      required: true,
      defaultValue: 'central',
      index: true,
      options: [
        { value: 'central', label: { id: 'Pusat', en: 'Central' } },
        { value: 'regional', label: { id: 'Wilayah', en: 'Regional' } },
      ],
    },
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      admin: { condition: (_, siblingData) => siblingData?.level === 'regional' },
    },
    { name: 'photo', label: { id: 'Foto', en: 'Photo' }, type: 'upload', relationTo: 'media' },
    { name: 'bio', label: { id: 'Biografi singkat', en: 'Short biography' }, type: 'textarea', maxLength: 2000 },
    { name: 'sortOrder', label: { id: 'Urutan', en: 'Order' }, type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar' } },
    { name: 'active', label: { id: 'Aktif', en: 'Active' }, type: 'checkbox', defaultValue: true, index: true, admin: { position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', label: { id: 'Awal masa jabatan', en: 'Term starts' }, type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'periodEnd', label: { id: 'Akhir masa jabatan', en: 'Term ends' }, type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'user',
      label: { id: 'Akun terkait', en: 'Linked account' },
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', description: { id: 'Opsional: akun anggota pengurus ini.', en: 'Optional: this officer’s account.' } },
    },
  ],
}
