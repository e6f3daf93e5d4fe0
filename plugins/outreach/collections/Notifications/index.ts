import type { CollectionConfig } from 'payload'

import { withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { OUTREACH_ADMIN_GROUP } from '../../admin/group'

export const NOTIFICATIONS = 'notifications'

/**
 * A member's in-site notifications: written by the broadcast fan-out (one INSERT … SELECT), read
 * by their recipient only, marked read through `/api/notifications/:id/read` and `/read-all`.
 * Unique per (broadcast, recipient), so a retried fan-out adds nobody twice.
 */
export const notificationsPolicy: Policy = {
  create: [],
  read: [{ authenticated: true, owner: 'recipient' }],
  update: [],
  delete: [],
}

export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS,
  labels: { singular: { id: 'Notifikasi', en: 'Notification' }, plural: { id: 'Notifikasi', en: 'Notifications' } },
  admin: { group: OUTREACH_ADMIN_GROUP, hidden: true },
  ...withPolicy(notificationsPolicy),
  defaultSort: '-createdAt',
  indexes: [
    { fields: ['broadcast', 'recipient'], unique: true },
    // The member's list and unread count.
    { fields: ['recipient', 'readAt'] },
  ],
  fields: [
    { name: 'recipient', label: { id: 'Penerima', en: 'Recipient' }, type: 'relationship', relationTo: 'users', required: true, access: serverOnly },
    { name: 'broadcast', label: { id: 'Siaran', en: 'Broadcast' }, type: 'relationship', relationTo: 'broadcasts', required: true, access: serverOnly },
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, maxLength: 200, access: serverOnly },
    { name: 'body', label: { id: 'Isi', en: 'Message' }, type: 'textarea', required: true, maxLength: 4000, access: serverOnly },
    { name: 'readAt', label: { id: 'Dibaca pada', en: 'Read at' }, type: 'date', access: serverOnly },
    { name: 'emailSentAt', label: { id: 'Email terkirim pada', en: 'Email sent at' }, type: 'date', access: serverOnly },
  ],
}
