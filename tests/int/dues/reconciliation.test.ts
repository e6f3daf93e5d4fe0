/** Bank-statement reconciliation: parsing, matching, bulk confirmation, the queue, access. */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { parseStatement, StatementError } from '../../../plugins/dues/reconcile/statement'
import { as, multipart, rest, testPayload } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { storedMember } from '../membership/helpers'
import { db, makeMember, makeRegion, resetDues } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const treasurer = await as(payload, 'treasurer')

const clearStatements = (p: Payload) => db(p).execute(sql`DELETE FROM dues_statement_lines; DELETE FROM dues_statements;`)
afterAll(async () => {
  await clearStatements(payload)
  await resetDues(payload)
})
await clearStatements(payload)

type Line = { id: number; lineNumber: number; lineStatus: string; matchKind: string; member: number | null; bills: number[]; payment: number | null; ignoredReason: string | null }
type UploadAnswer = { message?: string; statement: number; totalLines: number; newLines: number; duplicateLines: number; skippedLines: number; proposed: number; unmatched: number; errors?: Array<{ message: string }>; lineErrors?: Array<{ line: number; column: string; message: string }> }
type ConfirmAnswer = { message: string; confirmed: number; failed: number; results: Array<{ line: number; ok: boolean; payment?: number; message?: string }>; errors?: Array<{ message: string }> }

const csv = (text: string, name = 'mutasi.csv') => ({ data: Buffer.from(text), name, mimetype: 'text/csv' })
const upload = (text: string, name?: string) => treasurer.rest<UploadAnswer>('POST', '/dues-statements/upload', multipart({}, csv(text, name)))
const confirm = (lines: number[]) => treasurer.rest<ConfirmAnswer>('POST', '/dues-statement-lines/confirm', { lines })
const linesOf = async (statement: number) =>
  (await payload.find({ collection: 'dues-statement-lines', where: { statement: { equals: statement } }, sort: 'lineNumber', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Line[]
const line = async (id: number) => (await payload.findByID({ collection: 'dues-statement-lines', id, depth: 0, overrideAccess: true })) as unknown as Line
const bill = (id: number) => payload.findByID({ collection: 'dues-bills', id, overrideAccess: true, depth: 0 })
const paymentsOf = async (memberId: number) =>
  (await payload.find({ collection: 'dues-payments', where: { member: { equals: memberId } }, overrideAccess: true, depth: 0, pagination: false })).docs

const region = await makeRegion(payload)
let month = 0
/** A bill with a chosen kode unik, so amounts are known (and unlike any other test's). */
const billFor = async (person: { memberId: number }, billAmount: number, uniqueCode: number) => {
  const doc = await payload.create({
    collection: 'dues-bills',
    data: { member: person.memberId, billType: 'monthly', periodYear: 2035, periodMonth: ++month, billAmount, uniqueCode, billStatus: 'unpaid', dueDate: '2035-01-10T00:00:00.000Z' },
    overrideAccess: true,
    depth: 0,
  })
  return { id: doc.id, code: doc.paymentCode as string, amount: doc.transferAmount as number }
}
const member = () => makeMember(payload, region, { golongan: 'II' })
const [alice, bob, carol, dave, erin, frank] = [await member(), await member(), await member(), await member(), await member(), await member()]
const aliceJan = await billFor(alice, 930_000, 101)
const bobJan = await billFor(bob, 930_000, 202)
const bobFeb = await billFor(bob, 930_000, 203)
const carolJan = await billFor(carol, 930_000, 301)
const daveJan = await billFor(dave, 940_000, 457)
const erinJan = await billFor(erin, 950_000, 555)
const frankJan = await billFor(frank, 950_000, 555)
const rp = (amount: number) => amount.toLocaleString('id-ID')

describe('parsing a statement', () => {
  it('reads `;` with Indonesian numbers and dates, `,` with quotes and English numbers, and no header', () => {
    const semicolon = parseStatement(Buffer.from('\uFEFFTanggal;Keterangan;Jumlah;Referensi\r\n03/02/2035;TRF DARI BUDI;1.234.567,00;FT001\r\n04/02/2035;BIAYA ADM;-6.500,00;\r\n\r\n05/02/2035;SETORAN;150.000;FT002\r\n'), 100)
    expect(semicolon.errors).toEqual([])
    expect(semicolon.skippedLines).toBe(1)
    expect(semicolon.lines.map(({ lineNumber, valueDate, amount, description, reference }) => ({ lineNumber, valueDate, amount, description, reference }))).toEqual([
      { lineNumber: 2, valueDate: '2035-02-03', amount: 1_234_567, description: 'TRF DARI BUDI', reference: 'FT001' },
      { lineNumber: 5, valueDate: '2035-02-05', amount: 150_000, description: 'SETORAN', reference: 'FT002' },
    ])
    const comma = parseStatement(Buffer.from('date,description,amount,reference\n2035-02-03,"IURAN, FEBRUARI ""LUNAS""","1,234,567.00",A1\n2035-02-03,SETOR,Rp 75.000 CR,\n2035-02-04,TARIK,50.000 DB,'), 100)
    expect(comma.errors).toEqual([])
    expect(comma.lines.map((l) => [l.description, l.amount])).toEqual([['IURAN, FEBRUARI "LUNAS"', 1_234_567], ['SETOR', 75_000]])
    expect(comma.skippedLines).toBe(1)
    const bare = parseStatement(Buffer.from('2035-02-03;Iuran;1234567;R9'), 100)
    expect(bare.lines[0]).toMatchObject({ valueDate: '2035-02-03', description: 'Iuran', amount: 1_234_567, reference: 'R9' })
  })

  it('two identical transfers on one day are two lines; the same line in another file is the same line', () => {
    const twice = parseStatement(Buffer.from('Tanggal;Keterangan;Jumlah\n03/02/2035;SETORAN;50.000\n03/02/2035;SETORAN;50.000'), 100)
    expect(new Set(twice.lines.map((l) => l.fingerprint)).size).toBe(2)
    const other = parseStatement(Buffer.from('date,description,amount\n2035-02-03,setoran,50000.00'), 100)
    expect(other.lines[0].fingerprint).toBe(twice.lines[0].fingerprint)
  })

  it('reports every bad line with its problem; refuses files it cannot read', () => {
    const bad = parseStatement(Buffer.from('Tanggal;Keterangan;Jumlah;Referensi\n31/02/2035;A;10.000;\n01/02/2035;B;12,5;\n02/02/2035;C;sepuluh ribu;\n03/02/2035;D;10.000;'), 100)
    expect(bad.errors.map((e) => [e.line, e.column])).toEqual([[2, 'date'], [3, 'amount'], [4, 'amount']])
    expect(bad.errors[0].reason.id).toBe('Tanggal "31/02/2035" tidak valid: tulis YYYY-MM-DD atau DD/MM/YYYY.')
    expect(bad.errors[1].reason.id).toBe('Jumlah "12,5" harus rupiah bulat.')
    const refused = (text: string | Buffer, max = 100) => {
      try {
        parseStatement(Buffer.isBuffer(text) ? text : Buffer.from(text), max)
      } catch (error) {
        return (error as StatementError).text.id
      }
      return null
    }
    expect(refused('Nama;Keterangan\nBudi;x')).toMatch(/^Baris judul harus memuat kolom "tanggal" dan "jumlah"/)
    expect(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toBe('Berkas harus berupa CSV (teks).')
    expect(refused('Tanggal;Jumlah\n01/02/2035;1\n02/02/2035;2\n03/02/2035;3', 2)).toMatch(/^Terlalu banyak baris: paling banyak 2/)
  })

  it('the upload answers 400 with each bad line and stores nothing; oversized files get a 413', async () => {
    const before = (await payload.count({ collection: 'dues-statement-lines', overrideAccess: true })).totalDocs
    const res = await upload('Tanggal;Keterangan;Jumlah\n01/02/2035;BAIK;10.000\n2035-13-01;BURUK;10.000')
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0].message).toBe('1 baris bermasalah; tidak ada yang disimpan. Perbaiki berkas lalu unggah lagi.')
    expect(res.body.lineErrors).toEqual([{ line: 3, column: 'date', message: 'Tanggal "2035-13-01" tidak valid: tulis YYYY-MM-DD atau DD/MM/YYYY.' }])
    expect((await payload.count({ collection: 'dues-statement-lines', overrideAccess: true })).totalDocs).toBe(before)
    expect((await payload.count({ collection: 'dues-statements', overrideAccess: true })).totalDocs).toBe(0)
    process.env.STATEMENT_MAX_MB = '0.001'
    try {
      const big = await upload(`Tanggal;Jumlah\n${'01/02/2035;10.000\n'.repeat(100)}`)
      expect(big.status).toBe(413)
    } finally {
      delete process.env.STATEMENT_MAX_MB
    }
  })
})

const statementText = [
  'Tanggal;Keterangan;Jumlah;Referensi',
  `03/02/2035;TRF IURAN ${aliceJan.code} ALICE;${rp(aliceJan.amount)},00;FT1001`,
  `03/02/2035;TRF BOB JAN FEB;${rp(bobJan.amount + bobFeb.amount)};${bobJan.code.replace(/-/g, '')} ${bobFeb.code.replace(/-/g, '')}`,
  `04/02/2035;IURAN ${carolJan.code};${rp(carolJan.amount - 101)};FT1003`,
  `04/02/2035;TRANSFER DARI DAVE;${rp(daveJan.amount)};FT1004`,
  `05/02/2035;TRANSFER TANPA BERITA;${rp(erinJan.amount)};FT1005`,
  `05/02/2035;SETORAN TUNAI KAS;500.000;FT1006`,
  `06/02/2035;BUNGA;-1.000;`,
].join('\n')

let statement: number
let lines: Line[]
const lineAt = (n: number) => lines.find((l) => l.lineNumber === n)!

describe('matching', () => {
  it('proposes bills by payment code and amount, by amount alone, and keeps the rest unmatched with the reason', async () => {
    const res = await upload(statementText, 'mutasi-feb.csv')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ totalLines: 6, newLines: 6, duplicateLines: 0, skippedLines: 1, proposed: 4, unmatched: 2 })
    expect(res.body.message).toBe('6 baris baru disimpan: 4 dengan usulan tagihan, 2 belum cocok.')
    statement = res.body.statement
    lines = await linesOf(statement)
    expect(lines.map((l) => [l.lineNumber, l.lineStatus, l.matchKind, l.member, l.bills])).toEqual([
      [2, 'proposed', 'code_amount', alice.memberId, [aliceJan.id]],
      // Two codes without dashes, as banks strip them, and the sum of both bills.
      [3, 'proposed', 'code_amount', bob.memberId, [bobJan.id, bobFeb.id]],
      [4, 'proposed', 'code_amount_differs', carol.memberId, [carolJan.id]],
      [5, 'proposed', 'amount', dave.memberId, [daveJan.id]],
      // Erin's and Frank's bills have the same transfer amount: no guess.
      [6, 'unmatched', 'amount_ambiguous', null, []],
      [7, 'unmatched', 'none', null, []],
    ])
  })

  it('the same file again is refused; an overlapping export adds only its new lines', async () => {
    const again = await upload(statementText, 'mutasi-feb.csv')
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0].message).toBe('Berkas mutasi ini sudah pernah diunggah.')
    const overlap = [
      'date,description,amount,reference',
      `2035-02-03,TRF IURAN ${aliceJan.code} ALICE,${aliceJan.amount},FT1001`,
      `2035-02-06,SETORAN TUNAI KAS,"500.000,00",FT1007`,
    ].join('\n')
    const res = await upload(overlap)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ totalLines: 2, newLines: 1, duplicateLines: 1 })
    expect(await linesOf(res.body.statement)).toHaveLength(1)
    expect((await payload.count({ collection: 'dues-statement-lines', where: { fingerprint: { exists: true } }, overrideAccess: true })).totalDocs).toBe(7)
  })
})

describe('confirming', () => {
  it('confirms the selected lines at once: verified payments, paid bills, the member’s standing, audit and email', async () => {
    const res = await confirm([lineAt(2).id, lineAt(3).id, lineAt(5).id])
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ confirmed: 3, failed: 0, message: '3 baris dikonfirmasi.' })
    const [bobPayment] = await paymentsOf(bob.memberId)
    expect(bobPayment).toMatchObject({ paymentStatus: 'verified', source: 'reconciliation', paidAmount: bobJan.amount + bobFeb.amount, refNo: `${bobJan.code.replace(/-/g, '')} ${bobFeb.code.replace(/-/g, '')}`, verifiedBy: treasurer.id })
    expect(bobPayment.paidAt?.slice(0, 10)).toBe('2035-02-02') // 3 Feb 00:00 in Jakarta
    for (const id of [aliceJan.id, bobJan.id, bobFeb.id, daveJan.id]) expect((await bill(id)).billStatus).toBe('paid')
    expect((await storedMember(payload, bob.memberId)).duesStatus).toBe('paid')
    expect(await line(lineAt(3).id)).toMatchObject({ lineStatus: 'confirmed', payment: bobPayment.id })
    const audit = await payload.find({ collection: 'audit-logs', where: { and: [{ action: { equals: 'dues.payment.verify' } }, { targetId: { equals: String(bobPayment.id) } }] }, overrideAccess: true })
    expect(audit.totalDocs).toBe(1)
    await runJobs(payload)
    expect((await mail.waitForMail({ to: alice.email, subject: 'Pembayaran iuran diterima' })).text).toContain(`Rp${rp(aliceJan.amount)}`)
  })

  it('a line is confirmed once: again, or twice at the same time, creates nothing more', async () => {
    const again = await confirm([lineAt(2).id])
    expect(again.body).toMatchObject({ confirmed: 0, failed: 1 })
    expect(again.body.results[0].message).toBe('Baris ini sudah dikonfirmasi.')
    expect(await paymentsOf(alice.memberId)).toHaveLength(1)
    const carolLine = lineAt(4).id
    const [first, second] = await Promise.all([confirm([carolLine]), confirm([carolLine])])
    expect([first.body.confirmed, second.body.confirmed].sort()).toEqual([0, 1])
    expect([...first.body.results, ...second.body.results].find((r) => !r.ok)?.message).toBe('Baris ini sudah dikonfirmasi.')
    const carolPayments = await paymentsOf(carol.memberId)
    expect(carolPayments).toHaveLength(1)
    // The amount that arrived, though it differs from the bill's.
    expect(carolPayments[0].paidAmount).toBe(carolJan.amount - 101)
  })

  it('refuses an unmatched line and bad selections', async () => {
    const res = await confirm([lineAt(7).id])
    expect(res.body.results[0]).toMatchObject({ ok: false, message: 'Baris ini belum dicocokkan dengan tagihan.' })
    expect((await confirm([])).status).toBe(400)
    expect((await rest('POST', '/dues-statement-lines/confirm', { lines: ['x'] }, { token: treasurer.token })).status).toBe(400)
    const missing = await confirm([99_999_999])
    expect(missing.body.results[0]).toMatchObject({ ok: false, message: 'Baris mutasi tidak ditemukan.' })
  })
})

describe('the unmatched queue', () => {
  it('keeps unmatched lines; they can be matched by hand, or ignored with a reason', async () => {
    const queue = await payload.find({ collection: 'dues-statement-lines', where: { lineStatus: { equals: 'unmatched' } }, overrideAccess: true, depth: 0 })
    expect(queue.docs.map((d) => d.id).sort()).toEqual(expect.arrayContaining([lineAt(6).id, lineAt(7).id]))
    const byHand = (id: number, codes: unknown) => treasurer.rest<{ message?: string; errors?: Array<{ message: string }> }>('POST', `/dues-statement-lines/${id}/match`, { codes })
    expect((await byHand(lineAt(6).id, ['IUR-0000-FFFFF'])).body.errors?.[0].message).toBe('Tidak ada tagihan terbuka dengan kode IUR-0000-FFFFF.')
    expect((await byHand(lineAt(6).id, [erinJan.code, frankJan.code])).body.errors?.[0].message).toBe('Semua tagihan harus milik satu anggota.')
    expect((await byHand(lineAt(6).id, [])).status).toBe(400)
    // A paid bill is not open any more.
    expect((await byHand(lineAt(6).id, [aliceJan.code])).status).toBe(400)
    const matched = await byHand(lineAt(6).id, [erinJan.code.toLowerCase()])
    expect(matched.status).toBe(200)
    expect(await line(lineAt(6).id)).toMatchObject({ lineStatus: 'proposed', matchKind: 'manual', member: erin.memberId, bills: [erinJan.id] })
    expect((await confirm([lineAt(6).id])).body.confirmed).toBe(1)
    expect((await bill(erinJan.id)).billStatus).toBe('paid')
    expect((await byHand(lineAt(6).id, [frankJan.code])).status).toBe(409)

    const ignore = (reason: unknown) => treasurer.rest<{ errors?: Array<{ message: string }> }>('POST', `/dues-statement-lines/${lineAt(7).id}/ignore`, { reason })
    expect((await ignore('  ')).body.errors?.[0].message).toBe('Alasan wajib diisi.')
    expect((await ignore('Setoran kas koperasi, bukan iuran.')).status).toBe(200)
    expect(await line(lineAt(7).id)).toMatchObject({ lineStatus: 'ignored', ignoredReason: 'Setoran kas koperasi, bukan iuran.' })
    expect((await payload.count({ collection: 'audit-logs', where: { and: [{ action: { equals: 'dues.statement.ignore' } }, { targetId: { equals: String(lineAt(7).id) } }] }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('matching again finds bills made after the upload', async () => {
    const gina = await member()
    const res = await upload(`Tanggal;Keterangan;Jumlah\n07/02/2035;TRANSFER GINA;960.321`)
    const [waiting] = await linesOf(res.body.statement)
    expect(waiting).toMatchObject({ lineStatus: 'unmatched', matchKind: 'none' })
    const ginaJan = await billFor(gina, 960_000, 321)
    const again = await treasurer.rest<{ proposed: number }>('POST', '/dues-statement-lines/rematch', {})
    expect(again.status).toBe(200)
    expect(await line(waiting.id)).toMatchObject({ lineStatus: 'proposed', matchKind: 'amount', member: gina.memberId, bills: [ginaJan.id] })
    // Ignored and confirmed lines stay as they are.
    expect((await line(lineAt(7).id)).lineStatus).toBe('ignored')
    expect((await line(lineAt(2).id)).lineStatus).toBe('confirmed')
  })
})

describe('an error midway', () => {
  it('leaves the failing line, its bills and its member exactly as before, and reports it; the others go through', async () => {
    const [henry, ivy] = [await member(), await member()]
    const [henryBill, ivyBill] = [await billFor(henry, 970_000, 11), await billFor(ivy, 970_000, 12)]
    const res = await upload(`Tanggal;Keterangan;Jumlah\n08/02/2035;${henryBill.code};${henryBill.amount}\n08/02/2035;${ivyBill.code};${ivyBill.amount}`)
    const [henryLine, ivyLine] = await linesOf(res.body.statement)
    const before = { line: await line(ivyLine.id), bill: await bill(ivyBill.id), member: await storedMember(payload, ivy.memberId) }
    const audits = (await payload.count({ collection: 'audit-logs', overrideAccess: true })).totalDocs
    await db(payload).execute(sql.raw(`
      CREATE FUNCTION dues_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER dues_test_refuse BEFORE UPDATE ON members FOR EACH ROW WHEN (NEW.id = ${ivy.memberId}) EXECUTE FUNCTION dues_test_refuse();`))
    let answer
    try {
      answer = await confirm([henryLine.id, ivyLine.id])
    } finally {
      await db(payload).execute(sql.raw('DROP TRIGGER dues_test_refuse ON members; DROP FUNCTION dues_test_refuse();'))
    }
    expect(answer.body.results).toEqual([
      { line: henryLine.id, ok: true, payment: expect.any(Number) },
      { line: ivyLine.id, ok: false, message: 'Gagal karena kesalahan sistem; baris tidak berubah. Coba lagi.' },
    ])
    expect(await line(ivyLine.id)).toEqual(before.line)
    expect(await bill(ivyBill.id)).toEqual(before.bill)
    expect(await storedMember(payload, ivy.memberId)).toEqual(before.member)
    expect(await paymentsOf(ivy.memberId)).toEqual([])
    // Henry's payment wrote its audit entry; Ivy's nothing.
    expect((await payload.count({ collection: 'audit-logs', overrideAccess: true })).totalDocs).toBe(audits + 1)
    expect((await confirm([ivyLine.id])).body.confirmed).toBe(1)
  })
})

describe('access', () => {
  it('only holders of dues.payment.verify upload, read, confirm, match and ignore', async () => {
    const someLine = lineAt(7).id
    // Without defaults: a visitor sends no token at all.
    const calls = (token: string | undefined) => [
      rest('POST', '/dues-statements/upload', multipart({}, csv('Tanggal;Jumlah\n09/02/2035;10.000')), { token }),
      rest('POST', '/dues-statement-lines/confirm', { lines: [someLine] }, { token }),
      rest('POST', '/dues-statement-lines/rematch', {}, { token }),
      rest('POST', `/dues-statement-lines/${someLine}/match`, { codes: [frankJan.code] }, { token }),
      rest('POST', `/dues-statement-lines/${someLine}/ignore`, { reason: 'x' }, { token }),
      rest('GET', '/dues-statement-lines', undefined, { token }),
      rest('GET', '/dues-statements', undefined, { token }),
    ]
    for (const role of ['member', 'editor', 'coordinator', 'admin']) {
      const who = await as(payload, role)
      for (const res of await Promise.all(calls(who.token))) expect(res.status, role).toBe(403)
    }
    for (const res of await Promise.all(calls(alice.token))) expect(res.status).toBe(403)
    for (const res of await Promise.all(calls(undefined))) expect([401, 403]).toContain(res.status)
    expect((await payload.count({ collection: 'dues-statements', where: { fileName: { equals: 'mutasi.csv' } }, overrideAccess: true })).totalDocs).toBe(3)
    expect((await line(someLine)).lineStatus).toBe('ignored')
    expect((await rest<{ totalDocs: number }>('GET', '/dues-statement-lines?limit=1', undefined, { token: treasurer.token })).body.totalDocs).toBeGreaterThan(0)
  })
})
