/**
 * A member suspended for arrears keeps an active membership record, but the card follows the
 * account: the download refuses with why and what to do, and the card check says "Ditangguhkan".
 */
import { describe, expect, it } from 'vitest'

import { cardOf, cardStatusLabels, checkCard } from '../../../plugins/membership/card/card'
import type { Member } from '../../../payload-types'
import { rest, testPayload } from '../../helpers/api'
import { makePerson, signIn, storedMember } from '../membership/helpers'

const payload = await testPayload()

/** As the arrears enforcement leaves them: member record untouched, account suspended. */
const suspendedForArrears = async () => {
  const person = await makePerson(payload, { state: 'approved', extra: { joinedAt: new Date().toISOString() } })
  const card = await cardOf(payload, (await storedMember(payload, person.memberId)) as Member)
  await payload.update({ collection: 'users', id: person.userId, data: { accountStatus: 'suspended' }, overrideAccess: true })
  return { person, card }
}

describe('a member suspended for arrears downloading their card', () => {
  it('is refused with 403 and told to pay the arrears, in both languages', async () => {
    const { person } = await suspendedForArrears()
    const token = await signIn(person.email)
    const id = await rest<{ errors: Array<{ message: string }> }>('GET', '/members/card.pdf', undefined, { token })
    expect(id.status).toBe(403)
    expect(id.body.errors[0].message).toMatch(/ditangguhkan.*tunggakan iuran/s)
    const en = await rest<{ errors: Array<{ message: string }> }>('GET', '/members/card.pdf', undefined, { token, headers: { 'accept-language': 'en' } })
    expect(en.body.errors[0].message).toMatch(/suspended.*arrears/s)
  })
})

describe('/verifikasi/<token> for a suspended account', () => {
  it('reports "Ditangguhkan", never "Aktif"', async () => {
    const { person, card } = await suspendedForArrears()
    const check = await checkCard(payload, card.token)
    expect(check).toMatchObject({ valid: true, status: 'suspended' })
    expect(check.valid && cardStatusLabels[check.status]).toEqual({ id: 'Ditangguhkan', en: 'Suspended' })

    await payload.update({ collection: 'users', id: person.userId, data: { accountStatus: 'active' }, overrideAccess: true })
    expect(await checkCard(payload, card.token)).toMatchObject({ valid: true, status: 'active' })
  })
})
