/** The plugin's contract with membership: configuration, registration dues, approval, the import's rates. */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Config } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { duesPlugin } from '../../../plugins/dues'
import { registrationDuesOf, type MemberRecord } from '../../../src/plugin-kit'
import { as, testPayload, unique } from '../../helpers/api'
import { memberRows, memberSheet } from '../../helpers/member-sheet'
import { makePerson, storedMember } from '../membership/helpers'
import { billsOf, resetDues } from './helpers'

const payload = await testPayload()
afterAll(() => resetDues(payload))

describe('the dues plugin', () => {
  it('refuses to run without the membership plugin, and refuses bad options', () => {
    expect(() => duesPlugin()({ custom: {} } as unknown as Config)).toThrow(/plugin keanggotaan diperlukan — .* \/ the membership plugin is required/)
    const withMembership = { custom: { membership: {} } } as unknown as Config
    expect(() => duesPlugin({ dueDay: 31 })(withMembership)).toThrow(/dueDay/)
    expect(() => duesPlugin({ uniqueCodeRange: [5, 1] })(withMembership)).toThrow(/uniqueCodeRange/)
    expect(() => duesPlugin({ timezone: 'Mars/Olympus' })(withMembership)).toThrow(/zona waktu/)
    expect(payload.config.custom.dues).toEqual({ dueDay: 10, uniqueCodeRange: [1, 999], timezone: 'Asia/Jakarta', arrearsSuspendAt: 3 })
  })

  it('quotes the registration dues from golongan or salary range, records the bill once, and approval pays it', async () => {
    const provider = registrationDuesOf(payload.config)!
    const req = await createLocalReq({}, payload)
    const person = await makePerson(payload, { extra: { salaryRange: '3_6' } })
    const member = (await storedMember(payload, person.memberId)) as unknown as MemberRecord
    expect(await provider.quote(req, member)).toEqual({ amount: 30000, label: { id: 'Iuran bulanan — Rp 3.000.001 - Rp 6.000.000', en: 'Monthly dues — Rp 3.000.001 - Rp 6.000.000' } })
    expect(await provider.quote(req, { ...member, golongan: 'IV' })).toMatchObject({ amount: 45000 })
    expect(await provider.quote(req, { ...member, salaryRange: null })).toBeNull()

    await provider.createRegistrationBill(req, member)
    await provider.createRegistrationBill(req, member)
    const [bill, ...more] = await billsOf(payload, person.memberId)
    expect(more).toEqual([])
    expect(bill).toMatchObject({ billType: 'registration', billAmount: 30000, billStatus: 'unpaid' })
    expect(bill.paymentCode).toMatch(/^REG-\d{4}-[0-9A-F]{5,}$/)

    const admin = await as(payload, 'admin')
    expect((await admin.rest('POST', `/members/${person.memberId}/approve`, {})).status).toBe(200)
    expect((await billsOf(payload, person.memberId))[0]).toMatchObject({ billStatus: 'paid' })
    expect(await storedMember(payload, person.memberId)).toMatchObject({ duesStatus: 'paid' })
  })

  it('gives imported members the rate their row names, and fails a row naming an unknown one', async () => {
    const importer = await as(payload, 'super_admin')
    const tag = unique('tarif')
    const rows = memberRows(3, tag, ['HOME'])
    const upload = async (mode: string) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await memberSheet(rows, 'csv'))], { type: 'text/csv' }), 'anggota.csv')
      return importer.rest<{ errorRows: number; imported: number; errors: Array<{ row: number; reason: string }>; notices: string[] }>('POST', `/members/import?mode=${mode}`, form)
    }
    Object.assign(rows[0], { duesRate: 'GOL4' })
    Object.assign(rows[1], { duesRate: 'GAJI1' })
    Object.assign(rows[2], { duesRate: 'TIDAKADA' })
    const dry = await upload('dry-run')
    expect(dry.body).toMatchObject({ errorRows: 1, notices: [] })
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 4, reason: expect.stringMatching(/Tarif iuran "TIDAKADA" tidak dikenal/) })])

    rows[2].duesRate = null
    expect((await upload('commit')).body).toMatchObject({ imported: 3 })
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const { rows: rates } = await db.execute<{ code: string | null }>(sql`
      SELECT r.code FROM members m JOIN users u ON u.id = m.user_id LEFT JOIN dues_rates r ON r.id = m.dues_rate_id
       WHERE u.email LIKE ${`${tag}-%`} ORDER BY m.id`)
    expect(rates.map((rate) => rate.code)).toEqual(['GOL4', 'GAJI1', null])
    await db.execute(sql`DELETE FROM members WHERE user_id IN (SELECT id FROM users WHERE email LIKE ${`${tag}-%`})`)
    await db.execute(sql`DELETE FROM users WHERE email LIKE ${`${tag}-%`}`)
  })
})
