import type { Field } from 'payload'
import { getPayload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closePayload } from '../../src/lib/db/boot'
import { findSchemaDrift } from '../../src/lib/db/schema-drift'
import { createTestDatabase, type TestDatabase } from '../helpers/database'

type RegionsModule = typeof import('../../collections/Regions')

const probe: Field = { name: 'driftProbe', type: 'text' }

/**
 * payload.config.ts built afresh against `url`, which it reads when imported; the shared test
 * database stays untouched.
 */
const configFor = async (url: string): Promise<SanitizedConfig> => {
  const shared = process.env.DATABASE_URL
  process.env.DATABASE_URL = url
  try {
    vi.resetModules()
    return (await import('../../payload.config')).default
  } finally {
    process.env.DATABASE_URL = shared
  }
}

/** A separate Payload per config: getPayload caches one instance per key. */
const driftOf = async (config: SanitizedConfig, key: string) => {
  const payload = await getPayload({ config, key })
  try {
    return await findSchemaDrift(payload)
  } finally {
    await closePayload(payload)
  }
}

describe('schema drift check', () => {
  // Both runs share it: the second finds the committed migrations already applied.
  let database: TestDatabase

  beforeAll(async () => {
    database = await createTestDatabase()
  })

  afterAll(async () => {
    vi.doUnmock('../../collections/Regions')
    await database?.drop()
  })

  it('passes for the committed config and migrations', async () => {
    const drift = await driftOf(await configFor(database.url), 'schema-drift-committed')
    expect(drift).toEqual({ database: [], snapshot: [] })
  })

  it('fails when a field is added without a migration', async () => {
    vi.doMock('../../collections/Regions', async (importOriginal) => {
      const original = await importOriginal<RegionsModule>()
      return { ...original, Regions: { ...original.Regions, fields: [...original.Regions.fields, probe] } }
    })
    const drift = await driftOf(await configFor(database.url), 'schema-drift-probe')
    const addsProbe = 'ALTER TABLE "regions" ADD COLUMN "drift_probe" varchar;'
    expect(drift.database).toEqual([addsProbe])
    expect(drift.snapshot).toEqual([addsProbe])
  })
})
