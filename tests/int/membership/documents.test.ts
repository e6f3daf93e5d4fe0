/** Private member documents: upload checks, and downloads only for those who may read them. */
import { describe, expect, it } from 'vitest'

import { as, multipart, rest, seeded, testPayload } from '../../helpers/api'
import { pdfFile, pngFile } from '../../helpers/files'
import { makePerson, signIn } from './helpers'

const payload = await testPayload()
const coordinator = await as(payload, 'coordinator')
const admin = await as(payload, 'admin')

const owner = await makePerson(payload, { state: 'approved' })
const ownerToken = await signIn(owner.email)
const other = await makePerson(payload, { state: 'approved' })
const otherToken = await signIn(other.email)

type Doc = { id: number; filename: string; owner: number; region: number; checksumSha256: string; mimeType: string }

const upload = (token: string, data: Record<string, unknown>, file: Parameters<typeof multipart>[1]) =>
  rest<{ doc?: Doc; errors?: Array<{ message: string }> }>('POST', '/member-documents?depth=0', multipart(data, file), { token })

describe('member documents', () => {
  it('a member uploads their own proof; the owner and region are the member’s', async () => {
    const res = await upload(ownerToken, { member: owner.memberId, owner: owner.userId, docType: 'id_proof' }, await pngFile('ktp saya.png'))
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ owner: owner.userId, region: seeded().regions.home, mimeType: 'image/png' })
    expect(res.body.doc!.checksumSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses uploads for someone else, files that are not JPG/PNG/PDF, and files over 2 MB', async () => {
    const forOther = await upload(ownerToken, { member: other.memberId, owner: owner.userId, docType: 'id_proof' }, await pngFile())
    expect(forOther.status).toBe(400)
    const gif = { data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), name: 'a.gif', mimetype: 'image/gif' }
    const wrongType = await upload(ownerToken, { member: owner.memberId, owner: owner.userId, docType: 'id_proof' }, gif)
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.errors?.[0].message).toBe('Jenis berkas tidak diterima: hanya JPG, PNG atau PDF.')
    const big = pdfFile('besar')
    const tooBig = await upload(ownerToken, { member: owner.memberId, owner: owner.userId, docType: 'other' }, { ...big, data: Buffer.concat([big.data, Buffer.alloc(2 * 1024 * 1024)]) })
    expect(tooBig.status).toBe(400)
    expect(tooBig.body.errors?.[0].message).toContain('2 MB')
  })

  it('downloads for the owner and staff of the region only, never from the static file route', async () => {
    const { body } = await upload(ownerToken, { member: owner.memberId, owner: owner.userId, docType: 'dues_payment_proof' }, pdfFile('bukti', 'bukti bayar.pdf'))
    const doc = body.doc!
    const download = (token?: string) => rest('GET', `/member-documents/${doc.id}/download`, undefined, { token })

    for (const token of [ownerToken, coordinator.token, admin.token]) {
      const res = await download(token)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bukti bayar.pdf"; filename*=UTF-8''bukti%20bayar.pdf`)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
    }
    expect((await download(otherToken)).status).toBe(404)
    expect((await download()).status).toBe(404)
    expect((await rest('GET', `/member-documents/file/${doc.filename}`, undefined, { token: admin.token })).status).toBe(403)

    // A coordinator of another region: the document is not theirs to see.
    const awayPerson = await makePerson(payload, { state: 'approved', region: seeded().regions.away })
    const awayToken = await signIn(awayPerson.email)
    const awayDoc = (await upload(awayToken, { member: awayPerson.memberId, owner: awayPerson.userId, docType: 'id_proof' }, await pngFile())).body.doc!
    expect((await rest('GET', `/member-documents/${awayDoc.id}/download`, undefined, { token: coordinator.token })).status).toBe(404)
  })

  it('staff review a document; reviewer and time are stamped; the member cannot review their own', async () => {
    const { body } = await upload(ownerToken, { member: owner.memberId, owner: owner.userId, docType: 'employee_card' }, await pngFile())
    expect((await rest('PATCH', `/member-documents/${body.doc!.id}`, { reviewStatus: 'approved' }, { token: ownerToken })).status).toBe(403)
    const res = await coordinator.rest<{ doc: Record<string, unknown> }>('PATCH', `/member-documents/${body.doc!.id}?depth=0`, { reviewStatus: 'approved', reviewNote: 'Jelas.' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ reviewStatus: 'approved', reviewer: coordinator.id, reviewNote: 'Jelas.' })
    expect(res.body.doc.reviewedAt).toBeTruthy()
  })
})
