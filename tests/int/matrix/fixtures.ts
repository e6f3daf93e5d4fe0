import type { Payload } from 'payload'

import { paragraphs } from '../../../src/lib/rich-text'
import { seeded, unique } from '../../helpers/api'
import { pdfFile, pngFile } from '../../helpers/files'
import { userData, withSize, type Doc, type Fixtures } from '../../helpers/matrix'

/** Role names take lowercase letters only: digits become letters, keeping names unique. */
const roleName = (prefix: string) => unique(prefix).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])

const contentItem = (payload: Payload, data: { workflowStatus: 'draft' | 'published'; visibility: 'public' | 'members' }, author: number) =>
  payload.create({ collection: 'content', data: { title: 'Konten uji matriks', slug: unique('konten-'), type: 'news', author, ...data }, overrideAccess: true })

const documentOf = async (payload: Payload, status: 'draft' | 'published') =>
  (
    await payload.create({
      collection: 'documents',
      data: { title: 'Dokumen uji', docType: 'publication', status },
      file: withSize(pdfFile(unique('matriks'))),
      overrideAccess: true,
    })
  ).id
const pageData = () => ({ title: 'Halaman uji', slug: unique('halaman-'), template: 'default' as const, visibility: 'public' as const })

const makePage = async (payload: Payload, fields: { _status: 'draft' | 'published'; visibility: 'public' | 'members' }): Promise<Doc> => {
  const page = await payload.create({ collection: 'pages', data: { ...pageData(), ...fields }, overrideAccess: true })
  return { id: page.id, fields }
}

const officerData = (region: number | null, active = true) => ({
  fullName: 'Pengurus Uji',
  positionTitle: 'Sekretaris',
  level: region ? ('regional' as const) : ('central' as const),
  region,
  active,
})

const formData = () => ({
  title: 'Formulir uji',
  fields: [{ blockType: 'text' as const, name: 'nama', label: 'Nama', required: true }],
  confirmationMessage: paragraphs('Terima kasih.'),
})

/** One form for all the matrix's submissions. */
let matrixForm: Promise<number> | undefined
const formId = (payload: Payload) =>
  (matrixForm ??= payload.create({ collection: 'forms', data: formData(), overrideAccess: true }).then((form) => form.id))

const submissionData = async (payload: Payload) => ({
  form: await formId(payload),
  submissionData: [{ field: 'nama', value: 'Uji Matriks' }],
  // GraphQL requires it; a visitor's value is dropped by the field's access anyway.
  status: 'new' as const,
})

const coreFixtures: Fixtures = {
  users: {
    make: async (payload, region) => {
      const user = await payload.create({ collection: 'users', data: await userData(payload, region), overrideAccess: true })
      return { id: user.id, region }
    },
    own: async (_payload, actorId) => ({ id: actorId, owner: actorId, region: seeded().regions.home }),
    createData: userData,
    updateData: { accountStatus: 'active' },
  },
  roles: {
    make: async (payload) => {
      const role = await payload.create({
        collection: 'roles',
        data: { name: roleName('matrix_'), label: 'Peran uji', level: 4, scope: 'self', permissions: [] },
        overrideAccess: true,
      })
      return { id: role.id }
    },
    createData: async () => ({ name: roleName('made_'), label: 'Peran baru', level: 4, scope: 'self', permissions: [] }),
    updateData: { label: 'Peran uji (diubah)' },
  },
  regions: {
    make: async (payload) => {
      const region = await payload.create({
        collection: 'regions',
        data: { code: unique('R').toUpperCase().replace(/[^A-Z0-9]/g, '0').slice(0, 20), name: 'Wilayah uji' },
        overrideAccess: true,
      })
      return { id: region.id, region: region.id }
    },
    home: () => ({ id: seeded().regions.home, region: seeded().regions.home }),
    createData: async () => ({ code: unique('N').toUpperCase().replace(/[^A-Z0-9]/g, '0').slice(0, 20), name: 'Wilayah baru' }),
    updateData: { whatsappGroupUrl: 'https://chat.whatsapp.com/Uji123' },
  },
  categories: {
    make: async (payload) => {
      const category = await payload.create({ collection: 'categories', data: { name: 'Kategori uji', slug: unique('kategori-'), active: true, appliesTo: ['content'] }, overrideAccess: true })
      return { id: category.id, fields: { active: true } }
    },
    more: [
      {
        name: 'inactive',
        make: async (payload) => {
          const category = await payload.create({ collection: 'categories', data: { name: 'Arsip uji', slug: unique('arsip-'), active: false, appliesTo: ['content'] }, overrideAccess: true })
          return { id: category.id, fields: { active: false } }
        },
      },
    ],
    createData: async () => ({ name: 'Kategori baru', slug: unique('kategori-baru-'), active: true, appliesTo: ['content'] }),
    updateData: { description: 'Diubah oleh uji matriks' },
  },
  content: {
    make: async (payload) => ({ id: (await contentItem(payload, { workflowStatus: 'published', visibility: 'public' }, seeded().users.admin.id)).id, fields: { workflowStatus: 'published', visibility: 'public' } }),
    more: [
      {
        name: 'draft',
        make: async (payload) => ({ id: (await contentItem(payload, { workflowStatus: 'draft', visibility: 'public' }, seeded().users.admin.id)).id, fields: { workflowStatus: 'draft', visibility: 'public' } }),
      },
      {
        name: 'members only',
        make: async (payload) => ({ id: (await contentItem(payload, { workflowStatus: 'published', visibility: 'members' }, seeded().users.admin.id)).id, fields: { workflowStatus: 'published', visibility: 'members' } }),
      },
    ],
    own: async (payload, actorId) => ({ id: (await contentItem(payload, { workflowStatus: 'draft', visibility: 'public' }, actorId)).id, owner: actorId, fields: { workflowStatus: 'draft', visibility: 'public' } }),
    createData: async () => ({ title: 'Judul uji matriks', slug: unique('matriks-'), type: 'news', workflowStatus: 'draft', visibility: 'public' }),
    updateData: { excerpt: 'Diubah oleh uji matriks' },
  },
  subscribers: {
    make: async (payload) => {
      const subscriber = await payload.create({ collection: 'subscribers', data: { email: `${unique('pelanggan')}@test.balai.test`, status: 'active', locale: 'id' }, overrideAccess: true })
      return { id: subscriber.id }
    },
    createData: async () => ({ email: `${unique('pelanggan-baru')}@test.balai.test`, status: 'pending', locale: 'id' }),
    updateData: { name: 'Diubah oleh uji matriks' },
  },
  media: {
    // Nobody's upload: owner rules grant it to no actor.
    make: async (payload) => {
      const media = await payload.create({ collection: 'media', data: { alt: 'Gambar uji' }, file: withSize(await pngFile('matriks.png')), overrideAccess: true })
      return { id: media.id }
    },
    own: async (payload, actorId) => {
      const media = await payload.create({ collection: 'media', data: { alt: 'Gambar sendiri', uploadedBy: actorId }, file: withSize(await pngFile('sendiri.png')), overrideAccess: true })
      return { id: media.id, owner: actorId }
    },
    createData: async () => ({ alt: 'Gambar baru' }),
    updateData: { caption: 'Diubah oleh uji matriks' },
    file: () => pngFile('baru.png'),
  },
  documents: {
    make: async (payload) => ({ id: await documentOf(payload, 'published'), fields: { status: 'published' } }),
    more: [{ name: 'draft', make: async (payload) => ({ id: await documentOf(payload, 'draft'), fields: { status: 'draft' } }) }],
    createData: async () => ({ title: 'Dokumen baru', docType: 'publication' }),
    updateData: { description: 'Diubah oleh uji matriks' },
    file: () => pdfFile(unique('matriks-baru')),
  },
  'audit-logs': {
    make: async (payload) => {
      const entry = await payload.create({
        collection: 'audit-logs',
        data: { action: 'matrix.fixture', targetType: 'test', actorType: 'system' },
        overrideAccess: true,
      })
      return { id: entry.id }
    },
    createData: async () => ({ action: 'forged.entry', targetType: 'test', actorType: 'member' }),
    updateData: { action: 'tampered' },
  },
  pages: {
    make: (payload) => makePage(payload, { _status: 'published', visibility: 'public' }),
    more: [
      { name: 'members only', make: (payload) => makePage(payload, { _status: 'published', visibility: 'members' }) },
      { name: 'draft', make: (payload) => makePage(payload, { _status: 'draft', visibility: 'public' }) },
    ],
    createData: async () => pageData(),
    updateData: { revisionNote: 'Diubah oleh uji matriks' },
  },
  officers: {
    make: async (payload, region) => {
      const officer = await payload.create({ collection: 'officers', data: officerData(region), overrideAccess: true })
      return { id: officer.id, region, fields: { active: true } }
    },
    more: [
      {
        name: 'inactive central',
        make: async (payload) => {
          const officer = await payload.create({ collection: 'officers', data: officerData(null, false), overrideAccess: true })
          return { id: officer.id, region: null, fields: { active: false } }
        },
      },
    ],
    createData: async (_payload, region) => officerData(region),
    updateData: { bio: 'Diubah oleh uji matriks' },
  },
  forms: {
    make: async (payload) => ({ id: (await payload.create({ collection: 'forms', data: formData(), overrideAccess: true })).id }),
    createData: async () => formData(),
    updateData: { submitButtonLabel: 'Kirim' },
  },
  'form-submissions': {
    make: async (payload) => ({
      id: (await payload.create({ collection: 'form-submissions', data: await submissionData(payload), overrideAccess: true })).id,
    }),
    createData: submissionData,
    updateData: { status: 'in_progress' },
  },
}

/** Each plugin's own, beside its tests: `tests/int/<plugin>/matrix-fixtures.ts` exporting `fixtures`. */
const pluginFixtures = import.meta.glob<{ fixtures: Fixtures }>('../*/matrix-fixtures.ts', { eager: true })

/**
 * One entry per collection of the app; the matrix test fails for a collection without one, so a
 * new collection cannot slip past it.
 */
export const fixtures: Fixtures = Object.assign({}, coreFixtures, ...Object.values(pluginFixtures).map((module) => module.fixtures))

export const globalFixtures: Record<string, { updateData: Record<string, unknown> }> = {
  // GraphQL's input type requires the global's required fields.
  'site-settings': {
    updateData: {
      name: 'Balai Uji',
      organisationKind: 'general',
      tagline: 'Diubah oleh uji matriks',
      socialLinks: [{ platform: 'facebook', url: 'https://facebook.com/balai.uji' }],
    },
  },
  landing: { updateData: { sections: [{ blockType: 'about', enabled: true, title: 'Tentang (uji matriks)' }] } },
  navigation: { updateData: { header: [{ label: 'Beranda', link: { type: 'url', url: '/' } }] } },
}
