/**
 * Rate-limit races: a burst of simultaneous attempts gets exactly the limit through, and every
 * other attempt is refused with 429 and Retry-After, because counting and deciding is one statement.
 */
import { describe, expect, inject, it } from 'vitest'

import { limits } from '../../../src/lib/rate-limit'
import { rest, testPayload, unique } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))

const burst = <T>(size: number, attempt: (index: number) => Promise<T>) => Promise.all(Array.from({ length: size }, (_, index) => attempt(index)))

type Answer = { status: number; headers: Headers }

/** How many got through, and whether every other one was refused with 429 and a Retry-After. */
const tally = (answers: Answer[], passed: number) => {
  const through = answers.filter((answer) => answer.status === passed).length
  const refused = answers.filter((answer) => answer.status === 429 && Number(answer.headers.get('retry-after')) > 0).length
  return { through, refused }
}

describe('200 simultaneous failed logins from one IP', () => {
  it('checks exactly the limit and refuses the rest with 429', async () => {
    const ip = '10.150.0.1'
    const answers = await burst(200, () => rest('POST', '/users/login', { email: `${unique('tebak')}@test.balai.test`, password: 'tebakan-salah-1' }, { ip }))
    expect(tally(answers, 401)).toEqual({ through: limits.loginIp.max, refused: 200 - limits.loginIp.max })
  })
})

describe('30 simultaneous newsletter sign-ups of one address', () => {
  it('send exactly the limit of confirmation emails and refuse the rest with 429', async () => {
    const email = `${unique('banjir')}@test.balai.test`
    const answers = await burst(30, (index) => rest('POST', '/subscribers/subscribe', { email }, { ip: `10.151.0.${index + 1}` }))
    expect(tally(answers, 202)).toEqual({ through: limits.subscribeAddress.max, refused: 30 - limits.subscribeAddress.max })

    await runJobs(payload)
    expect(await mail.find({ to: email, subject: 'Konfirmasi langganan' })).toHaveLength(limits.subscribeAddress.max)
  })
})
