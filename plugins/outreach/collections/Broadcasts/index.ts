import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { OUTREACH_ADMIN_GROUP } from '../../admin/group'
import { broadcastAudienceOptions, broadcastStatusOptions } from '../../broadcasts/labels'
import { checkAudience } from './hooks/checkAudience'
import { queueFanOut } from './hooks/queueFanOut'

export const BROADCASTS = 'broadcasts'

/**
 * A message to all active members (`notification.send_all`) or to one region's
 * (`notification.send_region`, coordinators: their own region only, through the region field and
 * `checkAudience`). Creating one sends it: the fan-out job writes the notifications and queues the
 * emails. A sent broadcast is a record: not edited, not deleted.
 */
export const broadcastsPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('notification.send_all'), withPermission('notification.send_region')],
  read: [withPermission('notification.send_all'), withPermission('notification.send_region')],
  update: [],
  delete: [],
}

const counter = (name: string, label: { id: string; en: string }) =>
  ({ name, label, type: 'number', defaultValue: 0, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } }) as const

export const Broadcasts: CollectionConfig = {
  slug: BROADCASTS,
  labels: { singular: { id: 'Siaran', en: 'Broadcast' }, plural: { id: 'Siaran', en: 'Broadcasts' } },
  admin: {
    group: OUTREACH_ADMIN_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'region', 'status', 'recipientCount', 'emailSent', 'createdAt'],
  },
  ...withPolicy(broadcastsPolicy),
  defaultSort: '-createdAt',
  hooks: { beforeChange: [checkAudience], afterChange: [queueFanOut] },
  fields: [
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, maxLength: 200 },
    { name: 'body', label: { id: 'Isi pesan', en: 'Message' }, type: 'textarea', required: true, maxLength: 4000 },
    { name: 'audience', label: { id: 'Penerima', en: 'Recipients' }, type: 'select', required: true, defaultValue: 'region', options: broadcastAudienceOptions, admin: { position: 'sidebar' } },
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'region' },
    },
    { name: 'sendEmail', label: { id: 'Kirim juga lewat email', en: 'Also send by email' }, type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    { name: 'status', label: { id: 'Status', en: 'Status' }, type: 'select', required: true, defaultValue: 'queued', index: true, options: broadcastStatusOptions, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    counter('recipientCount', { id: 'Penerima', en: 'Recipients' }),
    counter('emailQueued', { id: 'Email diantrekan', en: 'Emails queued' }),
    counter('emailSent', { id: 'Email terkirim', en: 'Emails sent' }),
    { name: 'sentBy', label: { id: 'Dikirim oleh', en: 'Sent by' }, type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'completedAt', label: { id: 'Selesai pada', en: 'Completed at' }, type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
