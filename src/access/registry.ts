import type { Config, Field, Plugin, SelectField } from 'payload'

import { keepWhenInactive } from './can'
import { withRegionCheck } from './keep-in-region'
import { corePermissions, type PermissionDef } from './permissions'
import { builtInRoles, type RoleDef } from './roles'

/** What plugins add to the matrix: their permissions and the built-in roles that get them. */
export type MatrixCustom = {
  permissions: PermissionDef[]
  grants: Record<string, string[]>
}

const matrixOf = (config: Pick<Config, 'custom'>): MatrixCustom =>
  (config.custom?.matrix as MatrixCustom | undefined) ?? { permissions: [], grants: {} }

/**
 * A plugin declares its permissions here, and which built-in roles get them by default.
 * Returns a new config; call it from the plugin's config transformer.
 */
export const declarePermissions = (
  config: Config,
  permissions: PermissionDef[],
  grants: Record<string, string[]> = {},
): Config => {
  const matrix = matrixOf(config)
  const merged: Record<string, string[]> = { ...matrix.grants }
  for (const [role, keys] of Object.entries(grants)) merged[role] = [...(merged[role] ?? []), ...keys]
  return {
    ...config,
    custom: {
      ...config.custom,
      matrix: { permissions: [...matrix.permissions, ...permissions], grants: merged },
    },
  }
}

export const allPermissions = (config: Pick<Config, 'custom'>): PermissionDef[] => [
  ...corePermissions,
  ...matrixOf(config).permissions,
]

/** The built-in roles with the permissions plugins granted them. */
export const defaultRoles = (config: Pick<Config, 'custom'>): RoleDef[] => {
  const { grants } = matrixOf(config)
  return builtInRoles.map((role) => ({
    ...role,
    permissions: [...new Set([...role.permissions, ...(grants[role.name] ?? [])])],
  }))
}

const withPermissionOptions = (fields: Field[], options: SelectField['options']): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === 'permissions' && field.type === 'select'
      ? { ...field, options }
      : field,
  )

/**
 * Runs after every other plugin: the roles editor offers exactly the permissions core and the
 * plugins declared. The options are a database enum, so they go in key order: which plugin
 * declares a key, and in which order plugins are listed, never changes the schema. Every
 * collection with a region gets its region check last, after the hooks that derive the region.
 */
export const accessMatrixPlugin = (): Plugin => (config) => {
  const permissions = allPermissions(config)
  keepWhenInactive(permissions.filter((def) => def.keptWhenInactive).map((def) => def.key))
  const byKey = [...permissions].sort((a, b) => (a.key < b.key ? -1 : 1))
  const options = byKey.map(({ key, id, en }) => ({
    value: key,
    label: { id: `${key} — ${id}`, en: `${key} — ${en}` },
  }))
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'roles'
        ? { ...collection, fields: withPermissionOptions(collection.fields, options) }
        : withRegionCheck(collection),
    ),
  }
}
