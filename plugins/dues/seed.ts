import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { escapeHtml } from '@/lib/html'
import type { DemoSeeder } from '@/seed/extensions'
import type { MemberRecord } from '@/plugin-kit'

import { DUES_BILLS } from './collections/DuesBills'
import { DUES_PAYMENTS } from './collections/DuesPayments'
import type { BillStatus } from './labels'
import { settingsOf } from './options'
import { dueDateOf, periodOf, type Period } from './period'
import { registrationFee } from './registration'

/** The last `count` months up to this one, oldest first. */
const lastMonths = (count: number, timezone: string): Period[] => {
  const now = periodOf(new Date(), timezone)
  return Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i
    const index = now.year * 12 + (now.month - 1) - back
    return { year: Math.floor(index / 12), month: (index % 12) + 1 }
  })
}

/** A transfer receipt picture for the verification queue. */
const receipt = (caption: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="640"><rect width="480" height="640" fill="#f8fafc"/><text x="30" y="80" font-family="sans-serif" font-size="28" fill="#14532d">Bukti transfer</text><text x="30" y="140" font-family="sans-serif" font-size="22" fill="#333">${escapeHtml(caption)}</text></svg>`,
    ),
  )
    .jpeg()
    .toBuffer()

/**
 * Who pays what, per demo account: the statuses of their last four monthly bills (oldest first)
 * and whether a proof waits for the treasurer.
 */
const plans: Array<{ email: string; statuses: BillStatus[]; pending: boolean }> = [
  { email: 'member@demo.balai.test', statuses: ['paid', 'paid', 'paid', 'unpaid'], pending: false },
  { email: 'anggota2@demo.balai.test', statuses: ['paid', 'paid', 'overdue', 'unpaid'], pending: true },
  { email: 'anggota3@demo.balai.test', statuses: ['paid', 'overdue', 'overdue', 'unpaid'], pending: true },
  { email: 'anggota4@demo.balai.test', statuses: ['paid', 'paid', 'paid', 'paid'], pending: false },
]

const memberOfEmail = async (payload: Payload, email: string) => {
  const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]
  if (!user) return null
  const member = (await payload.find({ collection: 'members', where: { user: { equals: user.id } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]
  return member ? (member as unknown as MemberRecord & typeof member) : null
}

/**
 * Union demo (after membership's seed): four months of bills for the demo members, some paid,
 * some overdue, two proofs waiting in the treasurer's queue, and the waiting candidate's
 * registration bill. Idempotent: a member who has bills is left alone. Rates come from the migration.
 */
export const seedDues: DemoSeeder = async (payload, { kind, accounts }) => {
  if (kind !== 'union') return
  const { dueDay, timezone } = settingsOf(payload.config)
  const req = await createLocalReq({}, payload)
  const months = lastMonths(4, timezone)
  for (const plan of plans) {
    const member = await memberOfEmail(payload, plan.email)
    if (!member || member.membershipStatus !== 'active') continue
    if ((await payload.count({ collection: DUES_BILLS, where: { member: { equals: member.id } }, overrideAccess: true })).totalDocs > 0) continue
    const quote = await registrationFee.quote(req, member)
    if (!quote) continue
    const open: number[] = []
    for (const [i, period] of months.entries()) {
      const status = plan.statuses[i]
      const bill = await payload.create({
        collection: DUES_BILLS,
        overrideAccess: true,
        data: {
          member: member.id,
          billType: 'monthly',
          periodYear: period.year,
          periodMonth: period.month,
          billAmount: quote.amount,
          billStatus: status,
          dueDate: dueDateOf(period, dueDay, timezone).toISOString(),
          ...(status === 'paid' ? { paidAt: dueDateOf(period, dueDay - 3, timezone).toISOString() } : {}),
          arrearsLevel: status === 'overdue' ? plan.statuses.filter((s, j) => s === 'overdue' && j >= i).length : 0,
        },
      })
      if (status !== 'paid') open.push(bill.id)
    }
    const overdue = plan.statuses.filter((s) => s === 'overdue').length
    await payload.update({
      collection: 'members',
      id: member.id,
      overrideAccess: true,
      context: { skipRevalidate: true },
      data: { duesStatus: overdue ? 'overdue' : open.length ? 'unpaid' : 'paid', duesArrearsLevel: overdue },
    })
    if (plan.pending && open.length) {
      const data = await receipt(`${member.fullName} — ${open.length} tagihan`)
      await payload.create({
        collection: DUES_PAYMENTS,
        overrideAccess: true,
        data: { member: member.id, bills: open, method: 'transfer', refNo: `DEMO-${member.id}`, paymentStatus: 'submitted', source: 'upload' },
        file: { data, name: 'bukti-transfer.jpg', mimetype: 'image/jpeg', size: data.length },
      })
    }
  }
  // The candidate waiting for approval sent their registration proof: their bill is there too.
  const candidate = accounts.find((account) => account.role === 'candidate')
  const waiting = candidate ? await memberOfEmail(payload, candidate.email) : null
  if (waiting && waiting.membershipStatus === 'candidate') await registrationFee.createRegistrationBill(req, waiting)
}
