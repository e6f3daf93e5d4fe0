import type { Payload } from 'payload'

import { paragraphs } from '../../../src/lib/rich-text'
import { roleId, seeded, unique, type UploadFile } from '../../helpers/api'
import { pdfFile, pngFile } from '../../helpers/files'

/** `fields` are the values a rule's `where` is checked against. */
export type Doc = { id: number; owner?: number; region?: number | null; fields?: Record<string, unknown> }

export type Fixture = {
  /** A document someone else owns, in the given region where the collection has regions. */
  make: (payload: Payload, region: number) => Promise<Doc>
  /** More documents that rules with `where` treat differently (e.g. an inactive category). */
  more?: Array<{ name: string; make: (payload: Payload) => Promise<Doc> }>
  /** The home region's document, where the collection's documents are regions themselves. */
  home?: () => Doc
  /** The actor's own document, for collections with owner rules. */
  own?: (payload: Payload, actorId: number) => Promise<Doc>
  /** Valid data for a create by an actor of the given region. */
  createData: (payload: Payload, region: number) => Promise<Record<string, unknown>>
  /** A harmless change every allowed actor may make. */
  updateData: Record<string, unknown>
  /** Upload collections: the file a create sends along with `createData`. */
  file?: () => Promise<UploadFile> | UploadFile
}

/** Role names take lowercase letters only: digits become letters, keeping names unique. */
const roleName = (prefix: string) => unique(prefix).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])

const userData = async (payload: Payload, region: number) => ({
  email: `${unique('matrix')}@test.balai.test`,
  password: seeded().password,
  name: 'Uji Matriks',
  role: await roleId(payload, 'member'),
  region,
  accountStatus: 'active' as const,
})

const contentItem = (payload: Payload, data: { workflowStatus: 'draft' | 'published'; visibility: 'public' | 'members' }, author: number) =>
  payload.create({ collection: 'content', data: { title: 'Konten uji matriks', slug: unique('konten-'), type: 'news', author, ...data }, overrideAccess: true })
const withSize = (file: UploadFile) => ({ ...file, size: file.data.length })

const documentOf = async (payload: Payload, status: 'draft' | 'published') =>
  (
    await payload.create({
      collection: 'documents',
      data: { title: 'Dokumen uji', docType: 'publication', status },
      file: withSize(pdfFile(unique('matriks'))),
      overrideAccess: true,
    })
  ).id
/** A member record (and its account) as the membership plugin keeps them, made by the system. */
const memberOf = async (payload: Payload, region: number, userId?: number) => {
  const user =
    userId ??
    (await payload.create({ collection: 'users', data: { ...(await userData(payload, region)), role: await roleId(payload, 'candidate') }, overrideAccess: true })).id
  return payload.create({
    collection: 'members',
    data: { user, fullName: 'Anggota Uji Matriks', region, membershipStatus: 'candidate', onboardingState: 'registered' },
    overrideAccess: true,
    context: { membershipSystemWrite: true },
  })
}

/** The actor's own member record: one per account (the link is unique), made on first use. */
const ownMember = async (payload: Payload, actorId: number) => {
  const { docs } = await payload.find({ collection: 'members', where: { user: { equals: actorId } }, overrideAccess: true, depth: 0, limit: 1 })
  return docs[0] ?? memberOf(payload, seeded().regions.home, actorId)
}

const memberDocumentOf = async (payload: Payload, member: { id: number; user: unknown }) =>
  payload.create({
    collection: 'member-documents',
    data: { member: member.id, docType: 'id_proof', reviewStatus: 'not_reviewed' },
    file: withSize(pdfFile(unique('dokumen-anggota'))),
    overrideAccess: true,
  })

/** A bulk-import report as the import endpoint stores it, made by `importedBy`. */
const importReportOf = (payload: Payload, importedBy: number) =>
  payload.create({
    collection: 'member-imports',
    data: { fileName: 'anggota.xlsx', mode: 'dry_run', status: 'checked', totalRows: 1, validRows: 1, imported: 0, alreadyPresent: 0, errorRows: 0, rows: [], importedBy },
    overrideAccess: true,
  })



/** Community: an open survey of the region, as an admin builds it. */
const surveyOf = (payload: Payload, region: number) =>
  payload.create({
    collection: 'surveys',
    data: { title: 'Survei uji matriks', audience: 'region', region, status: 'open', questions: [{ label: 'Setuju?', kind: 'single', options: [{ label: 'Ya' }, { label: 'Tidak' }] }] },
    overrideAccess: true,
  })

const surveyDoc = async (payload: Payload, region: number): Promise<Doc> => ({
  id: (await surveyOf(payload, region)).id,
  region,
  fields: { status: 'open', audience: 'region' },
})

/** A response to a new survey of the region (one per survey and respondent). */
const responseOf = async (payload: Payload, region: number, respondent: number) => {
  const survey = await surveyOf(payload, region)
  return payload.create({ collection: 'survey-responses', data: { survey: survey.id, respondent, answers: {}, surveyRegion: region }, overrideAccess: true })
}

/** A broadcast row as the fan-out leaves it, written without hooks (no job is queued). */
const broadcastOf = (payload: Payload, region: number) =>
  payload.db.create({ collection: 'broadcasts', data: { title: 'Siaran uji matriks', body: 'Isi siaran.', audience: 'region', region, status: 'sent', sendEmail: false } })

const notificationOf = async (payload: Payload, recipient: number) => {
  const broadcast = await broadcastOf(payload, seeded().regions.home)
  return payload.create({ collection: 'notifications', data: { recipient, broadcast: broadcast.id, title: 'Notifikasi uji', body: 'Isi.' }, overrideAccess: true })
}

const someone = async (payload: Payload, region: number) => (await payload.create({ collection: 'users', data: await userData(payload, region), overrideAccess: true })).id

/** Dues: a distinct month per bill, so bills of one member never meet on the unique period. */
let duesPeriods = 0
const nextPeriod = () => {
  const n = duesPeriods++
  return { periodYear: 2040 + Math.floor(n / 12), periodMonth: (n % 12) + 1 }
}

const billOf = async (payload: Payload, member: { id: number }) =>
  payload.create({
    collection: 'dues-bills',
    data: { member: member.id, billType: 'monthly', ...nextPeriod(), billAmount: 20000, billStatus: 'unpaid', dueDate: '2040-01-10T00:00:00.000Z' },
    overrideAccess: true,
  })

const paymentOf = async (payload: Payload, member: { id: number }) =>
  payload.create({
    collection: 'dues-payments',
    data: { member: member.id, bills: [(await billOf(payload, member)).id], paymentStatus: 'submitted' },
    file: withSize(pdfFile(unique('bukti-bayar'))),
    overrideAccess: true,
  })

const claimOf = async (payload: Payload, member: { id: number }) =>
  payload.create({
    collection: 'dues-claims',
    data: { member: member.id, claimType: 'other', description: 'Klaim uji matriks iuran.', status: 'submitted' },
    overrideAccess: true,
  })

/** A bank statement as the reconciliation upload stores it, and a line of one. */
const statementData = () => ({ fileName: 'mutasi-matriks.csv', checksum: unique('sha256-').padEnd(64, '0').slice(0, 64), totalLines: 1 })
const statementOf = (payload: Payload) => payload.create({ collection: 'dues-statements', data: statementData(), overrideAccess: true })
const statementLineData = async (payload: Payload) => ({
  statement: (await statementOf(payload)).id,
  lineNumber: 2,
  valueDate: '2040-01-05T00:00:00.000Z',
  amount: 20123,
  description: 'Transfer uji matriks',
  fingerprint: unique('sidik-'),
  lineStatus: 'unmatched' as const,
  matchKind: 'none' as const,
})

/** A rate of its own month, so rates never meet on the unique (bracket, month). */
const duesRateData = () => {
  const { periodYear, periodMonth } = nextPeriod()
  return { schemeType: 'golongan' as const, bracket: 'I' as const, label: 'Tarif uji', code: unique('T').toUpperCase().slice(0, 20), amount: 20000, effectiveFrom: `${periodYear}-${String(periodMonth).padStart(2, '0')}-15T00:00:00.000Z` }
}

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

/** Members who are none of the actors, made once: the forum's writer and a reporter of their posts. */
const bystanders = new Map<string, Promise<number>>()
const bystander = (payload: Payload, key: string) => {
  if (!bystanders.has(key)) {
    bystanders.set(key, userData(payload, seeded().regions.home).then((data) => payload.create({ collection: 'users', data, overrideAccess: true })).then((user) => user.id))
  }
  return bystanders.get(key)!
}
const forumAuthor = (payload: Payload) => bystander(payload, 'forum author')

const threadOf = async (payload: Payload, region: number, fields: { author?: number; hidden?: boolean } = {}) =>
  payload.create({
    collection: 'forum-threads',
    data: { title: 'Topik uji matriks', category: 'umum', regionOnly: false, author: fields.author ?? (await forumAuthor(payload)), region, hidden: fields.hidden ?? false },
    overrideAccess: true,
  })

const forumPostOf = async (payload: Payload, region: number, author?: number) =>
  payload.create({
    collection: 'forum-posts',
    data: { thread: (await threadOf(payload, region)).id, body: 'Tulisan uji matriks.', author: author ?? (await forumAuthor(payload)) },
    overrideAccess: true,
  })

const reportOf = async (payload: Payload, region: number, reporter: number) =>
  payload.create({ collection: 'forum-reports', data: { post: (await forumPostOf(payload, region)).id, reporter, reason: 'spam' }, overrideAccess: true })

/** Messages: a member of the region opens a conversation; replies go to one per region, so a create writes one message. */
const openings = new Map<number, ReturnType<typeof conversationOf>>()
const openingIn = (payload: Payload, region: number) => {
  if (!openings.has(region)) openings.set(region, conversationOf(payload, region))
  return openings.get(region)!
}

const conversationOf = async (payload: Payload, region: number, member?: number) => {
  const owner = member ?? (await payload.create({ collection: 'users', data: await userData(payload, region), overrideAccess: true })).id
  return payload.create({ collection: 'messages', data: { subject: 'Pesan uji matriks', body: 'Isi pesan uji.', member: owner, status: 'new' }, overrideAccess: true, depth: 0 })
}

/**
 * One entry per collection of the app; the matrix test fails for a collection without one, so a
 * new collection cannot slip past it.
 */
export const fixtures: Record<string, Fixture> = {
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
  members: {
    make: async (payload, region) => ({ id: (await memberOf(payload, region)).id, region }),
    own: async (payload, actorId) => ({ id: (await ownMember(payload, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const user = await payload.create({ collection: 'users', data: { ...(await userData(payload, region)), role: await roleId(payload, 'candidate') }, overrideAccess: true })
      // GraphQL's input type requires the state fields; these are the values every record starts with.
      return { user: user.id, fullName: 'Anggota Baru Matriks', region, membershipStatus: 'candidate', onboardingState: 'registered' }
    },
    updateData: { motivation: 'Diubah oleh uji matriks' },
  },
  'member-documents': {
    make: async (payload, region) => ({ id: (await memberDocumentOf(payload, await memberOf(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await memberDocumentOf(payload, await ownMember(payload, actorId))).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const member = await memberOf(payload, region)
      return { member: member.id, owner: member.user, docType: 'other', region }
    },
    updateData: { reviewNote: 'Diubah oleh uji matriks' },
    file: () => pdfFile(unique('dokumen-anggota-baru')),
  },
  'member-imports': {
    make: async (payload) => ({ id: (await importReportOf(payload, seeded().users.admin.id)).id }),
    own: async (payload, actorId) => ({ id: (await importReportOf(payload, actorId)).id, owner: actorId }),
    createData: async () => ({ fileName: 'palsu.xlsx', mode: 'commit', status: 'imported' }),
    updateData: { fileName: 'diubah.xlsx' },
  },
  'dues-rates': {
    make: async (payload) => ({ id: (await payload.create({ collection: 'dues-rates', data: duesRateData(), overrideAccess: true })).id }),
    createData: async () => duesRateData(),
    updateData: { label: 'Tarif uji (diubah)' },
  },
  'dues-bills': {
    make: async (payload, region) => ({ id: (await billOf(payload, await memberOf(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await billOf(payload, await ownMember(payload, actorId))).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const member = await memberOf(payload, region)
      return { member: member.id, billType: 'monthly', ...nextPeriod(), billAmount: 30000, billStatus: 'unpaid', dueDate: '2040-01-10T00:00:00.000Z', region }
    },
    updateData: { dueDate: '2040-02-10T00:00:00.000Z' },
  },
  'dues-payments': {
    make: async (payload, region) => ({ id: (await paymentOf(payload, await memberOf(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await paymentOf(payload, await ownMember(payload, actorId))).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const member = await memberOf(payload, region)
      return { member: member.id, owner: member.user, bills: [(await billOf(payload, member)).id], paymentStatus: 'submitted', region }
    },
    updateData: { refNo: 'UJI-MATRIKS' },
    file: () => pdfFile(unique('bukti-bayar-baru')),
  },
  'dues-claims': {
    make: async (payload, region) => ({ id: (await claimOf(payload, await memberOf(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await claimOf(payload, await ownMember(payload, actorId))).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const member = await memberOf(payload, region)
      return { member: member.id, owner: typeof member.user === 'object' ? member.user.id : member.user, claimType: 'other', description: 'Klaim baru uji matriks.', status: 'submitted', region }
    },
    updateData: { description: 'Klaim uji matriks (diubah).' },
  },
  'dues-statements': {
    make: async (payload) => ({ id: (await statementOf(payload)).id }),
    createData: async () => statementData(),
    updateData: { fileName: 'diubah.csv' },
  },
  'dues-statement-lines': {
    make: async (payload) => ({ id: (await payload.create({ collection: 'dues-statement-lines', data: await statementLineData(payload), overrideAccess: true })).id }),
    createData: statementLineData,
    updateData: { ignoredReason: 'Diubah oleh uji matriks' },
  },
  'forum-threads': {
    make: async (payload, region) => ({ id: (await threadOf(payload, region)).id, region, fields: { hidden: false } }),
    // Outside the coordinators' region: a `more` document's region is not known to the delete expectation.
    more: [{ name: 'hidden', make: async (payload) => ({ id: (await threadOf(payload, seeded().regions.away, { hidden: true })).id, region: seeded().regions.away, fields: { hidden: true } }) }],
    own: async (payload, actorId) => ({ id: (await threadOf(payload, seeded().regions.home, { author: actorId })).id, owner: actorId, region: seeded().regions.home, fields: { hidden: false } }),
    createData: async (payload, region) => ({ title: 'Topik baru matriks', category: 'umum', regionOnly: false, author: await forumAuthor(payload), region }),
    updateData: { title: 'Topik uji matriks (diubah)' },
  },
  'forum-posts': {
    make: async (payload, region) => ({ id: (await forumPostOf(payload, region)).id, region, fields: { hidden: false, threadHidden: false } }),
    more: [
      {
        name: 'hidden by reports',
        make: async (payload) => {
          const post = await forumPostOf(payload, seeded().regions.away)
          await payload.update({ collection: 'forum-posts', id: post.id, data: { hidden: true, hiddenBy: 'reports' }, overrideAccess: true })
          return { id: post.id, region: seeded().regions.away, fields: { hidden: true, threadHidden: false } }
        },
      },
    ],
    own: async (payload, actorId) => ({ id: (await forumPostOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home, fields: { hidden: false, threadHidden: false } }),
    createData: async (payload, region) => ({ thread: (await threadOf(payload, region)).id, body: 'Tulisan baru matriks.', author: await forumAuthor(payload), region }),
    updateData: { body: 'Tulisan uji matriks (diubah).' },
  },
  'forum-reports': {
    make: async (payload, region) => ({ id: (await reportOf(payload, region, seeded().users.super_admin.id)).id, region }),
    own: async (payload, actorId) => ({ id: (await reportOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => ({ post: (await forumPostOf(payload, region)).id, reporter: await bystander(payload, 'reporter'), reason: 'spam', region }),
    updateData: { note: 'Ditinjau uji matriks' },
  },
  messages: {
    make: async (payload, region) => ({ id: (await conversationOf(payload, region)).id, region }),
    own: async (payload, actorId) => ({ id: (await conversationOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const opening = await openingIn(payload, region)
      // GraphQL's input type requires the status; a reply's is the server's anyway.
      return { conversation: opening.id, member: opening.member as number, body: 'Balasan uji matriks.', status: 'new', region }
    },
    updateData: { status: 'in_progress' },
  },
  surveys: {
    make: (payload, region) => surveyDoc(payload, region),
    createData: async (_payload, region) => ({ title: 'Survei baru', audience: 'region', region, status: 'draft', questions: [{ label: 'Setuju?', kind: 'short_text' }] }),
    updateData: { description: 'Diubah oleh uji matriks' },
  },
  'survey-responses': {
    make: async (payload, region) => ({ id: (await responseOf(payload, region, await someone(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await responseOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => ({ survey: (await surveyOf(payload, region)).id, respondent: await someone(payload, region), answers: {}, surveyRegion: region }),
    updateData: { answers: { palsu: true } },
  },
  broadcasts: {
    make: async (payload, region) => ({ id: (await broadcastOf(payload, region)).id, region }),
    // GraphQL's input type requires the status; the server sets it anyway.
    createData: async (_payload, region) => ({ title: 'Siaran baru matriks', body: 'Isi siaran.', audience: 'region', region, sendEmail: false, status: 'queued' }),
    updateData: { title: 'Diubah oleh uji matriks' },
  },
  notifications: {
    make: async (payload, region) => ({ id: (await notificationOf(payload, await someone(payload, region))).id }),
    own: async (payload, actorId) => ({ id: (await notificationOf(payload, actorId)).id, owner: actorId }),
    createData: async (payload, region) => ({ recipient: await someone(payload, region), broadcast: (await broadcastOf(payload, region)).id, title: 'Palsu', body: 'Palsu.' }),
    updateData: { readAt: '2040-01-01T00:00:00.000Z' },
  },
}

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
