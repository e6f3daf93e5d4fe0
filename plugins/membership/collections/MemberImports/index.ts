import type { CollectionConfig } from 'payload'

import { withPermission, type Policy } from '@/access'
import { withPolicy } from '@/plugin-kit'

import { MEMBERSHIP_ADMIN_GROUP } from '../../admin/group'

export const MEMBER_IMPORTS = 'member-imports'

/**
 * The report of each bulk import (dry run or commit): counts and the rows with errors, never the
 * rows' data. Written only by the import endpoint; the importer reads their own reports.
 */
export const memberImportsPolicy: Policy = {
  create: [],
  read: [withPermission('members.bulk_import', { owner: 'importedBy' })],
  update: [],
  delete: [],
}

const count = (name: string, label: { id: string; en: string }) => ({ name, label, type: 'number' as const, min: 0, admin: { readOnly: true } })

export const MemberImports: CollectionConfig = {
  slug: MEMBER_IMPORTS,
  labels: { singular: { id: 'Laporan impor anggota', en: 'Member import report' }, plural: { id: 'Laporan impor anggota', en: 'Member import reports' } },
  admin: {
    group: MEMBERSHIP_ADMIN_GROUP,
    useAsTitle: 'fileName',
    defaultColumns: ['createdAt', 'fileName', 'mode', 'status', 'imported', 'errorRows'],
  },
  ...withPolicy(memberImportsPolicy),
  fields: [
    { name: 'fileName', label: { id: 'Nama berkas', en: 'File name' }, type: 'text', required: true, maxLength: 255, admin: { readOnly: true } },
    { name: 'checksum', label: { id: 'SHA-256 berkas', en: 'File SHA-256' }, type: 'text', maxLength: 64, index: true, admin: { readOnly: true } },
    {
      name: 'mode',
      label: { id: 'Jenis', en: 'Kind' },
      type: 'select',
      required: true,
      options: [
        { value: 'dry_run', label: { id: 'Uji coba', en: 'Dry run' } },
        { value: 'commit', label: { id: 'Impor', en: 'Import' } },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'status',
      label: { id: 'Hasil', en: 'Outcome' },
      type: 'select',
      required: true,
      options: [
        { value: 'checked', label: { id: 'Diperiksa', en: 'Checked' } },
        { value: 'imported', label: { id: 'Diimpor', en: 'Imported' } },
      ],
      admin: { readOnly: true },
    },
    count('totalRows', { id: 'Jumlah baris', en: 'Rows' }),
    count('validRows', { id: 'Baris siap diimpor', en: 'Rows ready to import' }),
    count('imported', { id: 'Diimpor', en: 'Imported' }),
    count('alreadyPresent', { id: 'Sudah ada', en: 'Already present' }),
    count('errorRows', { id: 'Baris bermasalah', en: 'Rows with errors' }),
    {
      name: 'rows',
      label: { id: 'Rincian per baris', en: 'Per-row details' },
      type: 'json',
      admin: { readOnly: true, description: { id: 'Unduh sebagai CSV dari halaman Impor Anggota.', en: 'Download as CSV from the Member import page.' } },
    },
    { name: 'notices', label: { id: 'Catatan', en: 'Notes' }, type: 'json', admin: { readOnly: true } },
    {
      name: 'importedBy',
      label: { id: 'Oleh', en: 'By' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
