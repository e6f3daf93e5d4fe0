import type { Payload } from 'payload'

import { seeded, unique } from '../../helpers/api'
import { pdfFile } from '../../helpers/files'
import { withSize, type Fixtures } from '../../helpers/matrix'
import { memberOf, ownMember } from '../membership/matrix-fixtures'

/** A distinct month per bill, so bills of one member never meet on the unique period. */
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

export const fixtures: Fixtures = {
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
}
