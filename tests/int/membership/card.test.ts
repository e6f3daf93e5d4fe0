/** Member cards: the signed QR token, its check (tampered → invalid, disabled → shown so), the key and the PDF. */
import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { cardOf, cardValidUntil, checkCard } from '../../../plugins/membership/card/card'
import { cardPublicKeyPem, signCard, verifyCard } from '../../../plugins/membership/card/token'
import type { Member } from '../../../payload-types'
import { as, rest, testPayload } from '../../helpers/api'
import { makePerson, signIn, storedMember } from './helpers'

const payload = await testPayload()
const admin = await as(payload, 'admin')

const approvedMember = async () => {
  const person = await makePerson(payload, { state: 'approved', extra: { joinedAt: new Date().toISOString() } })
  return { person, member: (await storedMember(payload, person.memberId)) as Member }
}

const tamper = (token: string) => {
  const [payloadPart, signature] = token.split('.')
  const claim = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()) as Record<string, unknown>
  return `${Buffer.from(JSON.stringify({ ...claim, v: '2099-12-31' })).toString('base64url')}.${signature}`
}

describe('the card token', () => {
  it('verifies with the published public key alone (offline), and not once changed', async () => {
    const token = signCard({ memberId: 7, memberNumber: 'SPK-2026-00007', validUntil: '2027-01-31' })
    expect(verifyCard(token)).toEqual({ memberId: 7, memberNumber: 'SPK-2026-00007', validUntil: '2027-01-31' })

    const res = await rest<string>('GET', '/members/card-key')
    expect(res.status).toBe(200)
    expect(res.body).toBe(cardPublicKeyPem())
    const [payloadPart, signature] = token.split('.')
    const key = crypto.createPublicKey(res.body)
    expect(crypto.verify(null, Buffer.from(payloadPart), key, Buffer.from(signature, 'base64url'))).toBe(true)

    expect(verifyCard(tamper(token))).toBeNull()
    // A changed signature byte (mid-string: the last characters partly carry padding bits).
    const otherSignature = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    expect(verifyCard(`${payloadPart}.${otherSignature}`)).toBeNull()
    expect(verifyCard('tidak-ada-titik')).toBeNull()
    expect(verifyCard(`${payloadPart}.${signature}.x`)).toBeNull()
  })

  it('a signature from another key is refused', () => {
    const { privateKey } = crypto.generateKeyPairSync('ed25519')
    const payloadPart = Buffer.from(JSON.stringify({ m: 1, n: 'SPK-2026-00001', v: '2027-01-01' })).toString('base64url')
    const forged = `${payloadPart}.${crypto.sign(null, Buffer.from(payloadPart), privateKey).toString('base64url')}`
    expect(verifyCard(forged)).toBeNull()
  })

  it('the validity runs in periods from the day the member joined', () => {
    const now = new Date('2026-11-22T00:00:00Z')
    expect(cardValidUntil('2026-03-15T03:00:00Z', 12, now)).toBe('2027-03-15')
    expect(cardValidUntil('2023-03-15T03:00:00Z', 12, now)).toBe('2027-03-15')
    expect(cardValidUntil('2026-10-01T03:00:00Z', 1, now)).toBe('2026-12-01')
  })
})

describe('the card check', () => {
  it('a genuine card shows the name, number and current status; a disabled member shows as disabled', async () => {
    const { person, member } = await approvedMember()
    const card = await cardOf(payload, member)
    const check = await checkCard(payload, card.token)
    expect(check).toMatchObject({ valid: true, expired: false, fullName: member.fullName, memberNumber: member.memberNumber, status: 'active' })
    expect(await checkCard(payload, tamper(card.token))).toEqual({ valid: false })

    expect((await admin.rest('POST', `/members/${person.memberId}/disable`, { reason: 'Uji kartu' })).status).toBe(200)
    expect(await checkCard(payload, card.token)).toMatchObject({ valid: true, status: 'disabled' })
  })

  it('a card whose number no longer matches the member is invalid; a past validity shows as expired', async () => {
    const { member } = await approvedMember()
    const wrongNumber = signCard({ memberId: member.id, memberNumber: 'SPK-1999-00001', validUntil: '2099-01-01' })
    expect(await checkCard(payload, wrongNumber)).toEqual({ valid: false })
    const old = signCard({ memberId: member.id, memberNumber: member.memberNumber!, validUntil: '2020-01-01' })
    expect(await checkCard(payload, old)).toMatchObject({ valid: true, expired: true })
  })
})

describe('the card PDF', () => {
  it('is an attachment for the active member, refused to candidates and to visitors', async () => {
    const { person, member } = await approvedMember()
    const res = await rest<string>('GET', '/members/card.pdf', undefined, { token: await signIn(person.email) })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain(`kartu-anggota-${member.memberNumber}.pdf`)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(String(res.body).startsWith('%PDF-')).toBe(true)

    const candidate = await makePerson(payload, { state: 'email_verified' })
    expect((await rest('GET', '/members/card.pdf', undefined, { token: await signIn(candidate.email) })).status).toBe(403)
    expect((await rest('GET', '/members/card.pdf')).status).toBe(401)
  })
})
