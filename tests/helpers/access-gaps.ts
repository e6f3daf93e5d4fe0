import type { Endpoint, SanitizedConfig } from 'payload'
import { buildConfig } from 'payload'

import { isExplicit } from '../../src/access/policy'

const collectionOperations = ['create', 'read', 'update', 'delete', 'readVersions', 'unlock'] as const
const globalOperations = ['read', 'update', 'readVersions'] as const

/** Fields Payload adds to auth collections, guarded by Payload itself. */
const payloadAuthFields = new Set(['email', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'loginAttempts', 'lockUntil', 'sessions', '_verified', '_verificationToken', 'enableAPIKey', 'apiKey', 'apiKeyIndex'])

/** Payload's own collections carry Payload's own access; everything else must be ours. */
export const isInternal = (slug: string) => slug.startsWith('payload-')

/** The handlers of the endpoints Payload adds itself, taken from a bare config. */
const builtInHandlers = async (db: SanitizedConfig['db']) => {
  const bare = await buildConfig({
    secret: 'bare',
    db: db as never,
    collections: [
      { slug: 'bare-users', auth: true, fields: [] },
      { slug: 'bare-things', versions: { drafts: true }, fields: [] },
      // Upload collections add Payload's file and paste-url routes, both checked by its access.
      { slug: 'bare-uploads', upload: true, fields: [] },
    ],
    globals: [{ slug: 'bare-global', versions: { drafts: true }, fields: [] }],
    jobs: { tasks: [{ slug: 'bare', handler: async () => ({ output: {} }) }] },
  })
  const all = [
    ...(bare.endpoints || []),
    ...bare.collections.flatMap((c) => c.endpoints || []),
    ...bare.globals.flatMap((g) => g.endpoints || []),
  ]
  return new Set(all.map((endpoint) => endpoint.handler))
}

/**
 * Every place where Payload's default access ("any signed-in user") or an unchecked endpoint
 * would be in effect. The matrix test requires this to be empty.
 */
export const accessGaps = async (config: SanitizedConfig): Promise<string[]> => {
  const gaps: string[] = []
  for (const collection of config.collections) {
    if (isInternal(collection.slug)) continue
    const access = collection.access as Record<string, unknown>
    for (const op of collectionOperations) {
      if (!isExplicit(access[op])) gaps.push(`collection ${collection.slug}: ${op}`)
    }
    if (collection.auth && !isExplicit(access.admin)) gaps.push(`collection ${collection.slug}: admin`)
    for (const field of collection.flattenedFields) {
      if (collection.auth && payloadAuthFields.has(field.name)) continue
      for (const [op, fn] of Object.entries(field.access ?? {})) {
        if (!isExplicit(fn)) gaps.push(`field ${collection.slug}.${field.name}: ${op}`)
      }
    }
  }
  for (const global of config.globals) {
    if (isInternal(global.slug)) continue
    const access = global.access as Record<string, unknown>
    for (const op of globalOperations) {
      if (!isExplicit(access[op])) gaps.push(`global ${global.slug}: ${op}`)
    }
  }
  const builtIn = await builtInHandlers(config.db)
  const endpoints: Array<[string, Endpoint]> = [
    ...(config.endpoints || []).map((e): [string, Endpoint] => ['root', e]),
    ...config.collections.flatMap((c) => (c.endpoints || []).map((e): [string, Endpoint] => [c.slug, e])),
    ...config.globals.flatMap((g) => (g.endpoints || []).map((e): [string, Endpoint] => [g.slug, e])),
  ]
  for (const [owner, endpoint] of endpoints) {
    if (builtIn.has(endpoint.handler)) continue
    if (!isExplicit(endpoint.custom?.access)) gaps.push(`endpoint ${owner} ${endpoint.method} ${endpoint.path}`)
  }
  return gaps
}
