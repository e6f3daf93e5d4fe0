/**
 * `npx tsx tests/bench/outreach-broadcast.ts` (also `npm run bench:outreach`): a broadcast to a
 * region of 5,000 members through the outreach plugin's real path, in this process on a
 * throw-away database, against floors measured in the same run:
 *
 * (a) fan-out — the broadcast created through the Local API as a super admin (its hooks queue the
 *     fan-out job) and that job run, until its 5,000 notifications exist; floor: a broadcast row
 *     and the same 5,000 notification rows in a raw `INSERT … SELECT` through `pg`, one transaction.
 * (b) email — the queued email batch jobs run as the job worker runs them, until all 5,000
 *     messages reached a loopback SMTP server; floor: nodemailer, pooled as `src/lib/email.ts`
 *     sets it up, sending the same 5,000 messages straight to the same server.
 *
 * Speed is reported, never asserted; wrong counts (not exactly the 5,000 members) fail the run.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import nodemailer from 'nodemailer'

import { startSmtpServer } from '../helpers/smtp'
import { generateMemberRecords, generateRegions } from './generate'
import { runInProcessBench } from './in-process'

const MEMBERS = 5_000
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3
const TITLE = 'Rapat anggota wilayah'
const BODY = 'Rapat anggota hari Sabtu pukul 09.00 di balai wilayah.\nMohon hadir tepat waktu.'

/** The floor's notifications: the region's active members with active accounts, as the fan-out selects them. */
const floorSql = `
  WITH b AS (
    INSERT INTO broadcasts (title, body, audience, region_id, send_email, status, updated_at, created_at)
    VALUES ($1, $2, 'region', $3, false, 'sent', now(), now()) RETURNING id
  )
  INSERT INTO notifications (recipient_id, broadcast_id, title, body, created_at, updated_at)
  SELECT u.id, b.id, $1, $2, now(), now()
  FROM b, members m JOIN users u ON u.id = m.user_id AND u.account_status = 'active'
  WHERE m.region_id = $3 AND m.membership_status = 'active' AND m.deleted_at IS NULL`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The envelope recipients of every message the SMTP server stored in `dir` (one JSON file each). */
const receivedBy = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .flatMap((name) => (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { envelope: { to: string[] } }).envelope.to)

const emptyInbox = (dir: string) => {
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.json')) fs.rmSync(path.join(dir, name))
}

/** Exactly the expected recipients, each once, else the run fails. */
const checkRecipients = (what: string, got: Array<string | number>, expected: Set<string | number>) => {
  const distinct = new Set(got)
  if (got.length !== expected.size || distinct.size !== expected.size || [...expected].some((value) => !distinct.has(value))) {
    throw new Error(`${what}: ${got.length} (${distinct.size} distinct), expected exactly the ${expected.size} members of the region.`)
  }
}

// The app's email adapter reads SMTP_URL when the config is loaded: the server comes first.
const smtp = await startSmtpServer()
process.env.SMTP_URL = smtp.url

runInProcessBench('outreach-broadcast', async ({ payload, pool }) => {
  const { createLocalReq } = await import('payload')
  const { EMAIL_TASK, FAN_OUT_TASK } = await import('../../plugins/outreach/broadcasts/jobs')
  const { broadcastMail } = await import('../../plugins/outreach/broadcasts/send')
  try {
    console.info(`Generating ${MEMBERS.toLocaleString('en')} members in the broadcast's region and as many in another…`)
    const [region, other] = await generateRegions(pool, 2)
    await generateMemberRecords(pool, MEMBERS, [region], 'siar')
    await generateMemberRecords(pool, MEMBERS, [other], 'lain')
    await pool.query('VACUUM ANALYZE users, members')
    const expected = (await pool.query<{ id: number; email: string }>(`SELECT u.id, u.email FROM members m JOIN users u ON u.id = m.user_id WHERE m.region_id = $1`, [region])).rows
    if (expected.length !== MEMBERS) throw new Error(`${expected.length} members were generated, not ${MEMBERS}.`)
    const expectedIds = new Set(expected.map((row) => Number(row.id)))
    const expectedEmails = new Set(expected.map((row) => row.email.toLowerCase()))

    const { docs: roles } = await payload.find({ collection: 'roles', where: { name: { equals: 'super_admin' } }, overrideAccess: true, depth: 0, limit: 1 })
    const admin = await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'superadmin@bench.balai.test', name: 'Bench Super Admin', role: roles[0].id, accountStatus: 'active', password: `Bench-${crypto.randomBytes(12).toString('hex')}-1` } })
    const adminReq = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)

    const recipientsOf = async (broadcast: number) => (await pool.query<{ recipient_id: number }>('SELECT recipient_id FROM notifications WHERE broadcast_id = $1', [broadcast])).rows.map((row) => Number(row.recipient_id))
    // Every measurement starts from no notifications and no jobs, so neither pays for the other's rows.
    const empty = async () => {
      await pool.query('TRUNCATE notifications, payload_jobs CASCADE')
      await pool.query('VACUUM ANALYZE notifications, payload_jobs')
    }
    const timed = async (run: () => Promise<number>) => {
      await empty()
      const started = performance.now()
      const broadcast = await run()
      const seconds = (performance.now() - started) / 1000
      checkRecipients('notifications', await recipientsOf(broadcast), expectedIds)
      return { seconds, broadcast }
    }
    const floorFanOut = () =>
      timed(async () => {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          await client.query(floorSql, [TITLE, BODY, region])
          const { rows } = await client.query<{ id: number }>(`SELECT currval(pg_get_serial_sequence('broadcasts', 'id')) AS id`)
          await client.query('COMMIT')
          return Number(rows[0].id)
        } finally {
          client.release()
        }
      })
    // As the admin's POST /api/broadcasts, then the job worker's pick-up of the fan-out job alone.
    const pluginFanOut = () =>
      timed(async () => {
        const doc = await payload.create({ collection: 'broadcasts', data: { title: TITLE, body: BODY, audience: 'region', region, sendEmail: true, status: 'queued' }, req: adminReq, user: adminReq.user, overrideAccess: false, depth: 0 })
        await payload.jobs.run({ where: { taskSlug: { equals: FAN_OUT_TASK } }, limit: 1, silent: { info: true } })
        return doc.id
      })

    const fanOut = { floor: [] as number[], plugin: [] as number[] }
    let lastBroadcast = 0
    for (let round = 1; round <= ROUNDS; round++) {
      console.info(`Fan-out round ${round} of ${ROUNDS}…`)
      fanOut.floor.push((await floorFanOut()).seconds)
      const plugin = await pluginFanOut()
      fanOut.plugin.push(plugin.seconds)
      lastBroadcast = plugin.broadcast
    }

    // (b) The last plugin round left its notifications and email batch jobs: send them, after the floor.
    const broadcast = await payload.findByID({ collection: 'broadcasts', id: lastBroadcast, overrideAccess: true, depth: 0 })
    const batches = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: EMAIL_TASK } }, overrideAccess: true })
    const mail = broadcastMail(adminReq, broadcast)
    console.info(`Email: the floor, then ${batches.totalDocs} batch jobs…`)
    emptyInbox(smtp.dir)
    // The transport as src/lib/email.ts makes it: the SMTP URL with pool=true (five connections, 100 messages each).
    const transport = nodemailer.createTransport(`${smtp.url}?pool=true`)
    const from = `"${process.env.EMAIL_FROM_NAME ?? 'Balai'}" <${process.env.EMAIL_FROM ?? 'noreply@balai.test'}>`
    let started = performance.now()
    await Promise.all(expected.map((row) => transport.sendMail({ from, to: row.email, ...mail })))
    const floorEmail = (performance.now() - started) / 1000
    transport.close()
    checkRecipients('floor messages received', receivedBy(smtp.dir), expectedEmails)

    emptyInbox(smtp.dir)
    started = performance.now()
    // As the job worker's ticks (src/lib/jobs-worker.ts), back to back, until no batch is left.
    for (let tick = 0; ; tick++) {
      const left = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: EMAIL_TASK } }, { completedAt: { exists: false } }] }, overrideAccess: true })
      if (left.totalDocs === 0) break
      if (tick > 2 * batches.totalDocs) throw new Error(`${left.totalDocs} email batches are still not done.`)
      await payload.jobs.run({ allQueues: true, limit: 50, silent: { info: true } })
    }
    const pluginEmail = (performance.now() - started) / 1000
    checkRecipients('plugin messages received', receivedBy(smtp.dir), expectedEmails)
    const sent = await payload.findByID({ collection: 'broadcasts', id: lastBroadcast, overrideAccess: true, depth: 0 })
    if (sent.status !== 'sent' || sent.emailSent !== MEMBERS) throw new Error(`The broadcast says ${sent.status} with ${sent.emailSent} emails sent, not sent with ${MEMBERS}.`)

    const floorFan = median(fanOut.floor)
    const pluginFan = median(fanOut.plugin)
    const perSecond = (seconds: number) => Math.round(MEMBERS / seconds).toLocaleString('en')
    const rows: Array<[string, string, string, string]> = [
      ['', 'median s', 'best s', 'per s'],
      ['(a) floor: pg INSERT … SELECT, one transaction', floorFan.toFixed(3), Math.min(...fanOut.floor).toFixed(3), perSecond(floorFan)],
      ['(a) broadcast create + fan-out job', pluginFan.toFixed(3), Math.min(...fanOut.plugin).toFixed(3), perSecond(pluginFan)],
      ['(a) ratio plugin / floor (time)', `${(pluginFan / floorFan).toFixed(2)}×`, '', ''],
      ['(b) floor: pooled nodemailer, direct', floorEmail.toFixed(2), '', perSecond(floorEmail)],
      [`(b) ${batches.totalDocs} email batch jobs`, pluginEmail.toFixed(2), '', perSecond(pluginEmail)],
      ['(b) ratio plugin / floor (time)', `${(pluginEmail / floorEmail).toFixed(2)}×`, '', ''],
    ]
    const width = Math.max(...rows.map(([label]) => label.length)) + 2
    console.info(
      ['', `A broadcast to a region of ${MEMBERS.toLocaleString('en')} members (fan-out: ${ROUNDS} rounds, each from no notifications; email: one run each)`, ...rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(12)).join('')}`)].join('\n'),
    )

    return {
      members: MEMBERS,
      fanOut: { rounds: ROUNDS, seconds: fanOut, floorMedian: floorFan, pluginMedian: pluginFan, ratio: pluginFan / floorFan, rowsPerSecond: { floor: MEMBERS / floorFan, plugin: MEMBERS / pluginFan } },
      email: { batches: batches.totalDocs, seconds: { floor: floorEmail, plugin: pluginEmail }, ratio: pluginEmail / floorEmail, messagesPerSecond: { floor: MEMBERS / floorEmail, plugin: MEMBERS / pluginEmail } },
    }
  } finally {
    await smtp.stop()
    fs.rmSync(smtp.dir, { recursive: true, force: true })
  }
})
