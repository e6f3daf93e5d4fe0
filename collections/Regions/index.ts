import type { CollectionConfig } from 'payload'

import { anyone, fieldFor, withPermission, withPolicy, type Policy } from '@/access'

import { readsGroupLink } from './linkAccess'

/** Coordinators hold `region.link.update` for their own region (the document is the region). */
export const regionsPolicy: Policy = {
  regionField: 'id',
  create: [withPermission('settings.manage')],
  read: [anyone],
  update: [withPermission('settings.manage'), withPermission('region.link.update')],
  delete: [withPermission('settings.manage')],
}

const settingsOnly = fieldFor('settings.manage')

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: {
    singular: { id: 'Wilayah', en: 'Region' },
    plural: { id: 'Wilayah', en: 'Regions' },
  },
  admin: {
    group: { id: 'Organisasi', en: 'Organisation' },
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'whatsappGroupUrl'],
  },
  ...withPolicy(regionsPolicy),
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      access: { update: settingsOnly },
      validate: (value: null | string | undefined) =>
        !value || /^[A-Z0-9-]{2,20}$/.test(value) || 'Kode: 2–20 huruf besar, angka atau tanda hubung.',
    },
    { name: 'name', type: 'text', required: true, access: { update: settingsOnly } },
    {
      name: 'whatsappGroupUrl',
      label: { id: 'Tautan grup WhatsApp', en: 'WhatsApp group link' },
      type: 'text',
      access: { read: readsGroupLink },
      validate: (value: null | string | undefined) =>
        !value ||
        /^https:\/\/chat\.whatsapp\.com\/[A-Za-z0-9]+$/.test(value) ||
        'Tautan harus berbentuk https://chat.whatsapp.com/…',
    },
  ],
}
