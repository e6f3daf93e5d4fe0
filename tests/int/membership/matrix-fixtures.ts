import type { Payload } from 'payload'

import { roleId, seeded, unique } from '../../helpers/api'
import { pdfFile } from '../../helpers/files'
import { userData, withSize, type Fixtures } from '../../helpers/matrix'

/** A member record (and its account) as the membership plugin keeps them, made by the system. */
export const memberOf = async (payload: Payload, region: number, userId?: number) => {
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
export const ownMember = async (payload: Payload, actorId: number) => {
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

export const fixtures: Fixtures = {
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
}
