/**
 * A year of dues for one region on a controllable clock: the scheduled tasks run as the job worker
 * runs them, with `now` in their input; members pay through the REST API; the treasurer verifies;
 * notices arrive on the loopback SMTP server.
 */
import { afterAll, describe, expect, inject, it } from 'vitest'

import { as, testPayload } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { storedMember, storedUser } from '../membership/helpers'
import { billsOf, makeMember, makeRegion, resetDues, uploadProof } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const treasurer = await as(payload, 'treasurer')
afterAll(() => resetDues(payload))

const YEAR = 2031
/** Wall-clock time in Jakarta. */
const jakarta = (month: number, day: number, time = '00:10') => new Date(`${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}:00+07:00`).toISOString()

const runTask = async (task: 'duesGenerateBills' | 'duesArrears', now: string) => {
  await payload.jobs.queue({ task, input: { now }, queue: 'dues' })
  await runJobs(payload, { queue: 'dues' })
  // The emails the run queued.
  await runJobs(payload)
}

const payAll = async (person: Awaited<ReturnType<typeof makeMember>>) => {
  const open = (await billsOf(payload, person.memberId)).filter((bill) => ['unpaid', 'overdue'].includes(bill.billStatus))
  const upload = await uploadProof(person.token, person, open.map((bill) => bill.id))
  expect(upload.status).toBe(201)
  expect(upload.body.doc!.paidAmount).toBe(open.reduce((sum, bill) => sum + bill.transferAmount, 0))
  const verified = await treasurer.rest('POST', `/dues-payments/${upload.body.doc!.id}/verify`, { note: 'Cocok dengan mutasi.' })
  expect(verified.status).toBe(200)
  await runJobs(payload)
}

describe('a year of dues for a region', () => {
  it('bills monthly; late payers get reminder, warning and final notice; suspended at month 3; reactivated after paying', async () => {
    const region = await makeRegion(payload)
    const punctual = await makeMember(payload, region, { golongan: 'III' })
    const late = await makeMember(payload, region, { salaryRange: '1_5_3' })
    const once = await makeMember(payload, region, { golongan: 'I' })
    const subjects = async (email: string) => (await mail.find({ to: email })).map((m) => m.subject)

    for (let month = 1; month <= 12; month++) {
      await runTask('duesGenerateBills', jakarta(month, 1))
      // The punctual member pays in the first days; the other one pays each month except March,
      // which they pay with April's; the late payer pays nothing until suspended, then catches up.
      await payAll(punctual)
      if (month !== 3) await payAll(once)
      if (month >= 4) await payAll(late)
      await runTask('duesArrears', jakarta(month, 11, '01:00'))

      const lateUser = await storedUser(payload, late.userId)
      const lateMember = await storedMember(payload, late.memberId)
      if (month < 3) {
        expect(lateUser.accountStatus).toBe('active')
        expect(lateMember).toMatchObject({ duesStatus: 'overdue', duesArrearsLevel: month })
      }
      if (month === 3) {
        expect(lateUser.accountStatus).toBe('suspended')
        expect(lateMember).toMatchObject({ duesStatus: 'overdue', duesArrearsLevel: 3 })
        expect(lateMember.duesSuspendedAt).toBeTruthy()
        // Still signed in with `dues.view_self`: they see their bills and can pay.
        expect((await payAllAllowed(late.token, late.memberId)).status).toBe(200)
      }
      if (month >= 4) {
        expect(lateUser.accountStatus).toBe('active')
        expect(lateMember).toMatchObject({ duesStatus: 'paid', duesArrearsLevel: 0, duesSuspendedAt: null })
      }
    }

    // Twelve monthly bills each, all paid; the amounts follow each member's rate.
    for (const [person, amount] of [
      [punctual, 35000],
      [late, 15000],
      [once, 20000],
    ] as const) {
      const bills = await billsOf(payload, person.memberId)
      expect(bills.map((bill) => bill.periodMonth).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      expect(bills.every((bill) => bill.billStatus === 'paid' && bill.billAmount === amount && bill.transferAmount === amount + bill.uniqueCode)).toBe(true)
    }

    const lateMail = await subjects(late.email)
    const count = (text: string) => lateMail.filter((subject) => subject.includes(text)).length
    expect(count('Pengingat pembayaran iuran')).toBe(1)
    expect(count('Peringatan: tunggakan iuran')).toBe(1)
    expect(count('Pemberitahuan terakhir')).toBe(1)
    // Reminder, warning, final notice in that order; then the verified payment that reactivated.
    const order = lateMail.filter((subject) => /Pengingat|Peringatan|Pemberitahuan terakhir|diterima/.test(subject))
    expect(order.slice(0, 4).map((s) => s.split(' / ')[0])).toEqual([
      'Pengingat pembayaran iuran',
      'Peringatan: tunggakan iuran',
      'Pemberitahuan terakhir: akun ditangguhkan karena tunggakan iuran',
      'Pembayaran iuran diterima',
    ])
    const reactivation = (await mail.find({ to: late.email, subject: 'Pembayaran iuran diterima' }))[0]
    expect(reactivation.text).toContain('Akun Anda aktif kembali.')

    // One missed month: one reminder, nothing more; never suspended.
    expect((await subjects(once.email)).filter((s) => s.includes('Pengingat')).length).toBe(1)
    expect((await subjects(once.email)).some((s) => /Peringatan|Pemberitahuan terakhir/.test(s))).toBe(false)
    expect((await subjects(punctual.email)).some((s) => /Pengingat|Peringatan|Pemberitahuan/.test(s))).toBe(false)
  })
})

/** A suspended member can still read their bills. */
const payAllAllowed = (token: string, memberId: number) =>
  treasurer.rest('GET', `/dues-bills?where[member][equals]=${memberId}`, undefined, { token })
