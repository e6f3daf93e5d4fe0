import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'
import { checksumField, guardUpload, originalNameField, recordUpload, serverOnly } from '@/lib/uploads'

import { DUES_ADMIN_GROUP } from '../../admin/group'
import { paymentMethodOptions, paymentSourceOptions, paymentStatusOptions } from '../labels'
import { checkPaidBills } from './hooks/checkPaidBills'

export const DUES_PAYMENTS = 'dues-payments'

/**
 * Private: a member uploads a proof for their own bills (sending `owner`: their own id) and reads
 * their payments; the treasurer reads all and records payments by hand. Verification and rejection
 * are endpoints (one transaction each); payments are never deleted.
 */
export const duesPaymentsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('dues.view_self', { owner: 'owner' }), withPermission('dues.payment.verify')],
  read: [withPermission('dues.view_self', { owner: 'owner' }), withPermission('dues.payment.view_all')],
  update: [withPermission('dues.payment.verify')],
  delete: [],
  // Never from Payload's static file route: only through the access-checked download endpoint.
  staticFiles: [],
}

export const DuesPayments: CollectionConfig = {
  slug: DUES_PAYMENTS,
  labels: { singular: { id: 'Pembayaran iuran', en: 'Dues payment' }, plural: { id: 'Pembayaran iuran', en: 'Dues payments' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    useAsTitle: 'refNo',
    defaultColumns: ['member', 'paidAmount', 'paidAt', 'paymentStatus', 'source', 'createdAt'],
  },
  ...withPolicy(duesPaymentsPolicy),
  defaultSort: '-createdAt',
  // The verification queue: the oldest payment still waiting, and the next past a cursor.
  indexes: [{ fields: ['paymentStatus', 'createdAt'] }],
  hooks: {
    beforeOperation: [guardUpload('proof')],
    beforeChange: [checkPaidBills, recordUpload],
  },
  upload: {
    staticDir: uploadDir(DUES_PAYMENTS),
    // Reconciled bank transfers have no proof file; members' uploads must carry one (guardUpload).
    filesRequiredOnCreate: false,
    mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    pasteURL: false,
    adminThumbnail: () => false as unknown as string,
  },
  fields: [
    { name: 'member', label: { id: 'Anggota', en: 'Member' }, type: 'relationship', relationTo: 'members', required: true, index: true },
    {
      name: 'bills',
      label: { id: 'Tagihan yang dibayar', en: 'Bills paid' },
      type: 'relationship',
      relationTo: 'dues-bills',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 24,
    },
    {
      type: 'row',
      fields: [
        { name: 'paidAmount', label: { id: 'Jumlah dibayar (Rp)', en: 'Amount paid (IDR)' }, type: 'number', min: 0 },
        { name: 'paidAt', label: { id: 'Tanggal bayar', en: 'Paid on' }, type: 'date' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'method', label: { id: 'Cara bayar', en: 'Method' }, type: 'select', defaultValue: 'transfer', options: paymentMethodOptions },
        { name: 'refNo', label: { id: 'No. referensi', en: 'Reference no.' }, type: 'text', maxLength: 100 },
      ],
    },
    {
      name: 'paymentStatus',
      label: { id: 'Status', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      access: serverOnly,
      options: paymentStatusOptions,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'verifiedBy', label: { id: 'Diverifikasi oleh', en: 'Verified by' }, type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'verifiedAt', label: { id: 'Diverifikasi pada', en: 'Verified at' }, type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'verificationNote', label: { id: 'Catatan verifikasi', en: 'Verification note' }, type: 'textarea', access: serverOnly, admin: { readOnly: true } },
    { name: 'rejectedReason', label: { id: 'Alasan penolakan', en: 'Reason for rejection' }, type: 'textarea', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'source',
      label: { id: 'Sumber', en: 'Source' },
      type: 'select',
      defaultValue: 'upload',
      access: serverOnly,
      options: paymentSourceOptions,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'owner',
      label: { id: 'Akun anggota', en: 'Member account' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: serverOnly.update },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'region', label: { id: 'Wilayah', en: 'Region' }, type: 'relationship', relationTo: 'regions', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    originalNameField,
    checksumField,
  ],
}
