import type { CollectionConfig, Field } from 'payload'

import { nobody, withPermission, withPolicy, type Policy } from '@/access'

import { subscribe } from './endpoints/subscribe'
import { confirm, unsubscribe } from './endpoints/tokenActions'
import { normaliseEmail } from './hooks/normaliseEmail'

/**
 * Newsletter subscribers, double opt-in. Visitors sign up only through the subscribe endpoint;
 * staff who manage the landing page see and tend the list. The collection has no region, so
 * coordinators get nothing.
 */
export const subscribersPolicy: Policy = {
  create: [withPermission('landing.manage')],
  read: [withPermission('landing.manage')],
  update: [withPermission('landing.manage')],
  delete: [withPermission('landing.manage')],
}

/** A token hash: looked up by the endpoints, never shown or set through any API, by anyone. */
const tokenHash = (name: string): Field => ({
  name,
  type: 'text',
  unique: true,
  index: true,
  hidden: true,
  access: { read: nobody, create: nobody, update: nobody },
})

const readOnlyDate = (name: string, label: { id: string; en: string }): Field => ({
  name,
  label,
  type: 'date',
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: { id: 'Pelanggan berita', en: 'Subscriber' },
    plural: { id: 'Pelanggan berita', en: 'Subscribers' },
  },
  admin: {
    group: { id: 'Situs', en: 'Site' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'status', 'confirmedAt'],
  },
  ...withPolicy(subscribersPolicy),
  endpoints: [subscribe, confirm, unsubscribe],
  hooks: { beforeValidate: [normaliseEmail] },
  fields: [
    { name: 'email', label: { id: 'Email', en: 'Email' }, type: 'email', required: true, unique: true, index: true },
    { name: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text', maxLength: 150 },
    {
      name: 'status',
      label: { id: 'Status', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      admin: { position: 'sidebar' },
      options: [
        { value: 'pending', label: { id: 'Menunggu konfirmasi', en: 'Pending confirmation' } },
        { value: 'active', label: { id: 'Aktif', en: 'Active' } },
        { value: 'unsubscribed', label: { id: 'Berhenti', en: 'Unsubscribed' } },
      ],
    },
    {
      name: 'locale',
      label: { id: 'Bahasa', en: 'Language' },
      type: 'select',
      required: true,
      defaultValue: 'id',
      admin: { position: 'sidebar' },
      options: [
        { value: 'id', label: 'Bahasa Indonesia' },
        { value: 'en', label: 'English' },
      ],
    },
    readOnlyDate('confirmedAt', { id: 'Dikonfirmasi', en: 'Confirmed' }),
    readOnlyDate('unsubscribedAt', { id: 'Berhenti pada', en: 'Unsubscribed at' }),
    readOnlyDate('confirmTokenExpiresAt', { id: 'Tautan konfirmasi berlaku hingga', en: 'Confirmation link valid until' }),
    tokenHash('confirmTokenHash'),
    tokenHash('unsubscribeTokenHash'),
  ],
}
