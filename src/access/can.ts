import type { PayloadRequest, TypedUser } from 'payload'

import type { RoleScope } from './roles'

/** The part of a role document the access functions read. */
export type RoleLike = {
  id?: number | string
  name?: string
  scope?: RoleScope | null
  staff?: boolean | null
  grantsAll?: boolean | null
  permissions?: string[] | null
}

type UserLike = Pick<TypedUser, 'id'> & {
  role?: RoleLike | number | string | null
  region?: { id: number | string } | number | string | null
  accountStatus?: string | null
}

const idOf = (value: unknown): number | string | null => {
  if (value == null) return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

/**
 * Makes sure req.user carries its role document. REST populates it (`auth.depth: 1`), but GraphQL
 * and some operations load the user at depth 0; then it is fetched once for the request.
 */
export const withRole = async (req: PayloadRequest): Promise<PayloadRequest['user']> => {
  const user = req.user as (UserLike & object) | null
  if (!user || user.role == null || typeof user.role === 'object') return req.user
  user.role = await req.payload.findByID({
    collection: 'roles',
    id: user.role,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return req.user
}

/** The user's role document, when populated (see withRole). */
export const roleOf = (user: unknown): RoleLike | null => {
  const role = (user as UserLike | null | undefined)?.role
  return role && typeof role === 'object' ? role : null
}

export const regionIdOf = (user: unknown): number | string | null =>
  idOf((user as UserLike | null | undefined)?.region)

export const idOfRelation = idOf

const isActive = (user: UserLike) => !user.accountStatus || user.accountStatus === 'active'

/**
 * The keys declared `keptWhenInactive`, registered as the config is built (accessMatrixPlugin).
 * Kept on globalThis: Next may load this module more than once in one process.
 */
const keptKeys: Set<string> = ((globalThis as { [key: symbol]: Set<string> })[Symbol.for('balai.keptWhenInactive')] ??= new Set())

export const keepWhenInactive = (keys: string[]) => {
  for (const key of keys) keptKeys.add(key)
}

/** A suspended, pending or rejected account keeps only what is about the account itself. */
const keptWhenInactive = (permission: string) => permission.endsWith('_self') || keptKeys.has(permission)

/** Does this user hold the permission? Deny when there is no user or no populated role. */
export const can = (user: unknown, permission: string): boolean => {
  if (!user) return false
  const role = roleOf(user)
  if (!role) return false
  if (!isActive(user as UserLike) && !keptWhenInactive(permission)) return false
  return Boolean(role.grantsAll) || Boolean(role.permissions?.includes(permission))
}

export const scopeOf = (user: unknown): RoleScope => roleOf(user)?.scope ?? 'self'

export const isStaff = (user: unknown): boolean =>
  Boolean(user && roleOf(user)?.staff && (user as UserLike).accountStatus === 'active')

/** Every permission the user holds, for "nobody grants what they do not hold". */
export const holds = (user: unknown, permissions: string[], grantsAll = false): boolean => {
  const role = roleOf(user)
  if (!role) return false
  if (role.grantsAll) return true
  if (grantsAll) return false
  return permissions.every((key) => role.permissions?.includes(key))
}
