import type { ArrayField, Field, GlobalConfig } from 'payload'

import { anyone, withGlobalPolicy, withPermission, type GlobalPolicy } from '@/access'
import { link } from '@/fields/link'
import { revalidateGlobal } from '@/lib/revalidate'

/** The site's menus: `menu.manage`, or whoever manages the site's settings. */
export const navigationPolicy: GlobalPolicy = {
  read: [anyone],
  update: [withPermission('menu.manage'), withPermission('settings.manage')],
}

const labels: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'label', label: { id: 'Label (Indonesia)', en: 'Label (Indonesian)' }, type: 'text', required: true, maxLength: 60 },
      { name: 'labelEn', label: { id: 'Label (Inggris)', en: 'Label (English)' }, type: 'text', maxLength: 60 },
    ],
  },
]

/** A menu: items with a link, each with at most one level of sub-items. */
const menu = (name: string, label: { id: string; en: string }): ArrayField => ({
  name,
  label,
  type: 'array',
  maxRows: 12,
  admin: { initCollapsed: true },
  fields: [
    ...labels,
    // A parent of sub-items may be a plain heading.
    link({ required: false }),
    {
      name: 'children',
      label: { id: 'Sub-menu', en: 'Sub-items' },
      type: 'array',
      maxRows: 12,
      fields: [...labels, link()],
    },
  ],
})

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { id: 'Navigasi', en: 'Navigation' },
  admin: { group: { id: 'Konten', en: 'Content' } },
  ...withGlobalPolicy(navigationPolicy),
  hooks: { afterChange: [revalidateGlobal] },
  fields: [menu('header', { id: 'Menu atas', en: 'Header menu' }), menu('footer', { id: 'Menu bawah', en: 'Footer menu' })],
}
