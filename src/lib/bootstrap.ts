import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'

import type { Role } from '../../payload-types'

import { defaultRoles } from '../access/registry'

/**
 * Built-in roles exist in every database, production included. A built-in role gets the default
 * permissions it has not had yet (e.g. from a newly enabled plugin); permissions an admin removed
 * after they were applied stay removed.
 */
export const syncRoles = async (payload: Payload) => {
  for (const role of defaultRoles(payload.config)) {
    const { docs } = await payload.find({
      collection: 'roles',
      where: { name: { equals: role.name } },
      overrideAccess: true,
      showHiddenFields: true,
      depth: 0,
      limit: 1,
    })
    const existing = docs[0]
    const permissions = role.permissions as Role['permissions']
    const data = { permissions, appliedDefaults: permissions }
    if (!existing) {
      await payload
        .create({
          collection: 'roles',
          overrideAccess: true,
          data: {
            name: role.name,
            label: role.label.id,
            level: role.level,
            scope: role.scope,
            staff: role.staff,
            grantsAll: Boolean(role.grantsAll),
            ...data,
          },
        })
        // Another instance booting at the same time created it first (unique name).
        .catch((error: unknown) => {
          if (!String(error).includes('unique')) throw error
        })
      continue
    }
    const applied = (existing.appliedDefaults as string[] | null) ?? []
    const fresh = role.permissions.filter((key) => !applied.includes(key))
    if (fresh.length > 0) {
      await payload.update({
        collection: 'roles',
        id: existing.id,
        overrideAccess: true,
        data: {
          permissions: [...new Set([...(existing.permissions ?? []), ...fresh])] as Role['permissions'],
          appliedDefaults: permissions,
        },
      })
    }
  }
}

/** Applies the committed migrations (never a schema push), then makes sure the roles exist. */
export const migrateAndSync = async (payload: Payload) => {
  // The same list production boot applies (payload.config.ts `prodMigrations`).
  const { prodMigrations } = payload.db as unknown as PostgresAdapter
  await payload.db.migrate({ migrations: prodMigrations as Migration[] })
  await syncRoles(payload)
}
