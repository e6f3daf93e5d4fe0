/**
 * Pool starvation: a burst of anonymous writes must not take the API down. No request waits for
 * a second connection while holding one, so the burst is served; when every connection really is
 * taken, the API answers 503 with Retry-After; the server ends what a stuck request would hold.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { contactFormData } from '../../../collections/ContactInbox/contactForm'
import { rest, testPayload, unique } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'

const payload = await testPayload()
const { pool } = payload.db as unknown as PostgresAdapter
const configuredTimeout = pool.options.connectionTimeoutMillis
afterEach(() => {
  pool.options.connectionTimeoutMillis = configuredTimeout
})
// The burst queued confirmation and verification emails: sent now, they hold up no later test.
afterAll(() => runJobs(payload, { quiet: true }))

/** Rejects after `ms`: a hung request must fail the test, not the run. */
const within = async <T>(ms: number, what: string, promise: Promise<T>) => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

const idleInTransaction = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    )
    return rows[0].n
  } finally {
    await client.end()
  }
}

/** Checks out connections until the pool has none left (the adapter keeps one for itself). */
const takeEveryConnection = async () => {
  const taken: pg.PoolClient[] = []
  for (;;) {
    try {
      taken.push(await pool.connect())
    } catch {
      return taken
    }
  }
}

const BURST = 100
/** Each from its own address, so no rate limit cuts the burst short. */
const ipOf = (index: number) => `10.140.${Math.floor(index / 250)}.${(index % 250) + 1}`
const email = () => `${unique('serbu')}@test.balai.test`

describe('100 simultaneous anonymous sign-ups, password resets and form posts', () => {
  let formId: number
  beforeAll(async () => {
    formId = (await payload.create({ collection: 'forms', data: { ...contactFormData(), key: unique('kontak-') }, overrideAccess: true })).id
  })

  const attacks: Array<(ip: string) => ReturnType<typeof rest>> = [
    (ip) => rest('POST', '/users/forgot-password', { email: email() }, { ip }),
    (ip) => rest('POST', '/users', { email: email(), password: 'serbuan-kuat-1', name: 'Penyerbu' }, { ip }),
    (ip) =>
      rest(
        'POST',
        '/form-submissions',
        {
          form: formId,
          submissionData: [
            { field: 'name', value: 'Penyerbu' },
            { field: 'email', value: email() },
            { field: 'subject', value: 'Serbuan' },
            { field: 'message', value: 'Banyak sekali pesan sekaligus.' },
          ],
        },
        { ip },
      ),
    (ip) => rest('POST', '/members/register', { fullName: 'Penyerbu', email: email(), password: 'serbuan-kuat-1', passwordConfirm: 'serbuan-kuat-1' }, { ip }),
    (ip) => rest('POST', '/subscribers/subscribe', { email: email() }, { ip }),
  ]

  it('are all served, then a normal read answers, and no connection is left idle in transaction', async () => {
    // Patient enough that only a request waiting on itself (holding a connection while asking
    // for another) could run out of time: then it would answer 503, which fails this test.
    pool.options.connectionTimeoutMillis = 60_000
    const answers = await within(
      90_000,
      'the burst',
      Promise.all(Array.from({ length: BURST }, (_, index) => attacks[index % attacks.length](ipOf(index)))),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => ![200, 201, 202, 403].includes(status))).toEqual([])

    const read = await within(5_000, 'a read after the burst', rest('GET', '/regions'))
    expect(read.status).toBe(200)
    expect(await idleInTransaction()).toBe(0)
  })
})

describe('a request while every connection is taken', () => {
  it('is answered 503 with Retry-After, and the API serves again once connections are free', async () => {
    pool.options.connectionTimeoutMillis = 300
    const taken = await takeEveryConnection()
    try {
      const busy = await within(10_000, 'a request to a full pool', rest('POST', '/users/forgot-password', { email: email() }, { ip: '10.141.0.1' }))
      expect(busy.status).toBe(503)
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      for (const client of taken) client.release()
    }
    expect((await rest('GET', '/regions')).status).toBe(200)
  })
})

describe("the app's database connections", () => {
  it('have the server end long statements and transactions left idle', async () => {
    const { rows } = await pool.query<{ statement: string; idle: string }>(
      "SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle",
    )
    expect(rows[0].statement).not.toBe('0')
    expect(rows[0].idle).not.toBe('0')
  })
})
