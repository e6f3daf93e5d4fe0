import { describe, expect, it } from 'vitest'

import { audienceGrant, combineGrants, grantOf, matchesData, policyAccess, type Policy } from '../../src/access/policy'

const role = (scope: string, permissions: string[], grantsAll = false) => ({ scope, permissions, grantsAll })
const user = (r: ReturnType<typeof role>, region = 7, accountStatus = 'active') => ({ id: 1, role: r, region, accountStatus })

describe('grantOf', () => {
  it('denies visitors a permission rule and grants them an open one', () => {
    expect(grantOf({ permission: 'audit.view' }, null)).toBe(false)
    expect(grantOf({}, null)).toBe(true)
    expect(grantOf({ authenticated: true }, null)).toBe(false)
  })

  it('limits region-scoped roles to their region, and denies them where a collection has none', () => {
    const coordinator = user(role('region', ['member.view_list']))
    expect(grantOf({ permission: 'member.view_list' }, coordinator, 'region')).toEqual({ region: { equals: 7 } })
    expect(grantOf({ permission: 'member.view_list' }, coordinator)).toBe(false)
    expect(grantOf({ permission: 'member.view_list' }, user(role('all', ['member.view_list'])), 'region')).toBe(true)
    expect(grantOf({ permission: 'member.view_list', anyRegion: true }, coordinator)).toBe(true)
  })

  it('grants owner rules only the own documents, whatever the scope', () => {
    const member = user(role('self', ['profile.view_self']))
    expect(grantOf({ permission: 'profile.view_self', owner: 'id' }, member, 'region')).toEqual({ id: { equals: 1 } })
  })

  it('gives a grantsAll role every permission but keeps a suspended account to its own things', () => {
    expect(grantOf({ permission: 'anything.at_all' }, user(role('all', [], true)))).toBe(true)
    const suspended = user(role('self', ['forum.post', 'profile.view_self']), 7, 'suspended')
    expect(grantOf({ permission: 'forum.post' }, suspended)).toBe(false)
    expect(grantOf({ permission: 'profile.view_self', owner: 'id' }, suspended)).toEqual({ id: { equals: 1 } })
  })
})

describe('combineGrants', () => {
  it('is true when any grant is, a disjunction of the wheres otherwise, false when none', () => {
    const own = { id: { equals: 1 } }
    const region = { region: { equals: 7 } }
    expect(combineGrants([false, own, true])).toBe(true)
    expect(combineGrants([own, region])).toEqual({ or: [own, region] })
    expect(combineGrants([false, false])).toBe(false)
  })
})

describe('matchesData', () => {
  it('checks a create against equals, and/or, relationship objects and string ids', () => {
    expect(matchesData({ region: { equals: 7 } }, { region: '7' })).toBe(true)
    expect(matchesData({ region: { equals: 7 } }, { region: { id: 7 } })).toBe(true)
    expect(matchesData({ region: { equals: 7 } }, { region: 8 })).toBe(false)
    expect(matchesData({ region: { equals: 7 } }, {})).toBe(false)
    expect(matchesData({ and: [{ a: { equals: 1 } }, { b: { equals: 2 } }] }, { a: 1, b: 3 })).toBe(false)
    expect(matchesData({ or: [{ a: { equals: 1 } }, { b: { equals: 2 } }] }, { a: 0, b: 2 })).toBe(true)
  })
})

describe('audienceGrant', () => {
  const policy = { regionField: 'region', audience: { regionOnly: 'regionOnly', seesAll: 'forum.moderate' } }
  const open = { regionOnly: { equals: false } }

  it('keeps region-only documents to their region, and lets those who see all see them', () => {
    expect(audienceGrant(policy, user(role('self', ['forum.view'])))).toEqual({ or: [open, { region: { equals: 7 } }] })
    expect(audienceGrant(policy, null)).toEqual(open)
    expect(audienceGrant(policy, user(role('all', ['forum.moderate'])))).toBe(true)
    expect(audienceGrant(policy, user(role('region', ['forum.moderate'])))).toEqual({ or: [open, { region: { equals: 7 } }] })
    expect(audienceGrant({}, null)).toBe(true)
  })
})

describe('policyAccess', () => {
  const published = { status: { equals: 'published' } }
  const policy: Policy = {
    create: [],
    read: [{ where: published }, { permission: 'things.manage' }],
    update: [{ permission: 'things.manage', owner: 'owner' }],
    delete: [],
  }
  const args = (u: unknown, extra: object = {}) => ({ req: { user: u }, ...extra }) as never
  const manager = user(role('all', ['things.manage']))

  it('serves static files to the readers unless the policy names others', async () => {
    expect(await policyAccess(policy).read(args(null, { isReadingStaticFile: true }))).toEqual(published)
    const closed = policyAccess({ ...policy, staticFiles: [] })
    expect(await closed.read(args(manager, { isReadingStaticFile: true }))).toBe(false)
    expect(await closed.read(args(manager))).toBe(true)
  })

  it('grants old versions by the named operation’s rules, on the version’s fields', async () => {
    expect(await policyAccess(policy).readVersions(args(null))).toEqual({ 'version.status': { equals: 'published' } })
    const editors = policyAccess({ ...policy, readVersions: 'update' })
    expect(await editors.readVersions(args(null))).toBe(false)
    expect(await editors.readVersions(args(manager))).toEqual({ 'version.owner': { equals: 1 } })
  })

  it('narrows reading to the audience', async () => {
    const regional = policyAccess({ ...policy, regionField: 'region', audience: { regionOnly: 'regionOnly' } })
    expect(await regional.read(args(null))).toEqual({ and: [published, { regionOnly: { equals: false } }] })
  })
})
