import type { FieldHook, GlobalAfterReadHook, GlobalConfig, PayloadRequest } from 'payload'

import { anyone, withGlobalPolicy, withPermission, type GlobalPolicy } from '@/access'
import { pick } from '@/lib/messages'
import { revalidateGlobal } from '@/lib/revalidate'

import { defaultSections, sectionBlocks, type Section } from './sections'

export const landingPolicy: GlobalPolicy = {
  read: [anyone],
  update: [withPermission('landing.manage')],
}

/** Never saved yet (a fresh install): the complete default landing, so the site has a home page. */
const defaultsUntilSaved: GlobalAfterReadHook = ({ doc }) =>
  doc.updatedAt ? doc : { ...doc, sections: defaultSections() }

/** Each section at most once (which also bounds the list). */
const onceEach = (value: unknown, { req }: { req: PayloadRequest }) => {
  const seen = new Set<string>()
  for (const section of (value ?? []) as Section[]) {
    if (seen.has(section.blockType)) {
      return pick(req, {
        id: `Bagian "${section.blockType}" hanya boleh ada sekali.`,
        en: `The "${section.blockType}" section may appear only once.`,
      })
    }
    seen.add(section.blockType)
  }
  return true
}

/** Sections arrive without their `enabled` flag from some clients; absent means shown. */
const shownByDefault: FieldHook = ({ value }) =>
  Array.isArray(value) ? value.map((section: Section) => ({ ...section, enabled: section.enabled ?? true })) : value

export const Landing: GlobalConfig = {
  slug: 'landing',
  label: { id: 'Halaman Depan', en: 'Landing page' },
  admin: { group: { id: 'Konten', en: 'Content' } },
  ...withGlobalPolicy(landingPolicy),
  hooks: { afterRead: [defaultsUntilSaved], afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'sections',
      label: { id: 'Bagian', en: 'Sections' },
      type: 'blocks',
      blocks: sectionBlocks,
      validate: onceEach,
      hooks: { beforeValidate: [shownByDefault] },
      admin: { description: { id: 'Urutkan dengan menyeret; matikan "Tampilkan" untuk menyembunyikan.', en: 'Drag to reorder; switch off "Show" to hide.' } },
    },
  ],
}
