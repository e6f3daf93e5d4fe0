import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import type { ApprovalListener, MemberRecord, RegistrationDuesProvider } from '@/plugin-kit'

import { bracketOf, effectiveRate } from './bills'
import { settingsOf } from './options'
import { periodOf } from './period'
import { settleMember } from './standing'

const quoteFor = async (req: PayloadRequest, member: MemberRecord) => {
  const bracket = bracketOf(member)
  return bracket ? effectiveRate(req, bracket, new Date()) : null
}

/**
 * Membership's registration step (seed 002 §6.2 steps 5–7): the candidate pays their first
 * month's dues by their golongan or salary range, and the bill is recorded when the proof is sent.
 */
export const registrationFee: RegistrationDuesProvider = {
  quote: async (req, member) => {
    const rate = await quoteFor(req, member)
    return rate ? { amount: rate.amount, label: { id: `Iuran bulanan — ${rate.label}`, en: `Monthly dues — ${rate.label}` } } : null
  },
  createRegistrationBill: async (req, member) => {
    const rate = await quoteFor(req, member)
    if (!rate) return
    const now = new Date()
    const period = periodOf(now, settingsOf(req.payload.config).timezone)
    const { totalDocs } = await req.payload.count({
      collection: 'dues-bills',
      where: { member: { equals: member.id }, billType: { equals: 'registration' } },
      req,
      overrideAccess: true,
    })
    // A second proof (after a rejection) pays the same bill.
    if (totalDocs > 0) return
    await req.payload.create({
      collection: 'dues-bills',
      data: { member: member.id, billType: 'registration', periodYear: period.year, periodMonth: period.month, rate: rate.id, billAmount: rate.amount, billStatus: 'unpaid', dueDate: now.toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
  },
}

/**
 * The approval checked the candidate's proof beside their documents: their registration bill is
 * paid with it, in the approval's transaction.
 */
export const settleRegistrationOnApproval: ApprovalListener = async (req, member) => {
  const { docs } = await req.payload.find({
    collection: 'dues-bills',
    where: { member: { equals: member.id }, billType: { equals: 'registration' }, billStatus: { in: ['unpaid', 'overdue'] } },
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const bill = docs[0]
  if (!bill) return
  const paidAt = new Date().toISOString()
  await req.payload.update({ collection: 'dues-bills', id: bill.id, data: { billStatus: 'paid', paidAt }, req, overrideAccess: true, depth: 0 })
  await settleMember(req, member.id, { paidAt })
  await writeAudit(req, { action: 'dues.bill.paid', targetType: 'dues-bills', targetId: bill.id, oldValues: { billStatus: bill.billStatus }, newValues: { billStatus: 'paid', with: 'member.approve' } })
}
