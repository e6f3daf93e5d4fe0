import type { CollectionConfig } from 'payload'

import { fieldFor, withPermission, withPolicy, type Policy } from '@/access'
import { uploadDir } from '@/lib/paths'
import { checksumField, guardUpload, originalNameField, recordUpload, serverOnly } from '@/lib/uploads'

import { MEMBERSHIP_ADMIN_GROUP } from '../../admin/group'
import { linkToMember } from './hooks/linkToMember'
import { stampReview } from './hooks/stampReview'

export const MEMBER_DOCUMENTS = 'member-documents'

/**
 * Private: the member's own documents, and staff with `member.view_detail` (coordinators: their
 * region's). A member uploads for themself (sending `owner`: their own id); staff review.
 */
export const memberDocumentsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('membership.status.view', { owner: 'owner' }), withPermission('member.edit')],
  read: [withPermission('membership.status.view', { owner: 'owner' }), withPermission('member.view_detail')],
  update: [withPermission('member.approve_candidate'), withPermission('member.edit')],
  delete: [withPermission('member.edit')],
  // Never from Payload's static file route: only through the access-checked download endpoint.
  staticFiles: [],
}

const reviewers = fieldFor('member.approve_candidate', 'member.edit')

export const MemberDocuments: CollectionConfig = {
  slug: MEMBER_DOCUMENTS,
  labels: { singular: { id: 'Dokumen anggota', en: 'Member document' }, plural: { id: 'Dokumen anggota', en: 'Member documents' } },
  admin: {
    group: MEMBERSHIP_ADMIN_GROUP,
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'member', 'docType', 'reviewStatus', 'createdAt'],
  },
  ...withPolicy(memberDocumentsPolicy),
  hooks: {
    beforeOperation: [guardUpload('proof')],
    beforeChange: [linkToMember, recordUpload, stampReview],
  },
  indexes: [{ fields: ['member', 'docType'] }],
  upload: {
    staticDir: uploadDir(MEMBER_DOCUMENTS),
    // For the admin's file picker only; the magic bytes decide (see guardUpload).
    mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    pasteURL: false,
    // No resized copies, no thumbnails served from the static route (which refuses everyone).
    adminThumbnail: () => false as unknown as string,
  },
  fields: [
    { name: 'member', label: { id: 'Anggota', en: 'Member' }, type: 'relationship', relationTo: 'members', required: true, index: true },
    {
      name: 'docType',
      label: { id: 'Jenis dokumen', en: 'Document type' },
      type: 'select',
      required: true,
      options: [
        { value: 'id_proof', label: { id: 'Kartu identitas (KTP)', en: 'Identity card' } },
        { value: 'employee_card', label: { id: 'Kartu pegawai', en: 'Employee card' } },
        { value: 'dues_payment_proof', label: { id: 'Bukti bayar iuran', en: 'Dues payment proof' } },
        { value: 'profile_photo', label: { id: 'Pas foto', en: 'Profile photo' } },
        { value: 'membership_form', label: { id: 'Formulir keanggotaan', en: 'Membership form' } },
        { value: 'other', label: { id: 'Lainnya', en: 'Other' } },
      ],
    },
    {
      name: 'owner',
      label: { id: 'Akun pemilik', en: 'Owner account' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: serverOnly.update },
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
    originalNameField,
    checksumField,
    {
      name: 'reviewStatus',
      label: { id: 'Hasil pemeriksaan', en: 'Review' },
      type: 'select',
      required: true,
      defaultValue: 'not_reviewed',
      access: { create: reviewers, update: reviewers },
      options: [
        { value: 'not_reviewed', label: { id: 'Belum diperiksa', en: 'Not reviewed' } },
        { value: 'approved', label: { id: 'Diterima', en: 'Accepted' } },
        { value: 'rejected', label: { id: 'Ditolak', en: 'Rejected' } },
      ],
    },
    { name: 'reviewer', label: { id: 'Pemeriksa', en: 'Reviewer' }, type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true } },
    { name: 'reviewedAt', label: { id: 'Diperiksa pada', en: 'Reviewed at' }, type: 'date', access: serverOnly, admin: { readOnly: true } },
    { name: 'reviewNote', label: { id: 'Catatan pemeriksaan', en: 'Review note' }, type: 'textarea', access: { create: reviewers, update: reviewers } },
  ],
}
