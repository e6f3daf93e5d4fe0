import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'

import { DUES_ADMIN_GROUP } from '../../admin/group'
import { lineStatusOptions, matchKindOptions } from '../../reconcile/kinds'
import { DUES_STATEMENTS } from '../DuesStatements'

export const DUES_STATEMENT_LINES = 'dues-statement-lines'

/**
 * One credit line of a bank statement and what became of it: unmatched (the queue), proposed
 * (bills found, waiting for the treasurer), confirmed (a verified payment) or ignored (with its
 * reason). Lines are never deleted. Every change goes through the reconciliation endpoints.
 */
export const duesStatementLinesPolicy: Policy = {
  create: [],
  read: [withPermission('dues.payment.verify')],
  update: [],
  delete: [],
}

const readOnly = { readOnly: true }

export const DuesStatementLines: CollectionConfig = {
  slug: DUES_STATEMENT_LINES,
  labels: { singular: { id: 'Baris mutasi', en: 'Statement line' }, plural: { id: 'Baris mutasi', en: 'Statement lines' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    useAsTitle: 'description',
    defaultColumns: ['valueDate', 'amount', 'description', 'reference', 'lineStatus', 'matchKind', 'member'],
  },
  ...withPolicy(duesStatementLinesPolicy),
  defaultSort: 'valueDate',
  indexes: [{ fields: ['lineStatus', 'valueDate'] }],
  fields: [
    { name: 'statement', label: { id: 'Mutasi', en: 'Statement' }, type: 'relationship', relationTo: DUES_STATEMENTS, required: true, index: true, admin: readOnly },
    { name: 'lineNumber', label: { id: 'Baris ke', en: 'Line no.' }, type: 'number', required: true, admin: readOnly },
    { name: 'valueDate', label: { id: 'Tanggal', en: 'Date' }, type: 'date', required: true, admin: readOnly },
    { name: 'amount', label: { id: 'Jumlah (Rp)', en: 'Amount (IDR)' }, type: 'number', required: true, admin: readOnly },
    { name: 'description', label: { id: 'Keterangan', en: 'Description' }, type: 'text', maxLength: 1000, admin: readOnly },
    { name: 'reference', label: { id: 'Referensi', en: 'Reference' }, type: 'text', maxLength: 100, admin: readOnly },
    // Date, amount, reference, description and the line's ordinal among identical ones in its file:
    // uploading the same transfers again (another export, an overlapping period) adds nothing.
    { name: 'fingerprint', label: { id: 'Sidik baris', en: 'Line fingerprint' }, type: 'text', required: true, unique: true, maxLength: 64, admin: { readOnly: true, hidden: true } },
    { name: 'lineStatus', label: { id: 'Status', en: 'Status' }, type: 'select', required: true, defaultValue: 'unmatched', options: lineStatusOptions, admin: readOnly },
    { name: 'matchKind', label: { id: 'Dasar pencocokan', en: 'Match basis' }, type: 'select', required: true, defaultValue: 'none', options: matchKindOptions, admin: readOnly },
    { name: 'member', label: { id: 'Anggota', en: 'Member' }, type: 'relationship', relationTo: 'members', index: true, admin: readOnly },
    { name: 'bills', label: { id: 'Tagihan', en: 'Bills' }, type: 'relationship', relationTo: 'dues-bills', hasMany: true, maxRows: 24, admin: readOnly },
    // One payment per line and one line per payment: a line cannot be confirmed twice.
    { name: 'payment', label: { id: 'Pembayaran', en: 'Payment' }, type: 'relationship', relationTo: 'dues-payments', unique: true, admin: readOnly },
    { name: 'ignoredReason', label: { id: 'Alasan diabaikan', en: 'Reason ignored' }, type: 'textarea', maxLength: 2000, admin: readOnly },
    { name: 'decidedBy', label: { id: 'Diputuskan oleh', en: 'Decided by' }, type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', label: { id: 'Diputuskan pada', en: 'Decided at' }, type: 'date', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
