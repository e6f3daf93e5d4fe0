/** Bulk import and export of members through the REST endpoints, on the real database. */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, describe, expect, it } from 'vitest'

import * as restRoute from '../../../src/app/(payload)/api/[...slug]/route'
import { jakartaYear } from '../../../plugins/membership/onboarding/numbers'
import { CLIENT_IP_HEADER } from '../../../src/lib/client-ip'
import { as, rest, seeded, testPayload, unique } from '../../helpers/api'
import { memberRows, memberSheet, readTable, type MemberSheetRow } from '../../helpers/member-sheet'
import { makePerson } from './helpers'

const payload = await testPayload()
const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const superAdmin = await as(payload, 'super_admin')
const coordinator = await as(payload, 'coordinator')

type ImportAnswer = {
  message?: string
  report: number
  totalRows: number
  validRows: number
  imported: number
  alreadyPresent: number
  errorRows: number
  errors: Array<{ row: number; column: string | null; reason: string }>
  notices: string[]
}
type Refusal = { errors?: Array<{ message: string }> }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const upload = (mode: string, data: Buffer, name: string, token = superAdmin.token) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: name.endsWith('.csv') ? 'text/csv' : XLSX }), name)
  return rest<ImportAnswer & Refusal>('POST', `/members/import?mode=${mode}`, form, { token })
}

/** A GET whose answer is a file: status, headers and the bytes. */
const download = async (path: string, token?: string) => {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const headers = new Headers({ [CLIENT_IP_HEADER]: '127.0.0.1', ...(token ? { authorization: `JWT ${token}` } : {}) })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, data: Buffer.from(await response.arrayBuffer()) }
}

const year = jakartaYear(new Date())
const counter = async (prefix: string, y: number) => {
  const { rows } = await db().execute<{ last: number }>(sql`SELECT last FROM membership_number_counters WHERE prefix = ${prefix} AND year = ${y}`)
  return rows[0] ? Number(rows[0].last) : 0
}
const membersOf = async (tag: string) => {
  const { rows } = await db().execute<{ email: string; member_number: string; membership_status: string; onboarding_state: string; account_status: string; role: string; hash: string; region: string; phone_number: string; golongan: string | null }>(sql`
    SELECT u.email, m.member_number, m.membership_status, m.onboarding_state, u.account_status, r.name AS role, u.hash, g.code AS region, m.phone_number, m.golongan
      FROM members m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = u.role_id LEFT JOIN regions g ON g.id = m.region_id
     WHERE u.email LIKE ${`${tag}-%`} ORDER BY m.id`)
  return rows
}

// Thousands of active members would be billed and chased by other files' dues runs: take them away.
afterAll(async () => {
  await db().execute(sql`DELETE FROM members WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@impor.balai.test')`)
  await db().execute(sql`DELETE FROM users WHERE email LIKE '%@impor.balai.test'`)
})

describe('a 2,000-row XLSX with 20 bad rows', () => {
  const tag = unique('impor')
  const rows = memberRows(2000, tag, ['HOME', 'AWAY'])
  const rowNumber = (index: number) => index + 2
  const expected = new Map<number, RegExp>()
  const spoil = (index: number, change: MemberSheetRow, reason: RegExp) => {
    Object.assign(rows[index], change)
    expected.set(rowNumber(index), reason)
  }
  const existingEmail = `${unique('bukan-anggota')}@test.balai.test`
  const existingEmployeeId = `99${Date.now()}`
  const usedNumber = `SPK-2018-${String(Date.now() % 90000).padStart(5, '0')}`
  const keptOld = 'SPK-2019-00500'
  const keptThisYear = `SPK-${year}-50000`
  let report = 0

  it('reports exactly those 20 rows, with the row number and the reason, and imports nothing', async () => {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: existingEmail, password: seeded().password, name: 'Editor Lain', role: (await payload.find({ collection: 'roles', where: { name: { equals: 'editor' } }, overrideAccess: true })).docs[0].id, accountStatus: 'active' },
    })
    await makePerson(payload, { state: 'approved', extra: { employeeIdNumber: existingEmployeeId, memberNumber: usedNumber } })
    rows[40].memberNumber = keptOld
    rows[41].memberNumber = keptThisYear
    spoil(100, { email: null }, /Kolom wajib "Email" kosong/)
    spoil(150, { fullName: null }, /Kolom wajib "Nama lengkap" kosong/)
    spoil(200, { email: 'bukan-email' }, /Email tidak valid/)
    spoil(250, { email: rows[10].email }, /Sama dengan baris 12 di berkas ini/)
    spoil(300, { employeeIdNumber: rows[11].employeeIdNumber }, /Sama dengan baris 13/)
    spoil(350, { email: existingEmail.toUpperCase() }, /Email sudah dipakai akun lain/)
    spoil(400, { employeeIdNumber: existingEmployeeId }, /NIP\/NIK pegawai sudah terdaftar/)
    spoil(450, { regionCode: 'ZZZ' }, /Kode wilayah "ZZZ" tidak dikenal/)
    spoil(500, { academicRank: 'Profesor Madya' }, /Nilai "Profesor Madya" tidak dikenal\. Pilihan: Tenaga Pengajar/)
    spoil(550, { employmentStatus: 'Freelance' }, /Nilai "Freelance" tidak dikenal/)
    spoil(600, { employmentStatus: 'PNS', golongan: 'V', salaryRange: null }, /Nilai "V" tidak dikenal/)
    spoil(650, { employmentStatus: 'Honorer', salaryRange: '10 juta', golongan: null }, /Nilai "10 juta" tidak dikenal/)
    spoil(700, { memberNumber: 'ABC-123' }, /tidak sesuai format/)
    spoil(750, { memberNumber: usedNumber }, /Nomor anggota sudah dipakai/)
    spoil(800, { memberNumber: keptOld }, /Sama dengan baris 42/)
    spoil(850, { birthDate: '31/02/1980' }, /Tanggal tidak valid/)
    spoil(900, { baseSalary: 'lima juta' }, /Harus berupa angka/)
    spoil(950, { phoneNumber: null }, /Kolom wajib "Nomor HP" kosong/)
    spoil(1000, { golongan: null, salaryRange: null }, /Kolom wajib "Golongan" atau "Rentang gaji" kosong/)
    spoil(1999, { gender: 'X' }, /Nilai "X" tidak dikenal/)
    const file = await memberSheet(rows, 'xlsx')

    const res = await upload('dry-run', file, 'anggota.xlsx')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ totalRows: 2000, validRows: 1980, imported: 0, alreadyPresent: 0, errorRows: 20 })
    const byRow = new Map<number, string[]>()
    for (const error of res.body.errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.column}: ${error.reason}`])
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b))
    for (const [row, reason] of expected) expect(byRow.get(row)!.join(' | '), `row ${row}`).toMatch(reason)
    expect(await membersOf(tag)).toHaveLength(0)
  })

  it('commits the 1,980 good rows as active members, keeping given numbers and issuing the rest in row order', async () => {
    const before = await counter('SPK', year)
    const file = await memberSheet(rows, 'xlsx')
    const res = await upload('commit', file, 'anggota.xlsx')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ imported: 1980, alreadyPresent: 0, errorRows: 20, message: '1980 anggota diimpor.' })
    report = res.body.report

    const stored = await membersOf(tag)
    expect(stored).toHaveLength(1980)
    expect(new Set(stored.map((m) => `${m.membership_status}/${m.onboarding_state}/${m.account_status}/${m.role}`))).toEqual(new Set(['active/approved/active/member']))
    // No password anybody knows, in the shape Payload checks.
    expect(stored.every((m) => /^pbkdf2-sha256-v1:[0-9a-f]{64}$/.test(m.hash))).toBe(true)
    const byEmail = new Map(stored.map((m) => [m.email, m]))
    expect(byEmail.get(rows[40].email as string)!.member_number).toBe(keptOld)
    expect(byEmail.get(rows[41].email as string)!.member_number).toBe(keptThisYear)
    expect(byEmail.get(rows[0].email as string)).toMatchObject({ region: 'AWAY', phone_number: '081200000001' })
    // "III/b" is grade III.
    expect(byEmail.get(rows[4].email as string)!.golongan).toBe('IV')
    expect(await counter('SPK', 2019)).toBeGreaterThanOrEqual(500)
    // The rows without a number: consecutive, in row order, after the highest given one.
    const issued = rows
      .filter((_, index) => !expected.has(rowNumber(index)))
      .map((row) => byEmail.get(row.email as string)?.member_number)
      .filter((number): number is string => Boolean(number) && number !== keptOld && number !== keptThisYear)
      .map((number) => Number(number.slice(-5)))
    expect(issued).toHaveLength(1978)
    expect(issued[0]).toBe(Math.max(before, 50000) + 1)
    expect(issued.every((n, i) => i === 0 || n === issued[i - 1] + 1)).toBe(true)
    expect(await counter('SPK', year)).toBe(issued.at(-1))

    const audit = await payload.find({ collection: 'audit-logs', where: { action: { equals: 'member.bulk_import' }, targetId: { equals: String(report) } }, overrideAccess: true, depth: 0 })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]).toMatchObject({ actor: superAdmin.id, newValues: expect.objectContaining({ imported: 1980 }) })
  })

  it('gives accounts that sign in once "lupa sandi" set a password', async () => {
    const email = rows[0].email as string
    expect((await rest('POST', '/users/login', { email, password: 'apa-saja-123' })).status).toBe(401)
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    await payload.resetPassword({ collection: 'users', data: { token, password: 'sandi-baru-2026' }, overrideAccess: true })
    const login = await rest<{ token?: string }>('POST', '/users/login', { email, password: 'sandi-baru-2026' })
    expect(login.status).toBe(200)
    const me = await rest<{ docs: Array<{ fullName: string }> }>('GET', '/members?depth=0', undefined, { token: login.body.token })
    expect(me.body.docs.map((doc) => doc.fullName)).toEqual([rows[0].fullName])
  })

  it('imports nothing new when the same file is committed again: present rows are skipped, not errors', async () => {
    const counterBefore = await counter('SPK', year)
    const res = await upload('commit', await memberSheet(rows, 'xlsx'), 'anggota.xlsx')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ imported: 0, alreadyPresent: 1980, errorRows: 20 })
    expect(await membersOf(tag)).toHaveLength(1980)
    expect(await counter('SPK', year)).toBe(counterBefore)
  })

  it('keeps a report the importer downloads as CSV, and nobody else', async () => {
    const res = await download(`/member-imports/${report}/download`, superAdmin.token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`laporan-impor-${report}.csv`)
    const table = await readTable(res.data, 'csv')
    expect(table.headers).toEqual(['Baris', 'Hasil', 'Kolom', 'Keterangan', 'Description'])
    expect(new Set(table.rows.filter((row) => row[1] === 'Galat').map((row) => Number(row[0])))).toEqual(new Set(expected.keys()))
    expect((await download(`/member-imports/${report}/download`, coordinator.token)).status).toBe(403)
    const admin = await as(payload, 'admin')
    expect((await admin.rest('GET', `/member-imports/${report}`)).status).toBe(403)
  })
})

describe('commit is all or nothing', () => {
  it('rolls back every row, the numbers and the report when the database refuses the last row', async () => {
    const tag = unique('gagal')
    const rows = memberRows(30, tag, ['HOME'])
    rows[29].fullName = 'Baris Terakhir Gagal'
    const counterBefore = await counter('SPK', year)
    const reportsBefore = (await payload.count({ collection: 'member-imports', overrideAccess: true })).totalDocs
    await db().execute(sql`ALTER TABLE members ADD CONSTRAINT import_test_last_row CHECK (full_name <> 'Baris Terakhir Gagal')`)
    try {
      const res = await upload('commit', await memberSheet(rows, 'xlsx'), 'gagal.xlsx')
      expect(res.status).toBe(409)
      expect(res.body.errors?.[0].message).toMatch(/^Impor dibatalkan oleh basis data; tidak ada satu baris pun yang disimpan/)
    } finally {
      await db().execute(sql`ALTER TABLE members DROP CONSTRAINT import_test_last_row`)
    }
    const { rows: accounts } = await db().execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM users WHERE email LIKE ${`${tag}-%`}`)
    expect(accounts[0].n).toBe(0)
    expect(await counter('SPK', year)).toBe(counterBefore)
    expect((await payload.count({ collection: 'member-imports', overrideAccess: true })).totalDocs).toBe(reportsBefore)
  })
})

describe('CSV', () => {
  it('imports a semicolon CSV as Excel writes it, leading zeros and all', async () => {
    const tag = unique('csv')
    const rows = memberRows(3, tag, ['HOME'])
    const dry = await upload('dry-run', await memberSheet(rows, 'csv', ';'), 'anggota.csv')
    expect(dry.body).toMatchObject({ totalRows: 3, validRows: 3, errorRows: 0 })
    const res = await upload('commit', await memberSheet(rows, 'csv', ';'), 'anggota.csv')
    expect(res.body).toMatchObject({ imported: 3 })
    expect((await membersOf(tag)).map((m) => m.phone_number)).toEqual(['081200000001', '081200000002', '081200000003'])
  })

  it('refuses what is not a spreadsheet, an .xls, and a file over the size limit, with a clear message', async () => {
    const pdf = await upload('dry-run', Buffer.from('%PDF-1.4\n\0\0binary'), 'x.pdf')
    expect(pdf.status).toBe(400)
    expect(pdf.body.errors?.[0].message).toBe('Berkas harus XLSX atau CSV.')
    const xls = await upload('dry-run', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 'lama.xls')
    expect(xls.body.errors?.[0].message).toMatch(/Format \.xls lama tidak didukung/)
    const headerless = await upload('dry-run', Buffer.from('a,b\n1,2\n'), 'x.csv')
    expect(headerless.body.errors?.[0].message).toMatch(/Baris pertama harus berisi judul kolom/)
    process.env.IMPORT_MAX_MB = '0.05'
    try {
      const big = await upload('dry-run', await memberSheet(memberRows(400, unique('besar'), ['HOME']), 'csv'), 'besar.csv')
      expect(big.status).toBe(413)
      expect(big.body.errors?.[0].message).toBe('Berkas terlalu besar: paling besar 0.05 MB. Bagi data menjadi beberapa berkas.')
    } finally {
      delete process.env.IMPORT_MAX_MB
    }
  })
})

describe('template and export', () => {
  it('gives the template with the Indonesian headers and one example row', async () => {
    const res = await download('/members/import/template', superAdmin.token)
    expect(res.status).toBe(200)
    const table = await readTable(res.data, 'xlsx')
    expect(table.headers.slice(0, 5)).toEqual(['Email', 'Nama lengkap', 'Nomor anggota', 'Kode wilayah', 'Nama wilayah'])
    expect(table.rows).toHaveLength(1)
    // The example row passes the import's own checks.
    const dry = await upload('dry-run', res.data, 'templat.xlsx')
    expect(dry.body.errors).toEqual([expect.objectContaining({ column: 'Kode wilayah', reason: 'Kode wilayah "JABAR" tidak dikenal.' })])
  })

  it('gives a coordinator their region only, without the sensitive columns', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await download(`/members/export?format=${format}&region=${seeded().regions.away}`, coordinator.token)
      expect(res.status).toBe(200)
      const table = await readTable(res.data, format)
      const region = table.headers.indexOf('Kode wilayah')
      expect(table.rows.length).toBeGreaterThan(900)
      expect(new Set(table.rows.map((row) => row[region]))).toEqual(new Set(['HOME']))
      expect(table.headers).not.toContain('NIK')
      expect(table.headers).not.toContain('Gaji pokok')
      expect(table.headers).toContain('Status keanggotaan')
    }
  })

  it('gives an importer every region, with the sensitive columns, filtered by status', async () => {
    const res = await download(`/members/export?format=xlsx&status=active`, superAdmin.token)
    expect(res.status).toBe(200)
    const table = await readTable(res.data, 'xlsx')
    expect(table.headers).toContain('NIK')
    // Both of this file's regions (other files may add members in regions of their own).
    expect([...new Set(table.rows.map((row) => row[table.headers.indexOf('Kode wilayah')]))]).toEqual(expect.arrayContaining(['HOME', 'AWAY']))
    expect(new Set(table.rows.map((row) => row[table.headers.indexOf('Status keanggotaan')]))).toEqual(new Set(['Aktif']))
    expect((await download('/members/export?format=pdf', superAdmin.token)).status).toBe(400)
  })

  it('refuses members, editors and admins (403) and visitors (401)', async () => {
    const form = () => {
      const data = new FormData()
      data.append('file', new Blob(['Email\n']), 'a.csv')
      return data
    }
    for (const role of ['member', 'editor', 'admin']) {
      const user = await as(payload, role)
      expect((await rest('POST', '/members/import?mode=dry-run', form(), { token: user.token })).status, role).toBe(403)
      expect((await download('/members/import/template', user.token)).status, role).toBe(403)
      expect((await download('/members/export?format=csv', user.token)).status, role).toBe(403)
    }
    expect((await rest('POST', '/members/import?mode=commit', form())).status).toBe(401)
    expect((await download('/members/export?format=csv')).status).toBe(401)
  })
})
