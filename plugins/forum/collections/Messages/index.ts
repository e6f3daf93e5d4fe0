import type { CollectionConfig } from 'payload'

import { fieldFor, withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { FORUM_ADMIN_GROUP } from '../../admin/group'
import { auditInbox } from './hooks/auditInbox'
import { checkAssignee } from './hooks/checkAssignee'
import { linkConversation } from './hooks/linkConversation'
import { notifyMember } from './hooks/notifyMember'

export const MESSAGES = 'messages'

export const MAX_MESSAGE = 5000

export const inboxStatuses = [
  { value: 'new', label: { id: 'Baru', en: 'New' } },
  { value: 'in_progress', label: { id: 'Diproses', en: 'In progress' } },
  { value: 'closed', label: { id: 'Selesai', en: 'Closed' } },
] as const

/**
 * Messages between a member and the board. A conversation is its opening message (no
 * `conversation`) and the messages that name it; every message carries the member's account
 * (`member`), so members read only their own conversations. The board answers
 * (`message.reply_to_member`); the complaints inbox reads all (`complaint.view_inbox`) and sets
 * status and assignee (`complaint.respond`). Coordinators: their region's members only.
 */
export const messagesPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('message.send_to_board', { owner: 'member' }), withPermission('message.reply_to_member')],
  read: [withPermission('message.send_to_board', { owner: 'member' }), withPermission('complaint.view_inbox'), withPermission('message.reply_to_member')],
  update: [withPermission('complaint.respond')],
  delete: [],
}

const responders = fieldFor('complaint.respond')

export const Messages: CollectionConfig = {
  slug: MESSAGES,
  labels: { singular: { id: 'Pesan', en: 'Message' }, plural: { id: 'Pesan & pengaduan', en: 'Messages & complaints' } },
  admin: {
    group: FORUM_ADMIN_GROUP,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'member', 'status', 'assignee', 'lastMessageAt'],
    // The inbox lists conversations; their messages are shown with each one.
    baseFilter: () => ({ conversation: { exists: false } }),
  },
  // "Message" is taken in Payload's GraphQL schema (its auth operations answer with one).
  graphQL: { singularName: 'BoardMessage', pluralName: 'BoardMessages' },
  ...withPolicy(messagesPolicy),
  defaultSort: '-lastMessageAt',
  hooks: {
    beforeChange: [linkConversation, checkAssignee],
    afterChange: [notifyMember, auditInbox],
  },
  indexes: [{ fields: ['conversation', 'createdAt'] }],
  fields: [
    {
      name: 'conversation',
      label: { id: 'Percakapan', en: 'Conversation' },
      type: 'relationship',
      relationTo: 'messages',
      index: true,
      access: { update: serverOnly.update },
      admin: { description: { id: 'Kosong untuk pesan pembuka.', en: 'Empty for an opening message.' } },
    },
    { name: 'subject', label: { id: 'Perihal', en: 'Subject' }, type: 'text', maxLength: 200, access: { update: serverOnly.update } },
    { name: 'body', label: { id: 'Isi pesan', en: 'Message' }, type: 'textarea', required: true, maxLength: MAX_MESSAGE, access: { update: serverOnly.update } },
    {
      name: 'member',
      label: { id: 'Anggota', en: 'Member' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: serverOnly.update },
    },
    { name: 'sender', label: { id: 'Pengirim', en: 'Sender' }, type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'fromBoard', label: { id: 'Dari pengurus', en: 'From the board' }, type: 'checkbox', defaultValue: false, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'region', label: { id: 'Wilayah', en: 'Region' }, type: 'relationship', relationTo: 'regions', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'status',
      label: { id: 'Status', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      access: { create: responders, update: responders },
      options: inboxStatuses.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      label: { id: 'Ditangani oleh', en: 'Assigned to' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: responders, update: responders },
      admin: { position: 'sidebar' },
    },
    { name: 'lastMessageAt', label: { id: 'Pesan terakhir', en: 'Last message' }, type: 'date', index: true, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
