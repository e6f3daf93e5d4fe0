import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'

import { DUES_ADMIN_GROUP } from '../../admin/group'

export const DUES_STATEMENTS = 'dues-statements'

/**
 * An uploaded bank statement (mutasi rekening): the file's name, checksum and counts. Written only
 * by the upload endpoint (one transaction with its lines); read by whoever reconciles payments.
 */
export const duesStatementsPolicy: Policy = {
  create: [],
  read: [withPermission('dues.payment.verify')],
  update: [],
  delete: [],
}

const count = (name: string, label: { id: string; en: string }) => ({ name, label, type: 'number' as const, min: 0, admin: { readOnly: true } })

export const DuesStatements: CollectionConfig = {
  slug: DUES_STATEMENTS,
  labels: { singular: { id: 'Mutasi bank', en: 'Bank statement' }, plural: { id: 'Mutasi bank', en: 'Bank statements' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    useAsTitle: 'fileName',
    defaultColumns: ['createdAt', 'fileName', 'totalLines', 'newLines', 'duplicateLines', 'uploadedBy'],
  },
  ...withPolicy(duesStatementsPolicy),
  defaultSort: '-createdAt',
  fields: [
    { name: 'fileName', label: { id: 'Nama berkas', en: 'File name' }, type: 'text', required: true, maxLength: 255, admin: { readOnly: true } },
    // The same file twice is refused; overlapping files are caught line by line (fingerprints).
    { name: 'checksum', label: { id: 'SHA-256 berkas', en: 'File SHA-256' }, type: 'text', required: true, unique: true, maxLength: 64, admin: { readOnly: true } },
    count('totalLines', { id: 'Baris kredit', en: 'Credit lines' }),
    count('newLines', { id: 'Baris baru', en: 'New lines' }),
    count('duplicateLines', { id: 'Sudah pernah diunggah', en: 'Already uploaded' }),
    count('skippedLines', { id: 'Baris debit (dilewati)', en: 'Debit lines (skipped)' }),
    { name: 'uploadedBy', label: { id: 'Diunggah oleh', en: 'Uploaded by' }, type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
