/** The dues dashboard's figures and the CSV/XLSX reports: right numbers, each role its own scope. */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import * as restRoute from '../../../src/app/(payload)/api/[...slug]/route'
import { CLIENT_IP_HEADER } from '../../../src/lib/client-ip'
import { settingsOf } from '../../../plugins/dues/options'
import { periodOf, periodStart } from '../../../plugins/dues/bills/period'
import { duesFigures, monthsUpTo } from '../../../plugins/dues/reports/figures'
import { duesScopeOf } from '../../../plugins/dues/reports/scope'
import { as, roleId, seeded, testPayload, unique } from '../../helpers/api'
import { readTable } from '../../helpers/member-sheet'
import { signIn } from '../membership/helpers'
import { billsOf, db, makeMember, makeRegion, resetDues } from './helpers'

const payload = await testPayload()
afterAll(() => resetDues(payload))

const download = async (path: string, token?: string, extra: Record<string, string> = {}) => {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const headers = new Headers({ [CLIENT_IP_HEADER]: '127.0.0.1', ...(token ? { authorization: `JWT ${token}` } : {}), ...extra })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, data: Buffer.from(await response.arrayBuffer()) }
}
const errorOf = (res: { data: Buffer }) => (JSON.parse(res.data.toString()) as { errors: Array<{ message: string }> }).errors[0].message

/** A coordinator (Pengurus Wilayah) of the region, signed in. */
const makeCoordinator = async (region: number) => {
  const email = `${unique('koordinator')}@test.balai.test`
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: seeded().password, name: 'Koordinator Uji', role: await roleId(payload, 'coordinator'), region, accountStatus: 'active' },
  })
  return { ...user, token: await signIn(email), role: await payload.findByID({ collection: 'roles', id: await roleId(payload, 'coordinator'), overrideAccess: true }) }
}

// The known data set: two regions of this file's own, three months of bills (2039-01 … 03)
// made by the real generator, then settled as listed (paid now, two months ago, overdue, waived).
const treasurer = await as(payload, 'treasurer')
const now = new Date()
const { timezone } = settingsOf(payload.config)
const current = periodOf(now, timezone)
const twoMonthsAgo = new Date(periodStart(monthsUpTo(current, 3)[0], timezone).getTime() + 2 * 86_400_000)
const regionA = await makeRegion(payload)
const regionB = await makeRegion(payload)
const codeOf = async (id: number) => (await payload.findByID({ collection: 'regions', id, overrideAccess: true })).code
const [codeA, codeB] = [await codeOf(regionA), await codeOf(regionB)]
const a1 = await makeMember(payload, regionA, { golongan: 'IV' }) // 45,000
const a2 = await makeMember(payload, regionA, { golongan: 'II' }) // 30,000
const a3 = await makeMember(payload, regionA, { golongan: 'III' }) // 35,000
const a4 = await makeMember(payload, regionA, { golongan: 'I' }) // 20,000
const b1 = await makeMember(payload, regionB, { golongan: 'IV' })
for (const month of [1, 2, 3]) expect((await treasurer.rest('POST', '/dues-bills/generate', { year: 2039, month })).status).toBe(200)

type State = 'paid now' | 'paid before' | 'overdue' | 'waived' | 'unpaid'
const settle = async (person: { memberId: number }, states: [State, State, State]) => {
  const bills = (await billsOf(payload, person.memberId)).filter((bill) => bill.periodYear === 2039).sort((x, y) => x.periodMonth - y.periodMonth)
  expect(bills).toHaveLength(3)
  for (const [index, state] of states.entries()) {
    const paidAt = state === 'paid now' ? now.toISOString() : state === 'paid before' ? twoMonthsAgo.toISOString() : null
    const status = state.startsWith('paid') ? 'paid' : state
    await db(payload).execute(sql`UPDATE dues_bills SET bill_status = ${status}, paid_at = ${paidAt} WHERE id = ${bills[index].id}`)
  }
}
await settle(a1, ['paid now', 'paid before', 'unpaid'])
await settle(a2, ['overdue', 'overdue', 'overdue'])
await settle(a3, ['paid now', 'overdue', 'unpaid'])
await settle(a4, ['waived', 'overdue', 'overdue'])
await settle(b1, ['overdue', 'paid now', 'unpaid'])
// A name a spreadsheet would run as a formula.
const formulaName = '=HYPERLINK("http://contoh.test","klik")'
await db(payload).execute(sql`UPDATE members SET full_name = ${formulaName} WHERE id = ${a1.memberId}`)

const coordinatorA = await makeCoordinator(regionA)
const figuresAs = async (user: unknown, region: number | null) => duesFigures(await createLocalReq({ user: user as never }, payload), { region, now })
const csvOf = async (path: string, token: string) => {
  const res = await download(path, token)
  expect(res.status, res.data.toString().slice(0, 300)).toBe(200)
  return { res, table: await readTable(res.data, 'csv') }
}

describe('dashboard figures', () => {
  it('are right for a region: collected per month, outstanding, arrears by level', async () => {
    const figures = await figuresAs(treasurer.user, regionA)
    expect(figures.collected).toHaveLength(12)
    const month = (period: { year: number; month: number }) => `${period.year}-${String(period.month).padStart(2, '0')}`
    expect(figures.collected.at(-1)).toEqual({ month: month(current), bills: 2, amount: 80_000 })
    expect(figures.collected.at(-3)).toEqual({ month: month(monthsUpTo(current, 3)[0]), bills: 1, amount: 45_000 })
    expect(figures.collected.reduce((sum, m) => sum + m.amount, 0)).toBe(125_000)
    expect(figures.outstanding).toEqual({ unpaid: { bills: 2, amount: 80_000 }, overdue: { bills: 6, amount: 165_000 } })
    expect(figures.levels).toEqual([1, 2, 3])
    expect(figures.arrears.map(({ regionCode, level, members, amount }) => ({ regionCode, level, members, amount }))).toEqual([
      { regionCode: codeA, level: 1, members: 1, amount: 35_000 },
      { regionCode: codeA, level: 2, members: 1, amount: 40_000 },
      { regionCode: codeA, level: 3, members: 1, amount: 90_000 },
    ])
  })

  it('for the treasurer cover every region; a coordinator gets their own region whatever they ask', async () => {
    const all = await figuresAs(treasurer.user, null)
    expect(all.arrears.filter((row) => row.regionId === regionB)).toMatchObject([{ level: 1, members: 1, amount: 45_000 }])
    expect(all.arrears.filter((row) => row.regionId === regionA)).toHaveLength(3)
    expect(all.outstanding.overdue.amount).toBeGreaterThanOrEqual(165_000 + 45_000)

    expect(duesScopeOf(treasurer.user)).toEqual({ region: null, detail: true })
    expect(duesScopeOf(coordinatorA)).toEqual({ region: regionA, detail: false })
    const seededCoordinator = await as(payload, 'coordinator')
    expect(duesScopeOf(seededCoordinator.user)).toEqual({ region: seeded().regions.home, detail: false })
    for (const role of ['editor', 'member', 'admin', 'contributor', 'candidate']) expect(duesScopeOf((await as(payload, role)).user), role).toBeNull()
  })
})

const recapHeaders = ['Periode', 'Kode wilayah', 'Wilayah', 'Jenis tagihan', 'Tagihan', 'Ditagihkan (Rp)', 'Lunas (tagihan)', 'Lunas (Rp)', 'Belum dibayar (tagihan)', 'Belum dibayar (Rp)', 'Menunggak (tagihan)', 'Menunggak (Rp)', 'Dibebaskan (tagihan)', 'Dibebaskan (Rp)']
const recapA = [
  ['2039-01', codeA, `Wilayah ${codeA}`, 'Bulanan', '4', '130000', '2', '80000', '0', '0', '1', '30000', '1', '20000'],
  ['2039-02', codeA, `Wilayah ${codeA}`, 'Bulanan', '4', '130000', '1', '45000', '0', '0', '3', '85000', '0', '0'],
  ['2039-03', codeA, `Wilayah ${codeA}`, 'Bulanan', '4', '130000', '0', '0', '2', '80000', '2', '50000', '0', '0'],
]

describe('reports', () => {
  it('the recap of a region parses back with the expected rows and a total, as CSV and XLSX', async () => {
    const path = `/dues-bills/report?kind=recap&from=2039-01&to=2039-03&region=${regionA}`
    const { res, table } = await csvOf(`${path}&format=csv`, treasurer.token)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="iuran-rekap-${codeA.toLowerCase()}-2039-01_2039-03\\.csv"`))
    expect(table.headers).toEqual(recapHeaders)
    expect(table.rows).toEqual([...recapA, ['Jumlah', '', '', '', '12', '390000', '3', '125000', '2', '80000', '6', '165000', '1', '20000']])

    const xlsx = await download(`${path}&format=xlsx`, treasurer.token)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx"')
    const sheet = await readTable(xlsx.data, 'xlsx')
    expect(sheet.headers).toEqual(recapHeaders)
    expect(sheet.rows.slice(0, 3)).toEqual(recapA)
  })

  it('one month by year and month; the treasurer’s whole recap has every region', async () => {
    const { table } = await csvOf(`/dues-bills/report?format=csv&year=2039&month=2&region=${regionB}`, treasurer.token)
    expect(table.rows).toEqual([
      ['2039-02', codeB, `Wilayah ${codeB}`, 'Bulanan', '1', '45000', '1', '45000', '0', '0', '0', '0', '0', '0'],
      ['Jumlah', '', '', '', '1', '45000', '1', '45000', '0', '0', '0', '0', '0', '0'],
    ])
    const whole = await csvOf('/dues-bills/report?format=csv&year=2039', treasurer.token)
    expect(whole.res.headers.get('content-disposition')).toContain('iuran-rekap-semua-2039-01_2039-12.csv')
    const codes = new Set(whole.table.rows.map((row) => row[1]))
    expect(codes.has(codeA) && codes.has(codeB)).toBe(true)
    expect(whole.table.rows.filter((row) => row[1] === codeA)).toEqual(recapA)
  })

  it('the bill lines guard cells a spreadsheet would run as formulas', async () => {
    const { table } = await csvOf(`/dues-bills/report?format=csv&kind=bills&year=2039&month=1&region=${regionA}`, treasurer.token)
    expect(table.headers.slice(0, 3)).toEqual(['Kode pembayaran', 'No. anggota', 'Nama'])
    expect(table.rows).toHaveLength(4)
    const line = table.rows.find((row) => row[2].includes('HYPERLINK'))!
    expect(line[2]).toBe(`'${formulaName}`)
    expect(line.slice(5, 8)).toEqual(['2039-01', 'Bulanan', '45000'])
    expect(line[10]).toBe('Lunas')
    expect(table.rows.map((row) => row[10]).sort()).toEqual(['Dibebaskan', 'Lunas', 'Lunas', 'Menunggak'])
    // In the XLSX the name is text, not a formula.
    const xlsx = await download(`/dues-bills/report?format=xlsx&kind=bills&year=2039&month=1&region=${regionA}`, treasurer.token)
    expect((await readTable(xlsx.data, 'xlsx')).rows.map((row) => row[2])).toContain(formulaName)
  })

  it('a coordinator gets their own region’s recap only', async () => {
    const { table } = await csvOf('/dues-bills/report?format=csv&from=2039-01&to=2039-03', coordinatorA.token)
    expect(table.rows).toEqual([...recapA, ['Jumlah', '', '', '', '12', '390000', '3', '125000', '2', '80000', '6', '165000', '1', '20000']])
    expect((await csvOf(`/dues-bills/report?format=csv&year=2039&region=${regionA}`, coordinatorA.token)).table.rows).toHaveLength(4)
    const other = await download(`/dues-bills/report?format=csv&year=2039&region=${regionB}`, coordinatorA.token)
    expect(other.status).toBe(403)
    expect(errorOf(other)).toBe('Anda hanya berhak atas rekap wilayah Anda sendiri.')
    expect((await download('/dues-bills/report?format=csv&year=2039&kind=bills', coordinatorA.token)).status).toBe(403)
    // The seeded coordinator, of another region, sees none of this file's regions.
    const seededCoordinator = await as(payload, 'coordinator')
    const theirs = await csvOf('/dues-bills/report?format=csv&year=2039', seededCoordinator.token)
    expect(theirs.table.rows.some((row) => row[1] === codeA || row[1] === codeB)).toBe(false)
  })

  it('editors, members and admins are refused; visitors must sign in', async () => {
    for (const role of ['editor', 'member', 'admin', 'contributor', 'candidate']) {
      const who = await as(payload, role)
      expect((await download('/dues-bills/report?format=csv&year=2039', who.token)).status, role).toBe(403)
    }
    expect((await download('/dues-bills/report?format=csv&year=2039', a1.token)).status).toBe(403)
    expect((await download('/dues-bills/report?format=csv&year=2039')).status).toBe(401)
  })

  it('answers 400 with a clear message for bad parameters', async () => {
    const cases: Array<[string, string]> = [
      ['format=pdf', 'Format harus xlsx atau csv.'],
      ['kind=semua', 'Jenis laporan harus recap atau bills.'],
      ['year=20x9', 'Tahun harus empat angka, mis. 2026.'],
      ['month=3', 'Tahun harus empat angka, mis. 2026.'],
      ['year=2039&month=13', 'Periode harus antara 2000-01 dan 2100-12.'],
      ['year=2039&month=x', 'Bulan harus 1–12.'],
      ['from=2039-01', 'Rentang harus berupa from dan to dalam bentuk TTTT-BB, mis. 2026-01.'],
      ['from=2039-1&to=2039-03', 'Rentang harus berupa from dan to dalam bentuk TTTT-BB, mis. 2026-01.'],
      ['from=2039-05&to=2039-01', 'Awal periode harus sebelum akhirnya.'],
      ['from=2000-01&to=2020-01', 'Paling banyak 120 bulan sekaligus.'],
      ['year=2039&from=2039-01&to=2039-02', 'Pilih tahun/bulan atau rentang dari–sampai, bukan keduanya.'],
      ['year=2039&region=abc', 'Wilayah tidak valid.'],
      ['year=2039&region=99999999', 'Wilayah tidak ditemukan.'],
    ]
    for (const [query, message] of cases) {
      const res = await download(`/dues-bills/report?${query}`, treasurer.token)
      expect(res.status, query).toBe(400)
      expect(errorOf(res), query).toBe(message)
    }
    const english = await download('/dues-bills/report?from=2039-05&to=2039-01', treasurer.token, { 'accept-language': 'en' })
    expect(english.status).toBe(400)
    expect(errorOf(english)).toBe('The start of the period must come before its end.')
  })
})
