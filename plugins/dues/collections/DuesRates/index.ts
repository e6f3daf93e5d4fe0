import type { CollectionConfig } from 'payload'

import { anyone, withPermission, withPolicy, type Policy } from '@/access'

import { DUES_ADMIN_GROUP } from '../../admin/group'
import { bracketOptions } from '../../rates/brackets'
import { firstOfMonth } from './hooks/firstOfMonth'

export const DUES_RATES = 'dues-rates'

/** Rates are public facts (registration shows them); the treasurer manages them. */
export const duesRatesPolicy: Policy = {
  create: [withPermission('dues.rate.manage')],
  read: [anyone],
  update: [withPermission('dues.rate.manage')],
  delete: [withPermission('dues.rate.manage')],
}

const wholeRupiah = (value: unknown) =>
  value == null || (Number.isSafeInteger(value) && (value as number) >= 0) || 'Jumlah harus rupiah bulat ≥ 0. / The amount must be whole rupiah ≥ 0.'

/**
 * One rate of a bracket from its `effectiveFrom` month on. A rate change is a new rate with a
 * later month (and its own code): bills of earlier months, made or still to make, keep the old
 * amount; bills already made never change.
 */
export const DuesRates: CollectionConfig = {
  slug: DUES_RATES,
  labels: { singular: { id: 'Tarif iuran', en: 'Dues rate' }, plural: { id: 'Tarif iuran', en: 'Dues rates' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    useAsTitle: 'label',
    defaultColumns: ['code', 'label', 'amount', 'effectiveFrom', 'isActive'],
  },
  ...withPolicy(duesRatesPolicy),
  defaultSort: 'sortOrder',
  hooks: { beforeChange: [firstOfMonth] },
  indexes: [{ fields: ['bracket', 'effectiveFrom'], unique: true }, { fields: ['schemeType', 'isActive', 'sortOrder'] }],
  fields: [
    {
      name: 'schemeType',
      label: { id: 'Skema', en: 'Scheme' },
      type: 'select',
      required: true,
      options: [
        { value: 'golongan', label: { id: 'Golongan', en: 'Civil-service grade' } },
        { value: 'gaji', label: { id: 'Rentang gaji', en: 'Salary range' } },
      ],
    },
    { name: 'bracket', label: { id: 'Golongan / rentang', en: 'Grade / range' }, type: 'select', required: true, options: bracketOptions },
    { name: 'label', label: { id: 'Nama tarif', en: 'Label' }, type: 'text', required: true, maxLength: 100 },
    { name: 'code', label: { id: 'Kode', en: 'Code' }, type: 'text', required: true, unique: true, maxLength: 20 },
    { name: 'amount', label: { id: 'Iuran per bulan (Rp)', en: 'Monthly dues (IDR)' }, type: 'number', required: true, min: 0, validate: wholeRupiah },
    { name: 'minSalary', label: { id: 'Gaji minimum (Rp)', en: 'Minimum salary (IDR)' }, type: 'number', min: 0, validate: wholeRupiah },
    { name: 'maxSalary', label: { id: 'Gaji maksimum (Rp)', en: 'Maximum salary (IDR)' }, type: 'number', min: 0, validate: wholeRupiah },
    { name: 'sortOrder', label: { id: 'Urutan', en: 'Order' }, type: 'number', defaultValue: 0 },
    { name: 'isActive', label: { id: 'Aktif', en: 'Active' }, type: 'checkbox', defaultValue: true },
    {
      name: 'effectiveFrom',
      label: { id: 'Berlaku mulai (bulan)', en: 'Applies from (month)' },
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
    },
  ],
}
