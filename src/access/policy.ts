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
  /**
   * The permission counts in every region, also for `region`-scoped roles: for documents that have
   * no region of their own.
   */
  anyRegion?: boolean
}

export const operations = ['create', 'read', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

/**
 * Documents meant for part of the readers only, whatever the read rules grant: one whose
 * `regionOnly` field is set is for the readers of its region (the policy's `regionField`).
 * Holders of `seesAll` whose role covers every region read them all.
 */
export type Audience = { regionOnly: string; seesAll?: string }

export type Policy = Record<Operation, Rule[]> & {
  /**
   * Field holding the document's region. Roles with `region` scope get their permission-based
   * rules limited to documents of their own region; without this field they get nothing.
   */
  regionField?: string
  /** Narrows every read, of the documents, their versions and their files, to the reader's audience. */
  audience?: Audience
  /** Whose rules grant the old versions: the readers' unless another operation is named. */
  readVersions?: Operation
  /**
   * Who may fetch an upload's file from Payload's own file route: the readers unless rules are
   * given; none (`[]`) sends every download through an access-checked endpoint.
   */
  staticFiles?: Rule[]
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
  if (rule.permission && !rule.owner && !rule.anyRegion && scopeOf(user) === 'region') {
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

/** Both grants at once. */
const bothGrants = (a: Grant, b: Grant): Grant => {
  if (a === false || b === false) return false
  if (a === true) return b
  return b === true ? a : { and: [a, b] }
}

export const rulesGrant = (rules: Rule[], user: unknown, regionField?: string): Grant =>
  combineGrants(rules.map((rule) => grantOf(rule, user, regionField)))

/** The documents of the policy's audience this user may see. */
export const audienceGrant = (policy: Pick<Policy, 'audience' | 'regionField'>, user: unknown): Grant => {
  const { audience, regionField } = policy
  if (!audience) return true
  if (audience.seesAll && can(user, audience.seesAll) && scopeOf(user) === 'all') return true
  const open: Where = { [audience.regionOnly]: { equals: false } }
  const region = regionIdOf(user)
  return region == null || !regionField ? open : { or: [open, { [regionField]: { equals: region } }] }
}

type GrantOf = (user: unknown, args: AccessArgs) => Grant

/** A create is checked against the data it sends, where Payload wants a boolean, not a Where. */
const accessFrom = (grantFor: GrantOf, op: Operation): Access =>
  explicit(async (args: AccessArgs) => {
    const grant = grantFor(await withRole(args.req), args)
    if (op !== 'create' || typeof grant === 'boolean') return grant
    return matchesData(grant, args.data as Record<string, unknown> | undefined)
  })

const ruleAccess = (rules: Rule[], regionField: string | undefined, op: Operation): Access =>
  accessFrom((user) => rulesGrant(rules, user, regionField), op)

/** A document rule as it reads on the versions table, where the document's fields sit under `version.`. */
const onVersions = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, condition]) =>
      key === 'and' || key === 'or' ? [key, (condition as Where[]).map(onVersions)] : [`version.${key}`, condition],
    ),
  )

/** Access to old versions, from an access function written for the documents. */
const versionsAccess = (access: Access): Access =>
  explicit(async (args: AccessArgs) => {
    const result = await access(args)
    return typeof result === 'object' ? onVersions(result) : result
  })

/** What a reader may see under these rules: their grant, within the policy's audience. */
const readerGrant = (policy: Policy, rules: Rule[], user: unknown): Grant =>
  bothGrants(rulesGrant(rules, user, policy.regionField), audienceGrant(policy, user))

type CollectionAccess = Required<Pick<NonNullable<CollectionConfig['access']>, 'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'unlock'>>

/** Payload access functions from a policy; the policy itself travels in `custom.policy`. */
export const policyAccess = (policy: Policy): CollectionAccess => {
  const { regionField } = policy
  const update = ruleAccess(policy.update, regionField, 'update')
  // Payload's file route asks `read` too, with `isReadingStaticFile`.
  const readRules = (args: AccessArgs) => (args.isReadingStaticFile ? (policy.staticFiles ?? policy.read) : policy.read)
  const versionRules = policy[policy.readVersions ?? 'read']
  return {
    create: ruleAccess(policy.create, regionField, 'create'),
    read: accessFrom((user, args) => readerGrant(policy, readRules(args), user), 'read'),
    update,
    delete: ruleAccess(policy.delete, regionField, 'delete'),
    readVersions: versionsAccess(accessFrom((user) => readerGrant(policy, versionRules, user), 'read')),
    unlock: update,
  }
}

/** A collection's access and its policy, to spread into its config. */
export const withPolicy = (policy: Policy) => ({ access: policyAccess(policy), custom: { policy } })

export const globalPolicyAccess = (policy: GlobalPolicy): NonNullable<GlobalConfig['access']> => {
  const read = ruleAccess(policy.read, undefined, 'read')
  return {
    read,
    readVersions: versionsAccess(read),
    update: ruleAccess(policy.update, undefined, 'update'),
  }
}

/** A global's access and its policy, to spread into its config. */
export const withGlobalPolicy = (policy: GlobalPolicy) => ({ access: globalPolicyAccess(policy), custom: { policy } })

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
