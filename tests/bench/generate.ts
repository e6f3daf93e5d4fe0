import crypto from 'node:crypto'

import type pg from 'pg'

export type Account = { id: number; email: string; password: string }

/**
 * One super admin through Payload's Local API in this process, so the password hash, the role
 * checks and the account's own audit entry are exactly what the app writes. Payload runs with
 * NODE_ENV=production here only so it skips dev-time work (type generation in a child process,
 * the HMR socket) that would otherwise still be running when the measurements start.
 */
export const createSuperAdmin = async (env: { databaseUrl: string; dataDir: string }): Promise<Account> => {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URL: env.databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    BALAI_DATA_DIR: env.dataDir,
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { closePayload } = await import('../../src/lib/db/boot')
  const payload = await getPayload({ config })
  try {
    const { docs } = await payload.find({
      collection: 'roles',
      where: { name: { equals: 'super_admin' } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    const email = 'superadmin@bench.balai.test'
    const password = `Bench-${crypto.randomBytes(12).toString('hex')}-1`
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password, name: 'Bench Super Admin', role: docs[0].id, accountStatus: 'active' },
    })
    return { id: user.id, email, password }
  } finally {
    await closePayload(payload)
  }
}

/** `count` active members, set-based; they have no password (nobody logs in as them). */
export const generateMembers = async (pool: pg.Pool, count: number): Promise<number[]> => {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO users (name, email, role_id, account_status)
     SELECT 'Anggota Bench ' || i, 'member-' || i || '@bench.balai.test',
            (SELECT id FROM roles WHERE name = 'member'), 'active'
       FROM generate_series(1, $1::int) AS i
     RETURNING id`,
    [count],
  )
  return rows.map((row) => row.id)
}

/**
 * `count` audit entries spread over `actorIds` and one per minute back in time, shaped like the
 * ones writeAudit records for account changes.
 */
export const generateAuditLogs = async (pool: pg.Pool, count: number, actorIds: number[]) => {
  await pool.query(
    `INSERT INTO audit_logs
       (actor_id, actor_type, action, target_type, target_id, old_values, new_values,
        ip_address, user_agent, created_at, updated_at)
     SELECT ($2::int[])[1 + i % cardinality($2::int[])], 'member',
            (ARRAY['user.created', 'account.active', 'user.role_changed', 'user.region_changed'])[1 + i % 4],
            'users', (i % 997)::text,
            jsonb_build_object('accountStatus', 'pending', 'region', i % 7),
            jsonb_build_object('accountStatus', 'active', 'region', (i + 1) % 7),
            '10.0.' || (i / 256) % 256 || '.' || i % 256,
            'Mozilla/5.0 (X11; Linux x86_64) Balai bench',
            now() - make_interval(mins => i), now() - make_interval(mins => i)
       FROM generate_series(1, $1::int) AS i`,
    [count, actorIds],
  )
}

/** Fresh planner statistics, as a long-lived database would have. */
export const analyze = async (pool: pg.Pool) => {
  await pool.query('ANALYZE users, audit_logs')
}
