import type { CollectionSlug, Field, GroupField, PayloadRequest } from 'payload'

import { pick } from '@/lib/messages'

import { validateLinkUrl } from './url'

/**
 * What an internal link may point at. Adding a collection to menus and calls to action is one
 * line here.
 */
export const linkableCollections: CollectionSlug[] = ['pages', 'content']

type LinkOptions = { name?: string; required?: boolean; label?: GroupField['label'] }

const isInternal = (siblingData: unknown) => (siblingData as { type?: string } | undefined)?.type !== 'url'

/**
 * A link: either a document of this site (`reference`) or a URL (`url`: http(s) or a site path).
 * The frontend resolves `reference` to its public path.
 */
export const link = ({ name = 'link', required = true, label = { id: 'Tautan', en: 'Link' } }: LinkOptions = {}): GroupField => {
  const fields: Field[] = [
    {
      name: 'type',
      label: { id: 'Jenis', en: 'Type' },
      type: 'radio',
      defaultValue: 'internal',
      admin: { layout: 'horizontal' },
      options: [
        { value: 'internal', label: { id: 'Halaman situs', en: 'Site page' } },
        { value: 'url', label: { id: 'Alamat (URL)', en: 'Address (URL)' } },
      ],
    },
    {
      name: 'reference',
      label: { id: 'Dokumen', en: 'Document' },
      type: 'relationship',
      relationTo: linkableCollections,
      maxDepth: 1,
      admin: { condition: (_, siblingData) => isInternal(siblingData) },
      validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: unknown }) =>
        !required || !isInternal(siblingData) || Boolean(value) || pick(req, { id: 'Pilih halaman tujuan.', en: 'Choose the target page.' }),
    },
    {
      name: 'url',
      label: { id: 'Alamat', en: 'Address' },
      type: 'text',
      maxLength: 2000,
      admin: {
        condition: (_, siblingData) => !isInternal(siblingData),
        description: { id: 'https://… atau jalur situs seperti /kontak', en: 'https://… or a site path such as /kontak' },
      },
      validate: (value: null | string | undefined, { req, siblingData }: { req: PayloadRequest; siblingData: unknown }) => {
        if (isInternal(siblingData)) return true
        if (!value) return !required || pick(req, { id: 'Isi alamat tautan.', en: 'Enter the link address.' })
        return validateLinkUrl(value, { req })
      },
    },
    { name: 'newTab', label: { id: 'Buka di tab baru', en: 'Open in a new tab' }, type: 'checkbox', defaultValue: false },
  ]
  return { name, label, type: 'group', fields }
}
