/**
 * Formula injection through an export: a member's name that a spreadsheet would run as a formula
 * (after leading spaces, or written with full-width signs) arrives as text.
 */
import { describe, expect, it } from 'vitest'

import * as restRoute from '../../../src/app/(payload)/api/[...slug]/route'
import { CLIENT_IP_HEADER } from '../../../src/lib/client-ip'
import { as, testPayload, unique } from '../../helpers/api'
import { readTable } from '../../helpers/member-sheet'
import { makePerson } from '../membership/helpers'

const payload = await testPayload()

const download = async (path: string, token: string) => {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const headers = new Headers({ [CLIENT_IP_HEADER]: '127.0.0.1', authorization: `JWT ${token}` })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  return { status: response.status, data: Buffer.from(await response.arrayBuffer()) }
}

const names = ['  =HYPERLINK("http://evil.test","klik")', '\t+1+1', ' -2+3', '＝1+1', '＋SUM(A1)', '－1', '＠SUM(A1)', '　=1+1']

describe('a member named like a formula, exported as CSV', () => {
  it('comes out with a leading apostrophe, so the spreadsheet keeps it as text', async () => {
    const code = unique('F').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 20)
    const region = await payload.create({ collection: 'regions', data: { code, name: `Wilayah ${code}` }, overrideAccess: true })
    for (const fullName of [...names, 'Siti Rahmawati']) await makePerson(payload, { state: 'approved', region: region.id, extra: { fullName } })

    const superAdmin = await as(payload, 'super_admin')
    const res = await download(`/members/export?format=csv&region=${region.id}`, superAdmin.token)
    expect(res.status).toBe(200)
    const table = await readTable(res.data, 'csv')
    const exported = table.rows.map((row) => row[table.headers.indexOf('Nama lengkap')]).sort()
    expect(exported).toEqual([...names.map((name) => `'${name}`), 'Siti Rahmawati'].sort())
  })
})
