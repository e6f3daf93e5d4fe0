/**
 * The plugin contract, tried by a plugin core has never heard of (./guestbook.ts): listed where
 * payload.config.ts lists plugins (before accessMatrixPlugin), it brings a collection, a
 * permission, a hook and a job, and they work with no change to core.
 *
 * Its table: a real plugin commits a migration made by `migrate:create`. The test cannot commit
 * one, so it does programmatically what that migration would hold, on a throw-away database:
 * the committed migrations first, then exactly the SQL the schema-drift check says the config
 * still needs (the plugin's table, its permission's and its job's enum values) — and afterwards
 * that check finds the database matching the config.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Config, type Payload, type Plugin, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { syncRoles } from '../../../src/lib/bootstrap'
import { closePayload } from '../../../src/lib/db/boot'
import { findSchemaDrift } from '../../../src/lib/db/schema-drift'
import { createTestDatabase, type TestDatabase } from '../../helpers/database'
import { GUESTBOOK, MODERATE } from './guestbook'

type Registry = typeof import('../../../src/access/registry')

/**
 * payload.config.ts as it is, with the guestbook plugin in the plugin list's slot for plugins
 * (just before accessMatrixPlugin). Loaded afresh, with the plugin, so they share core's modules.
 */
const configWithGuestbook = async (url: string): Promise<SanitizedConfig> => {
  let plugin: Plugin | undefined
  vi.doMock('../../../src/access/registry', async (importOriginal) => {
    const original = await importOriginal<Registry>()
    return { ...original, accessMatrixPlugin: () => async (config: Config) => original.accessMatrixPlugin()(await plugin!(config)) }
  })
  const shared = process.env.DATABASE_URL
  process.env.DATABASE_URL = url
  try {
    vi.resetModules()
    plugin = (await import('./guestbook')).guestbookPlugin()
    return (await import('../../../payload.config')).default
  } finally {
    process.env.DATABASE_URL = shared
  }
}

let database: TestDatabase
let payload: Payload

const userOf = async (role: string) => {
  const { docs } = await payload.find({ collection: 'roles', where: { name: { equals: role } }, overrideAccess: true, depth: 0 })
  const made = await payload.create({
    collection: 'users',
    data: { email: `${role}-${Date.now()}@plugin.balai.test`, password: 'rahasia-uji-123', name: `Uji ${role}`, role: docs[0].id, accountStatus: 'active' },
    overrideAccess: true,
  })
  return { ...(await payload.findByID({ collection: 'users', id: made.id, depth: 1, overrideAccess: true })), collection: 'users' as const }
}

const entries = GUESTBOOK as 'users'

beforeAll(async () => {
  database = await createTestDatabase()
  payload = await getPayload({ config: await configWithGuestbook(database.url), key: 'plugin-contract' })
  const { database: needed } = await findSchemaDrift(payload)
  // The plugin's own schema, nothing of anyone else's.
  expect(needed.length).toBeGreaterThan(0)
  for (const statement of needed) expect(statement).toMatch(/guestbook/)
  const { pool } = payload.db as unknown as PostgresAdapter
  for (const statement of needed) await pool.query(statement)
  await syncRoles(payload)
}, 120_000)

afterAll(async () => {
  vi.doUnmock('../../../src/access/registry')
  if (payload) await closePayload(payload)
  await database?.drop()
})

describe('a third-party plugin', () => {
  it('its schema is then exactly what the config needs', async () => {
    expect((await findSchemaDrift(payload)).database).toEqual([])
  })

  it('has explicit access everywhere, and its permission reaches the roles editor and the admin role', async () => {
    // The check from the access matrix, loaded with the plugin's config (same module instances).
    const { accessGaps } = await import('../../helpers/access-gaps')
    expect(await accessGaps(payload.config)).toEqual([])
    const roles = payload.config.collections.find((collection) => collection.slug === 'roles')!
    const field = roles.flattenedFields.find((f) => f.name === 'permissions') as { options: Array<{ value: string }> }
    expect(field.options.map((option) => option.value)).toContain(MODERATE)
    const admin = await userOf('admin')
    expect((admin.role as { permissions: string[] }).permissions).toContain(MODERATE)
    expect(((await userOf('member')).role as { permissions: string[] }).permissions).not.toContain(MODERATE)
  })

  it('its collection follows its policy, its hook stamps the writer, its job runs from the queue', async () => {
    const member = await userOf('member')
    const admin = await userOf('admin')
    const entry = (await payload.create({ collection: entries, data: { message: 'Salam dari anggota', writer: admin.id } as never, user: member, overrideAccess: false, depth: 0 })) as unknown as Record<string, unknown> & { id: number }
    expect(entry).toMatchObject({ writer: member.id, approved: false, thanked: false })

    const asVisitor = () => payload.find({ collection: entries, where: { id: { equals: entry.id } }, user: null, overrideAccess: false })
    expect((await asVisitor()).totalDocs).toBe(0)
    await expect(payload.update({ collection: entries, id: entry.id, data: { approved: true } as never, user: member, overrideAccess: false })).rejects.toThrow()
    await payload.update({ collection: entries, id: entry.id, data: { approved: true } as never, user: admin, overrideAccess: false })
    expect((await asVisitor()).totalDocs).toBe(1)

    await payload.jobs.run({ limit: 10, sequential: true, silent: true })
    expect(await payload.findByID({ collection: entries, id: entry.id, overrideAccess: true, depth: 0 })).toMatchObject({ thanked: true })
  })
})
