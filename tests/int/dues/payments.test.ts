/** Proof uploads, verification (all or nothing), rejection, claims and manual arrears actions. */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { recordVerifiedPayment } from '../../../plugins/dues/payments/verify'
import { as, multipart, rest, testPayload } from '../../helpers/api'
import { pdfFile } from '../../helpers/files'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { storedMember, storedUser } from '../membership/helpers'
import { billsOf, db, makeMember, makeRegion, resetDues, uploadProof } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const treasurer = await as(payload, 'treasurer')
const coordinator = await as(payload, 'coordinator')
afterAll(() => resetDues(payload))

type Answer = { message?: string; doc?: Record<string, unknown>; errors?: Array<{ message: string }> }
const generate = (month: number) => treasurer.rest('POST', '/dues-bills/generate', { year: 2033, month })
const payment = (id: number) => payload.findByID({ collection: 'dues-payments', id, overrideAccess: true, depth: 0 })
const bill = (id: number) => payload.findByID({ collection: 'dues-bills', id, overrideAccess: true, depth: 0 })
const auditOf = async (targetType: string, id: number) =>
  (await payload.find({ collection: 'audit-logs', where: { targetType: { equals: targetType }, targetId: { equals: String(id) } }, overrideAccess: true, depth: 0, sort: 'id' })).docs.map((e) => e.action)

const region = await makeRegion(payload)
const alice = await makeMember(payload, region, { golongan: 'II' })
const bob = await makeMember(payload, region, { golongan: 'IV' })
await generate(1)
await generate(2)

describe('proof uploads', () => {
  it('a member pays one or several of their own open bills; the amount defaults to what they transfer', async () => {
    const [jan, feb] = await billsOf(payload, alice.memberId)
    const res = await uploadProof(alice.token, alice, [jan.id, feb.id], { refNo: 'TRF-001', paymentStatus: 'verified', source: 'reconciliation' })
    expect(res.status).toBe(201)
    // Status and source are the server's to set.
    expect(res.body.doc).toMatchObject({ paymentStatus: 'submitted', source: 'upload', paidAmount: jan.transferAmount + feb.transferAmount, owner: alice.userId, region })
    // Already waiting for verification: not again.
    const twice = await uploadProof(alice.token, alice, [jan.id])
    expect(twice.status).toBe(409)
    expect(twice.body.errors?.[0].message).toMatch(/^Tagihan ini sudah punya bukti bayar yang menunggu verifikasi/)
  })

  it('refuses someone else’s bill, a missing file, and files that are not JPG/PNG/PDF', async () => {
    const [bobJan] = await billsOf(payload, bob.memberId)
    expect((await uploadProof(alice.token, alice, [bobJan.id])).status).toBe(400)
    // Naming the other member's account as owner: create access refuses; one's own: the hook does.
    expect((await uploadProof(alice.token, bob, [bobJan.id])).status).toBe(403)
    expect((await uploadProof(alice.token, { memberId: bob.memberId, userId: alice.userId }, [bobJan.id])).status).toBe(400)
    const noFile = await rest<Answer>('POST', '/dues-payments', multipart({ member: bob.memberId, owner: bob.userId, bills: [bobJan.id] }), { token: bob.token })
    expect(noFile.status).toBe(400)
    const fake = { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), name: 'bukti.png', mimetype: 'image/png' }
    const svg = await rest<Answer>('POST', '/dues-payments', multipart({ member: bob.memberId, owner: bob.userId, bills: [bobJan.id] }, fake), { token: bob.token })
    expect(svg.status).toBe(400)
    expect(svg.body.errors?.[0].message).toBe('Jenis berkas tidak diterima: hanya JPG, PNG atau PDF.')
  })

  it('the proof downloads for its member and the treasurer only', async () => {
    const [, bobFeb] = await billsOf(payload, bob.memberId)
    const res = await rest<Answer>('POST', '/dues-payments?depth=0', multipart({ member: bob.memberId, owner: bob.userId, bills: [bobFeb.id] }, pdfFile('bukti', 'bukti bayar.pdf')), { token: bob.token })
    expect(res.status).toBe(201)
    const download = (token?: string) => rest('GET', `/dues-payments/${res.body.doc!.id}/download`, undefined, { token })
    for (const token of [bob.token, treasurer.token]) {
      const file = await download(token)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('application/pdf')
      expect(file.headers.get('content-disposition')).toContain('bukti bayar.pdf')
    }
    for (const token of [alice.token, coordinator.token, undefined]) expect((await download(token)).status).toBe(404)
    expect((await rest('GET', `/dues-payments/file/${res.body.doc!.filename}`, undefined, { token: treasurer.token })).status).toBe(403)
  })
})

describe('verification', () => {
  it('pays the bills, updates the member, writes the audit entry and emails the member — once', async () => {
    const person = await makeMember(payload, region, { golongan: 'I' })
    await generate(3)
    const [march] = (await billsOf(payload, person.memberId)).filter((b) => b.periodMonth === 3)
    const upload = await uploadProof(person.token, person, [march.id])
    const id = upload.body.doc!.id

    expect((await rest('POST', `/dues-payments/${id}/verify`, {}, { token: person.token })).status).toBe(403)
    const res = await treasurer.rest<Answer>('POST', `/dues-payments/${id}/verify`, { note: 'Sesuai mutasi BRI.' })
    expect(res.status).toBe(200)
    expect(res.body.message).toBe('Pembayaran diverifikasi.')
    expect(await payment(id)).toMatchObject({ paymentStatus: 'verified', verifiedBy: treasurer.id, verificationNote: 'Sesuai mutasi BRI.' })
    expect((await bill(march.id)).billStatus).toBe('paid')
    expect((await bill(march.id)).paidAt).toBeTruthy()
    const member = await storedMember(payload, person.memberId)
    expect(member.duesStatus).toBe('paid')
    expect(member.duesLastPaidAt).toBeTruthy()
    expect(await auditOf('dues-payments', id)).toEqual(['dues.payment.verify'])
    await runJobs(payload)
    const message = await mail.waitForMail({ to: person.email, subject: 'Pembayaran iuran diterima' })
    expect(message.text).toContain(`Rp${march.transferAmount.toLocaleString('id-ID')}`)

    const again = await treasurer.rest<Answer>('POST', `/dues-payments/${id}/verify`, {})
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0].message).toBe('Pembayaran ini sudah diputuskan.')
  })

  it('an error midway leaves payment, bills and member exactly as before', async () => {
    const person = await makeMember(payload, region, { golongan: 'III' })
    await generate(4)
    const [april] = (await billsOf(payload, person.memberId)).filter((b) => b.periodMonth === 4)
    const id = (await uploadProof(person.token, person, [april.id])).body.doc!.id
    const before = { payment: await payment(id), bill: await bill(april.id), member: await storedMember(payload, person.memberId), user: await storedUser(payload, person.userId) }
    const jobs = (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
    // The member row refuses the change that comes after the payment and the bill were updated.
    await db(payload).execute(sql.raw(`
      CREATE FUNCTION dues_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER dues_test_refuse BEFORE UPDATE ON members FOR EACH ROW WHEN (NEW.id = ${person.memberId}) EXECUTE FUNCTION dues_test_refuse();`))
    try {
      const res = await treasurer.rest('POST', `/dues-payments/${id}/verify`, {})
      expect(res.status).toBe(500)
    } finally {
      await db(payload).execute(sql.raw('DROP TRIGGER dues_test_refuse ON members; DROP FUNCTION dues_test_refuse();'))
    }
    expect(await payment(id)).toEqual(before.payment)
    expect(await bill(april.id)).toEqual(before.bill)
    expect(await storedMember(payload, person.memberId)).toEqual(before.member)
    expect(await storedUser(payload, person.userId)).toEqual(before.user)
    expect(await auditOf('dues-payments', id)).toEqual([])
    expect((await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(jobs)
    // Nothing is stuck: the same verification now goes through.
    expect((await treasurer.rest('POST', `/dues-payments/${id}/verify`, {})).status).toBe(200)
  })

  it('rejection needs a reason, emails it, and the member can upload again', async () => {
    const person = await makeMember(payload, region, { golongan: 'II' })
    await generate(5)
    const [may] = (await billsOf(payload, person.memberId)).filter((b) => b.periodMonth === 5)
    const id = (await uploadProof(person.token, person, [may.id])).body.doc!.id
    const blank = await treasurer.rest<Answer>('POST', `/dues-payments/${id}/reject`, { reason: '  ' })
    expect(blank.status).toBe(400)
    expect(blank.body.errors?.[0].message).toBe('Alasan penolakan wajib diisi.')
    expect((await payment(id)).paymentStatus).toBe('submitted')
    const res = await treasurer.rest<Answer>('POST', `/dues-payments/${id}/reject`, { reason: 'Nominal tidak sesuai.' })
    expect(res.status).toBe(200)
    expect(await payment(id)).toMatchObject({ paymentStatus: 'rejected', rejectedReason: 'Nominal tidak sesuai.' })
    expect((await bill(may.id)).billStatus).toBe('unpaid')
    await runJobs(payload)
    expect((await mail.waitForMail({ to: person.email, subject: 'Bukti pembayaran iuran ditolak' })).text).toContain('Alasan: Nominal tidak sesuai.')
    expect((await uploadProof(person.token, person, [may.id])).status).toBe(201)
    expect((await treasurer.rest('POST', `/dues-payments/${id}/verify`, {})).status).toBe(409)
  })
})

describe('a payment confirmed without an upload (reconciliation)', () => {
  it('is created verified with its bills paid, in one call', async () => {
    const person = await makeMember(payload, region, { golongan: 'II' })
    await generate(8)
    const [august] = (await billsOf(payload, person.memberId)).filter((b) => b.periodMonth === 8)
    const req = await createLocalReq({ user: treasurer.user }, payload)
    const doc = await recordVerifiedPayment(req, { member: person.memberId, bills: [august.id], paidAmount: august.transferAmount, refNo: 'MUTASI-0801', source: 'reconciliation' })
    expect(await payment(doc.id)).toMatchObject({ paymentStatus: 'verified', source: 'reconciliation', verifiedBy: treasurer.id, refNo: 'MUTASI-0801', filename: null })
    expect((await bill(august.id)).billStatus).toBe('paid')
    expect((await storedMember(payload, person.memberId)).duesStatus).toBe('paid')
  })
})

describe('claims', () => {
  it('an approved waiver request waives its bill; moves follow submitted → in review → approved | rejected', async () => {
    const person = await makeMember(payload, region, { golongan: 'II' })
    await generate(6)
    const [june] = (await billsOf(payload, person.memberId)).filter((b) => b.periodMonth === 6)
    const file = (data: Record<string, unknown>) => rest<Answer>('POST', '/dues-claims?depth=0', { member: person.memberId, owner: person.userId, ...data }, { token: person.token })
    const claim = await file({ bill: june.id, claimType: 'waiver_request', description: 'Sedang cuti di luar tanggungan negara.', status: 'approved' })
    expect(claim.status).toBe(201)
    expect(claim.body.doc).toMatchObject({ status: 'submitted', region })
    const id = claim.body.doc!.id as number

    expect((await rest('POST', `/dues-claims/${id}/approve`, {}, { token: person.token })).status).toBe(403)
    expect((await treasurer.rest('POST', `/dues-claims/${id}/review`, {})).status).toBe(200)
    expect((await treasurer.rest('POST', `/dues-claims/${id}/review`, {})).status).toBe(409)
    expect((await treasurer.rest('POST', `/dues-claims/${id}/approve`, { note: 'Disetujui rapat pengurus.' })).status).toBe(200)
    expect(await bill(june.id)).toMatchObject({ billStatus: 'waived', waivedReason: 'Disetujui rapat pengurus.' })
    expect(await auditOf('dues-claims', id)).toEqual(['dues.claim.review', 'dues.claim.approve'])
    expect((await treasurer.rest('POST', `/dues-claims/${id}/reject`, { note: 'x' })).status).toBe(409)
    await runJobs(payload)
    await mail.waitForMail({ to: person.email, subject: 'Klaim iuran disetujui' })

    // A claim about someone else's bill is refused; a rejection needs its reason.
    const [aliceJan] = await billsOf(payload, alice.memberId)
    expect((await file({ bill: aliceJan.id, claimType: 'already_paid', description: 'Sudah saya transfer bulan lalu.' })).status).toBe(400)
    const other = await file({ claimType: 'other', description: 'Nominal bulan depan mohon dicek.' })
    expect((await treasurer.rest('POST', `/dues-claims/${other.body.doc!.id}/reject`, {})).status).toBe(400)
    expect((await treasurer.rest('POST', `/dues-claims/${other.body.doc!.id}/reject`, { note: 'Nominal sudah benar.' })).status).toBe(200)
  })
})

describe('manual arrears actions', () => {
  it('the treasurer suspends a member in arrears and reactivates them; refused when there is nothing to do', async () => {
    const person = await makeMember(payload, region, { golongan: 'II' })
    await generate(7)
    const call = (action: string, who = treasurer) => who.rest<Answer>('POST', `/dues-bills/arrears/${person.memberId}/${action}`, {})
    expect((await call('enforce')).status).toBe(409)
    await db(payload).execute(sql`UPDATE dues_bills SET bill_status = 'overdue' WHERE member_id = ${person.memberId}`)
    expect((await call('enforce', coordinator)).status).toBe(403)
    expect((await call('enforce')).status).toBe(200)
    expect((await storedUser(payload, person.userId)).accountStatus).toBe('suspended')
    expect((await call('enforce')).status).toBe(409)
    expect((await call('reactivate')).status).toBe(200)
    expect((await storedUser(payload, person.userId)).accountStatus).toBe('active')
    expect((await storedMember(payload, person.memberId)).duesSuspendedAt).toBeNull()
    expect((await call('reactivate')).status).toBe(409)
    expect((await treasurer.rest('POST', '/dues-bills/arrears/999999/enforce', {})).status).toBe(404)
    await runJobs(payload)
    await mail.waitForMail({ to: person.email, subject: 'Akun ditangguhkan karena tunggakan iuran' })
    await mail.waitForMail({ to: person.email, subject: 'Akun aktif kembali' })
  })
})

