import type { Access, AccessArgs, CollectionConfig, FieldAccess, GlobalConfig, Where } from 'payload'

import { can, regionIdOf, scopeOf, withRole } from './can'

/**
 * One way to be allowed an operation. A policy lists rules per operation; any rule grants.
 * An empty list denies everyone, super admins included.
 */
export type Rule = {
  /** Permission the user must hold; omit for "anyone", visitors included. */
  permission?: string
  /** With no permission: only signed-in users. */
  authenticated?: boolean
  /** Field holding the owning user's id: the rule then grants only the user's own documents. */
  owner?: string
  /** A further constraint on the documents this rule grants (e.g. published only). */
  where?: Where
}

export const operations = ['create', 'read', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

export type Policy = Record<Operation, Rule[]> & {
  /**
   * Field holding the document's region. Roles with `region` scope get their permission-based
   * rules limited to documents of their own region; without this field they get nothing.
   */
  regionField?: string
}

export type GlobalPolicy = { read: Rule[]; update: Rule[] }

/** Access functions built here are marked, so the matrix test can tell them from Payload's default. */
const explicitFunctions = new WeakSet<object>()

export const explicit = <T extends object>(fn: T): T => {
  explicitFunctions.add(fn)
  return fn
}

export const isExplicit = (fn: unknown): boolean =>
  typeof fn === 'function' && explicitFunctions.has(fn)

type Grant = true | Where | false

/** What one rule grants this user: everything, some documents, or nothing. */
export const grantOf = (rule: Rule, user: unknown, regionField?: string): Grant => {
  if (rule.permission ? !can(user, rule.permission) : rule.authenticated && !user) return false
  const constraints: Where[] = []
  if (rule.owner) {
    if (!user) return false
    constraints.push({ [rule.owner]: { equals: (user as { id: unknown }).id } })
  }
  if (rule.permission && !rule.owner && scopeOf(user) === 'region') {
    const region = regionIdOf(user)
    if (!regionField || region == null) return false
    constraints.push({ [regionField]: { equals: region } })
  }
  if (rule.where) constraints.push(rule.where)
  if (constraints.length === 0) return true
  return constraints.length === 1 ? constraints[0] : { and: constraints }
}

export const combineGrants = (grants: Grant[]): Grant => {
  if (grants.includes(true)) return true
  const wheres = grants.filter((grant): grant is Where => grant !== false)
  if (wheres.length === 0) return false
  return wheres.length === 1 ? wheres[0] : { or: wheres }
}

/** A tiny evaluator of `equals`/`and`/`or` for create, where Payload wants a boolean, not a Where. */
export const matchesData = (where: Where, data: Record<string, unknown> | undefined): boolean => {
  const value = (path: string) => {
    const raw = data?.[path]
    return raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : raw
  }
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((w) => matchesData(w, data))
    if (key === 'or') return (condition as Where[]).some((w) => matchesData(w, data))
    const expected = (condition as { equals?: unknown }).equals
    // Ids arrive as numbers or strings.
    return expected !== undefined && String(value(key)) === String(expected)
  })
}

const ruleAccess = (rules: Rule[], regionField: string | undefined, op: Operation): Access =>
  explicit(async ({ req, data }: AccessArgs) => {
    await withRole(req)
    const grant = combineGrants(rules.map((rule) => grantOf(rule, req.user, regionField)))
    if (op !== 'create' || typeof grant === 'boolean') return grant
    return matchesData(grant, data as Record<string, unknown> | undefined)
  })

/** A document rule as it reads on the versions table, where the document's fields sit under `version.`. */
const onVersions = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, condition]) =>
      key === 'and' || key === 'or' ? [key, (condition as Where[]).map(onVersions)] : [`version.${key}`, condition],
    ),
  )

/** Access to a collection's old versions, from an access function written for its documents. */
export const versionsAccess = (access: Access): Access =>
  explicit(async (args: AccessArgs) => {
    const result = await access(args)
    return typeof result === 'object' ? onVersions(result) : result
  })

/** Payload access functions from a policy; the policy itself travels in `custom.policy`. */
type CollectionAccess = Required<Pick<NonNullable<CollectionConfig['access']>, 'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'unlock'>>

export const policyAccess = (policy: Policy): CollectionAccess => {
  const read = ruleAccess(policy.read, policy.regionField, 'read')
  const update = ruleAccess(policy.update, policy.regionField, 'update')
  return {
    create: ruleAccess(policy.create, policy.regionField, 'create'),
    read,
    update,
    delete: ruleAccess(policy.delete, policy.regionField, 'delete'),
    readVersions: versionsAccess(read),
    unlock: update,
  }
}

export const globalPolicyAccess = (policy: GlobalPolicy): NonNullable<GlobalConfig['access']> => {
  const read = ruleAccess(policy.read, undefined, 'read')
  return {
    read,
    readVersions: versionsAccess(read),
    update: ruleAccess(policy.update, undefined, 'update'),
  }
}

/** Shorthands for the common rules. */
export const anyone: Rule = {}
export const signedIn: Rule = { authenticated: true }
export const withPermission = (permission: string, extra: Omit<Rule, 'permission'> = {}): Rule => ({
  permission,
  ...extra,
})

/**
 * Field access for holders of any of these permissions. With none listed nobody passes: the
 * field is then only set by the collection's own hooks, which run after field access.
 */
export const fieldFor = (...permissions: string[]): FieldAccess =>
  explicit(async ({ req }: { req: AccessArgs['req'] }) => {
    const user = await withRole(req)
    return permissions.some((permission) => can(user, permission))
  })
