/** Staff moves of the onboarding state machine through the REST endpoints, with the loopback SMTP server. */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { describe, expect, inject, it } from 'vitest'

import { as, rest, roleId, seeded, testPayload } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { makePerson, storedMember, storedUser } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const admin = await as(payload, 'admin')
const coordinator = await as(payload, 'coordinator')
const treasurer = await as(payload, 'treasurer')

type Answer = { message?: string; doc?: Record<string, unknown>; errors?: Array<{ message: string }> }
const move = (who: { rest: typeof admin.rest }, id: number, action: string, body: Record<string, unknown> = {}) =>
  who.rest<Answer>('POST', `/members/${id}/${action}`, body)

const auditOf = async (id: number) =>
  (await payload.find({ collection: 'audit-logs', where: { targetType: { equals: 'members' }, targetId: { equals: String(id) } }, overrideAccess: true, depth: 0 })).docs

const NUMBER = /^SPK-\d{4}-\d{5}$/

describe('approval', () => {
  it('makes the candidate an active member with a number, an active account, an audit entry and a welcome email', async () => {
    const person = await makePerson(payload)
    const res = await move(admin, person.memberId, 'approve')
    expect(res.status).toBe(200)
    expect(res.body.message).toBe('Calon anggota disetujui.')
    // The answer carries the new state only, never fields the approver may not read.
    expect(Object.keys(res.body.doc!).sort()).toEqual(['id', 'memberNumber', 'membershipStatus', 'onboardingState'])

    const member = await storedMember(payload, person.memberId)
    expect(member).toMatchObject({ membershipStatus: 'active', onboardingState: 'approved', verificationStatus: 'verified', verifiedBy: admin.id })
    expect(member.memberNumber).toMatch(NUMBER)
    expect(member.memberNumber!.slice(4, 8)).toBe(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()))
    expect(member.joinedAt).toBeTruthy()
    const user = await storedUser(payload, person.userId)
    expect(user).toMatchObject({ role: await roleId(payload, 'member'), accountStatus: 'active' })
    expect((await auditOf(person.memberId)).map((entry) => entry.action)).toContain('member.approve')

    await runJobs(payload)
    const welcome = await mail.waitForMail({ to: person.email, subject: 'Selamat datang' })
    expect(welcome.text).toContain(member.memberNumber)
    expect(welcome.links.some((link) => link.endsWith('/anggota/kartu'))).toBe(true)
  })

  it('is refused before the email is verified, for an approved member, and twice — nothing changes', async () => {
    for (const state of ['registered', 'payment_submitted', 'rejected'] as const) {
      const person = await makePerson(payload, { state })
      const before = await storedMember(payload, person.memberId)
      const res = await move(admin, person.memberId, 'approve')
      expect(res.status).toBe(409)
      expect(res.body.errors?.[0].message).toMatch(/^Tidak dapat "Setujui"/)
      expect(await storedMember(payload, person.memberId)).toEqual(before)
      expect(await auditOf(person.memberId)).toHaveLength(0)
    }
    const person = await makePerson(payload)
    expect((await move(admin, person.memberId, 'approve')).status).toBe(200)
    const approved = await storedMember(payload, person.memberId)
    expect((await move(admin, person.memberId, 'approve')).status).toBe(409)
    expect(await storedMember(payload, person.memberId)).toEqual(approved)
  })

  it('is all or nothing: an error midway leaves member, account, counter, audit log and mail queue as before', async () => {
    const person = await makePerson(payload)
    // The account breaks the approval halfway (after the number and the member's update): an
    // email address its own validation refuses, set behind Payload's back.
    await db().execute(sql`UPDATE users SET email = 'bukan-email' WHERE id = ${person.userId}`)
    const member = await storedMember(payload, person.memberId)
    const jobsBefore = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    const { rows: countersBefore } = await db().execute(sql`SELECT prefix, year, last FROM membership_number_counters ORDER BY prefix, year`)

    const res = await move(admin, person.memberId, 'approve')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await storedMember(payload, person.memberId)).toEqual(member)
    expect(await storedUser(payload, person.userId)).toMatchObject({ role: await roleId(payload, 'candidate'), accountStatus: 'pending' })
    expect(await auditOf(person.memberId)).toHaveLength(0)
    expect((await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(jobsBefore.totalDocs)
    const { rows: countersAfter } = await db().execute(sql`SELECT prefix, year, last FROM membership_number_counters ORDER BY prefix, year`)
    expect(countersAfter).toEqual(countersBefore)
  })

  it('50 concurrent approvals give 50 distinct, consecutive member numbers', async () => {
    const people = await Promise.all(Array.from({ length: 50 }, () => makePerson(payload)))
    const results = await Promise.all(people.map((person) => move(admin, person.memberId, 'approve')))
    expect(results.map((res) => res.status)).toEqual(Array(50).fill(200))
    const numbers = await Promise.all(people.map(async (person) => (await storedMember(payload, person.memberId)).memberNumber!))
    const sequences = numbers.map((number) => Number(number.split('-')[2])).sort((a, b) => a - b)
    expect(new Set(numbers).size).toBe(50)
    expect(sequences.at(-1)! - sequences[0]).toBe(49)
  }, 120_000)

  it('needs member.approve_candidate, and coordinators act on their own region only', async () => {
    const person = await makePerson(payload)
    expect((await move(treasurer, person.memberId, 'approve')).status).toBe(403)
    expect((await rest('POST', `/members/${person.memberId}/approve`, {})).status).toBe(401)

    const away = await makePerson(payload, { region: seeded().regions.away })
    const res = await move(coordinator, away.memberId, 'approve')
    expect(res.status).toBe(404)
    expect((await storedMember(payload, away.memberId)).onboardingState).toBe('email_verified')
    expect((await move(coordinator, person.memberId, 'approve')).status).toBe(200)
  })
})

describe('rejection', () => {
  it('needs a reason; with one, the candidate is rejected, the account too, and an email says why', async () => {
    const person = await makePerson(payload, { state: 'payment_submitted' })
    const before = await storedMember(payload, person.memberId)
    for (const body of [{}, { reason: '   ' }]) {
      const res = await move(admin, person.memberId, 'reject', body)
      expect(res.status).toBe(400)
      expect(res.body.errors?.[0].message).toBe('Alasan penolakan wajib diisi.')
    }
    expect(await storedMember(payload, person.memberId)).toEqual(before)

    const res = await move(admin, person.memberId, 'reject', { reason: 'Bukti bayar tidak terbaca.' })
    expect(res.status).toBe(200)
    expect(await storedMember(payload, person.memberId)).toMatchObject({
      membershipStatus: 'rejected',
      onboardingState: 'rejected',
      rejectionReason: 'Bukti bayar tidak terbaca.',
      memberNumber: null,
    })
    expect((await storedUser(payload, person.userId)).accountStatus).toBe('rejected')
    await runJobs(payload)
    const message = await mail.waitForMail({ to: person.email, subject: 'ditolak' })
    expect(message.text).toContain('Alasan: Bukti bayar tidak terbaca.')
  })

  it('is refused for an approved member', async () => {
    const person = await makePerson(payload, { state: 'approved' })
    expect((await move(admin, person.memberId, 'reject', { reason: 'Terlambat.' })).status).toBe(409)
    expect((await storedMember(payload, person.memberId)).membershipStatus).toBe('active')
  })
})

describe('disable and enable', () => {
  it('disable suspends an active member, enable brings them back; each only from its own state', async () => {
    const person = await makePerson(payload, { state: 'approved' })
    expect((await move(admin, person.memberId, 'enable')).status).toBe(409)
    expect((await move(admin, person.memberId, 'disable', { reason: 'Permintaan sendiri.' })).status).toBe(200)
    expect((await storedMember(payload, person.memberId)).membershipStatus).toBe('disabled')
    expect((await storedUser(payload, person.userId)).accountStatus).toBe('suspended')
    expect((await move(admin, person.memberId, 'disable')).status).toBe(409)
    expect((await move(admin, person.memberId, 'enable')).status).toBe(200)
    expect((await storedMember(payload, person.memberId)).membershipStatus).toBe('active')
    expect((await storedUser(payload, person.userId)).accountStatus).toBe('active')

    const candidate = await makePerson(payload)
    expect((await move(admin, candidate.memberId, 'disable')).status).toBe(409)
    expect((await auditOf(person.memberId)).map((entry) => entry.action)).toEqual(expect.arrayContaining(['member.disable', 'member.enable']))
    await runJobs(payload)
    await mail.waitForMail({ to: person.email, subject: 'aktif kembali' })
  })
})

describe('state fields', () => {
  it('cannot be changed by editing the record, not even by a super admin', async () => {
    const superAdmin = await as(payload, 'super_admin')
    const person = await makePerson(payload)
    for (const data of [{ membershipStatus: 'active' }, { onboardingState: 'approved' }, { memberNumber: 'SPK-2026-99999' }]) {
      const res = await superAdmin.rest<Answer>('PATCH', `/members/${person.memberId}`, data)
      expect(res.status).toBe(403)
    }
    const res = await admin.rest<Answer>('PATCH', `/members/${person.memberId}`, { fullName: 'Nama Baru', membershipStatus: 'candidate' })
    expect(res.status).toBe(200)
    expect(await storedMember(payload, person.memberId)).toMatchObject({ fullName: 'Nama Baru', membershipStatus: 'candidate', onboardingState: 'email_verified' })
  })
})
