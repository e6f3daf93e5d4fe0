import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { DUES_ADMIN_GROUP } from '../../admin/group'
import { claimStatusOptions, claimTypeOptions } from '../labels'
import { linkClaimToMember } from './hooks/linkClaimToMember'

export const DUES_CLAIMS = 'dues-claims'

/**
 * A member files a claim about their own bill or payment and follows it; the treasurer reads all.
 * The review (in review → approved | rejected) is an endpoint; claims are never deleted.
 */
export const duesClaimsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('dues.view_self', { owner: 'owner' }), withPermission('dues.claim.process')],
  read: [withPermission('dues.view_self', { owner: 'owner' }), withPermission('dues.claim.view_all')],
  update: [withPermission('dues.claim.process')],
  delete: [],
}

export const DuesClaims: CollectionConfig = {
  slug: DUES_CLAIMS,
  labels: { singular: { id: 'Klaim iuran', en: 'Dues claim' }, plural: { id: 'Klaim iuran', en: 'Dues claims' } },
  admin: {
    group: DUES_ADMIN_GROUP,
    defaultColumns: ['member', 'claimType', 'bill', 'status', 'createdAt'],
  },
  ...withPolicy(duesClaimsPolicy),
  defaultSort: '-createdAt',
  hooks: { beforeChange: [linkClaimToMember] },
  fields: [
    { name: 'member', label: { id: 'Anggota', en: 'Member' }, type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'bill', label: { id: 'Tagihan', en: 'Bill' }, type: 'relationship', relationTo: 'dues-bills' },
    { name: 'payment', label: { id: 'Pembayaran', en: 'Payment' }, type: 'relationship', relationTo: 'dues-payments' },
    { name: 'claimType', label: { id: 'Jenis klaim', en: 'Claim type' }, type: 'select', required: true, options: claimTypeOptions },
    { name: 'description', label: { id: 'Uraian', en: 'Description' }, type: 'textarea', required: true, minLength: 10, maxLength: 4000 },
    {
      name: 'status',
      label: { id: 'Status', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      access: serverOnly,
      options: claimStatusOptions,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'processedBy', label: { id: 'Diproses oleh', en: 'Processed by' }, type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'processedAt', label: { id: 'Diproses pada', en: 'Processed at' }, type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decisionNote', label: { id: 'Catatan keputusan', en: 'Decision note' }, type: 'textarea', access: serverOnly, admin: { readOnly: true } },
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
  ],
}
