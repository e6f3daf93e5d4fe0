import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { DUES_ADMIN_GROUP } from '../../admin/group'
import { billStatusOptions, billTypeOptions } from '../labels'
import { linkBillToMember } from './hooks/linkBillToMember'

export const DUES_BILLS = 'dues-bills'

/**
 * A member reads their own bills; the treasurer all; coordinators their region's (the recap,
 * `region.dues.view` limited by their role's scope). Bills are made by the generator (SQL) and the
 * registration step; staff may add one by hand. Status changes go through verification and claims.
 * Never deleted: a wrong bill is waived, with its reason.
 */
export const duesBillsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('dues.bill.generate')],
  read: [withPermission('dues.view_self', { owner: 'owner' }), withPermission('dues.bill.view_all'), withPermission('region.dues.view')],
  update: [withPermission('dues.bill.generate')],
  delete: [],
}

const wholeRupiah = (value: unknown) =>
  value == null || (Number.isSafeInteger(value) && (value as number) >= 0) || 'Jumlah harus rupiah bulat ≥ 0. / The amount must be whole rupiah ≥ 0.'

export const DuesBills: CollectionConfig = {
  slug: DUES_BILLS,
  labels: { singular: { id: 'Tagihan iuran', en: 'Dues bill' }, plural: { id: 'Tagihan iuran', en: 'Dues bills' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    useAsTitle: 'paymentCode',
    defaultColumns: ['paymentCode', 'member', 'periodYear', 'periodMonth', 'transferAmount', 'billStatus', 'dueDate'],
    listSearchableFields: ['paymentCode'],
  },
  ...withPolicy(duesBillsPolicy),
  defaultSort: '-dueDate',
  hooks: { beforeChange: [linkBillToMember] },
  indexes: [
    // One bill per member, type and month: the generator relies on it (ON CONFLICT DO NOTHING).
    { fields: ['member', 'billType', 'periodYear', 'periodMonth'], unique: true },
    { fields: ['billStatus', 'dueDate'] },
    { fields: ['periodYear', 'periodMonth'] },
    // The dashboard's "collected per month", for everyone and for one region (reports/figures.ts).
    { fields: ['billStatus', 'paidAt'] },
    { fields: ['region', 'billStatus', 'paidAt'] },
  ],
  fields: [
    { name: 'member', label: { id: 'Anggota', en: 'Member' }, type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'billType', label: { id: 'Jenis tagihan', en: 'Bill type' }, type: 'select', required: true, defaultValue: 'monthly', options: billTypeOptions },
    {
      type: 'row',
      fields: [
        { name: 'periodYear', label: { id: 'Tahun', en: 'Year' }, type: 'number', required: true, min: 2000, max: 2100 },
        { name: 'periodMonth', label: { id: 'Bulan', en: 'Month' }, type: 'number', required: true, min: 1, max: 12 },
      ],
    },
    { name: 'rate', label: { id: 'Tarif', en: 'Rate' }, type: 'relationship', relationTo: 'dues-rates' },
    {
      type: 'row',
      fields: [
        { name: 'billAmount', label: { id: 'Iuran (Rp)', en: 'Dues (IDR)' }, type: 'number', required: true, min: 0, validate: wholeRupiah },
        {
          name: 'uniqueCode',
          label: { id: 'Kode unik', en: 'Unique code' },
          type: 'number',
          access: serverOnly,
          admin: { readOnly: true, description: { id: 'Ditambahkan ke nominal transfer agar transfer dapat dicocokkan.', en: 'Added to the transfer amount so the transfer can be matched.' } },
        },
        { name: 'transferAmount', label: { id: 'Nominal transfer (Rp)', en: 'Amount to transfer (IDR)' }, type: 'number', access: serverOnly, admin: { readOnly: true } },
      ],
    },
    { name: 'paymentCode', label: { id: 'Kode pembayaran', en: 'Payment code' }, type: 'text', unique: true, maxLength: 32, access: serverOnly, admin: { readOnly: true } },
    { name: 'billStatus', label: { id: 'Status', en: 'Status' }, type: 'select', required: true, defaultValue: 'unpaid', access: serverOnly, options: billStatusOptions, admin: { readOnly: true } },
    { name: 'dueDate', label: { id: 'Jatuh tempo', en: 'Due date' }, type: 'date', required: true },
    { name: 'arrearsLevel', label: { id: 'Tingkat tunggakan', en: 'Arrears level' }, type: 'number', defaultValue: 0, access: serverOnly, admin: { readOnly: true } },
    { name: 'waivedReason', label: { id: 'Alasan pembebasan', en: 'Waiver reason' }, type: 'textarea', access: serverOnly, admin: { readOnly: true } },
    { name: 'paidAt', label: { id: 'Dibayar pada', en: 'Paid at' }, type: 'date', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'owner',
      label: { id: 'Akun anggota', en: 'Member account' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
