/**
 * The access matrix, generated from the live config and the matrix data: for every collection
 * and global × every role and the visitor × every operation, through REST, GraphQL and the Local
 * API (overrideAccess: false), on the actor's own document, another's in the actor's region and
 * another's outside it. Expected outcomes come from the policies and the roles' permissions.
 */
import type { Payload } from 'payload'
import { formatLabels } from 'payload/shared'
import { beforeAll, describe, expect, it } from 'vitest'

import { defaultRoles } from '../../../src/access/registry'
import { matchesData, type GlobalPolicy, type Operation, type Policy, type Rule } from '../../../src/access/policy'
import { accessGaps, isInternal } from '../../helpers/access-gaps'
import { as, graphql, multipart, rest, seeded, testPayload } from '../../helpers/api'
import type { Doc } from '../../helpers/matrix'
import { fixtures, globalFixtures } from './fixtures'

const payload: Payload = await testPayload()
const roles = defaultRoles(payload.config)
const actors = ['visitor', ...roles.map((role) => role.name)]
const collections = payload.config.collections.filter((c) => !isInternal(c.slug))
const globals = payload.config.globals.filter((g) => !isInternal(g.slug))

type Actor = Awaited<ReturnType<typeof as>> | null
type Variant = { name: string; doc: Doc & { variant?: string } }

const actorCache = new Map<string, Actor>()
const actorFor = async (name: string): Promise<Actor> => {
  if (name === 'visitor') return null
  if (!actorCache.has(name)) actorCache.set(name, await as(payload, name))
  return actorCache.get(name)!
}

/** What the matrix data says: does any rule let this role do this to this document? */
const expected = (rules: Rule[], regionField: string | undefined, roleName: string, doc: Doc | null, actorId?: number) => {
  const role = roles.find((r) => r.name === roleName)
  return rules.some((rule) => {
    const holds = role && (role.grantsAll || role.permissions.includes(rule.permission ?? ''))
    if (rule.permission && !holds) return false
    if (!rule.permission && rule.authenticated && !role) return false
    if (rule.owner && (!doc || doc.owner === undefined || doc.owner !== actorId)) return false
    if (rule.permission && !rule.owner && !rule.anyRegion && role?.scope === 'region') {
      if (!regionField || doc?.region !== seeded().regions.home) return false
    }
    if (rule.where && !matchesData(rule.where, doc?.fields)) return false
    return true
  })
}

/** Reading is narrowed to the policy's audience: region-only documents stay in their region. */
const inAudience = (policy: Policy, roleName: string, doc: Doc) => {
  const { audience } = policy
  if (!audience || doc.fields?.[audience.regionOnly] !== true) return true
  const role = roles.find((r) => r.name === roleName)
  const seesAll = audience.seesAll && role?.scope === 'all' && (role.grantsAll || role.permissions.includes(audience.seesAll))
  return Boolean(seesAll) || (role !== undefined && doc.region === seeded().regions.home)
}

/** GraphQL's name of a collection or global: its own `graphQL.singularName`, or Payload's from the slug. */
const singular = (slug: string) => {
  const named = payload.config.collections.find((c) => c.slug === slug)?.graphQL
  return (named && named.singularName) || formatLabels(slug).singular.replace(/\s/g, '')
}

type Outcome = { rest: boolean; graphql: boolean; local: boolean }

const attempt = async (fn: () => Promise<boolean>) => {
  try {
    return await fn()
  } catch {
    return false
  }
}

const countOf = async (slug: string) =>
  (await payload.count({ collection: slug as 'users', overrideAccess: true })).totalDocs

/** Runs one operation on one document through the three interfaces. */
const perform = async (slug: string, op: Operation, actor: Actor, doc: (Doc & { variant?: string }) | null, data: Record<string, unknown>): Promise<Outcome> => {
  const name = singular(slug)
  const callRest = actor ? actor.rest : (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) => rest(method, path, body)
  const callGraphql = actor ? actor.graphql : (query: string, variables?: Record<string, unknown>) => graphql(query, variables)
  const user = actor?.user ?? null
  const local = { collection: slug as 'users', overrideAccess: false, user, depth: 0 } as const
  const fresh = async () => {
    if (op !== 'delete' || !doc) return doc
    const more = fixtures[slug].more?.find((variant) => variant.name === doc.variant)
    return { ...doc, ...(await (more ? more.make(payload) : fixtures[slug].make(payload, doc.region ?? seeded().regions.home))) }
  }

  if (op === 'create') {
    const before = await countOf(slug)
    // Upload collections take the file with the document: multipart for REST, `file` locally.
    const file = await fixtures[slug].file?.()
    const viaRest = (await callRest('POST', `/${slug}`, file ? multipart(data, file) : data)).status === 201
    const viaGraphql = await attempt(async () => {
      const { body } = await callGraphql(`mutation ($data: mutation${name}Input!) { create${name}(data: $data) { id } }`, { data: await fixtures[slug].createData(payload, data.region as number) })
      return Boolean((body.data?.[`create${name}`] as { id?: number } | null)?.id)
    })
    const viaLocal = await attempt(async () => Boolean((await payload.create({ ...local, data: (await fixtures[slug].createData(payload, data.region as number)) as never, ...(file ? { file: { ...file, size: file.data.length } } : {}) })).id))
    const written = (await countOf(slug)) - before
    expect(written, 'documents written').toBe([viaRest, viaGraphql, viaLocal].filter(Boolean).length)
    return { rest: viaRest, graphql: viaGraphql, local: viaLocal }
  }

  const target = doc!
  if (op === 'read') {
    return {
      rest: (await callRest('GET', `/${slug}/${target.id}`)).status === 200,
      graphql: await attempt(async () => {
        const { body } = await callGraphql(`{ ${name}(id: ${target.id}) { id } }`)
        return (body.data?.[name] as { id?: number } | null)?.id === target.id
      }),
      local: await attempt(async () => (await payload.findByID({ ...local, id: target.id })).id === target.id),
    }
  }
  if (op === 'update') {
    return {
      rest: (await callRest('PATCH', `/${slug}/${target.id}`, data)).status === 200,
      graphql: await attempt(async () => {
        const { body } = await callGraphql(`mutation ($data: mutation${name}UpdateInput!) { update${name}(id: ${target.id}, data: $data) { id } }`, { data })
        return (body.data?.[`update${name}`] as { id?: number } | null)?.id === target.id
      }),
      local: await attempt(async () => (await payload.update({ ...local, id: target.id, data: data as never })).id === target.id),
    }
  }
  // delete: a fresh document per interface, so one success does not decide the next
  const results: boolean[] = []
  for (const run of [
    async (d: Doc) => (await callRest('DELETE', `/${slug}/${d.id}`)).status === 200,
    async (d: Doc) => {
      const { body } = await callGraphql(`mutation { delete${name}(id: ${d.id}) { id } }`)
      return (body.data?.[`delete${name}`] as { id?: number } | null)?.id === d.id
    },
    async (d: Doc) => (await payload.delete({ ...local, id: d.id })).id === d.id,
  ]) {
    const d = (await fresh())!
    const ok = await attempt(() => run(d))
    const gone = (await payload.count({ collection: slug as 'users', where: { id: { equals: d.id } }, overrideAccess: true })).totalDocs === 0
    expect(gone, `document ${d.id} deleted`).toBe(ok)
    results.push(ok)
  }
  return { rest: results[0], graphql: results[1], local: results[2] }
}

describe('access matrix', () => {
  it('leaves no collection, global, field or endpoint on Payload’s default access', async () => {
    expect(await accessGaps(payload.config)).toEqual([])
  })

  it('has a fixture and a policy for every collection', () => {
    for (const collection of collections) {
      expect(fixtures[collection.slug], `fixture for ${collection.slug}`).toBeDefined()
      expect(collection.custom?.policy, `policy for ${collection.slug}`).toBeDefined()
    }
    for (const global of globals) {
      expect(globalFixtures[global.slug], `fixture for ${global.slug}`).toBeDefined()
      expect(global.custom?.policy, `policy for ${global.slug}`).toBeDefined()
    }
  })

  for (const collection of collections) {
    const slug = collection.slug
    const policy = collection.custom?.policy as Policy
    const fixture = fixtures[slug]
    describe(slug, () => {
      let shared: Variant[] = []
      beforeAll(async () => {
        const { home, away } = seeded().regions
        shared = [
          { name: 'in region', doc: fixture.home?.() ?? (await fixture.make(payload, home)) },
          { name: 'out of region', doc: await fixture.make(payload, away) },
          ...(await Promise.all((fixture.more ?? []).map(async (more) => ({ name: more.name, doc: await more.make(payload) })))),
        ]
      })

      /** The documents a reading actor is checked on: the shared ones, and their own where rules name owners. */
      const readTargets = async (rules: Rule[], actor: Actor): Promise<Variant[]> => [
        ...shared,
        ...(rules.some((rule) => rule.owner) && actor && fixture.own ? [{ name: 'own', doc: await fixture.own(payload, actor.id) }] : []),
      ]
      /** Reading by these rules, within the audience: what the policy says this actor may see. */
      const mayRead = (rules: Rule[], actorName: string, actor: Actor, doc: Doc) =>
        expected(rules, policy.regionField, actorName, doc, actor?.id) && inAudience(policy, actorName, doc)

      for (const actorName of actors) {
        describe(actorName, () => {
          if (collection.versions) {
            it('readVersions', async () => {
              const actor = await actorFor(actorName)
              const rules = policy[policy.readVersions ?? 'read']
              for (const variant of await readTargets(rules, actor)) {
                const path = `/${slug}/versions?where[parent][equals]=${variant.doc.id}`
                const { status, body } = await (actor ? actor.rest('GET', path) : rest('GET', path))
                const got = status === 200 && ((body as { docs?: unknown[] }).docs?.length ?? 0) > 0
                expect(got, `${actorName} readVersions ${slug} (${variant.name})`).toBe(mayRead(rules, actorName, actor, variant.doc))
              }
            })
          }
          if (collection.upload) {
            it('static files', async () => {
              const actor = await actorFor(actorName)
              const rules = policy.staticFiles ?? policy.read
              for (const variant of await readTargets(rules, actor)) {
                const { filename } = (await payload.findByID({ collection: slug as 'media', id: variant.doc.id, overrideAccess: true, depth: 0 })) as { filename?: string }
                const path = `/${slug}/file/${filename}`
                const { status } = await (actor ? actor.rest('GET', path) : rest('GET', path))
                expect(status === 200, `${actorName} static file ${slug} (${variant.name})`).toBe(mayRead(rules, actorName, actor, variant.doc))
              }
            })
          }
          for (const op of ['create', 'read', 'update', 'delete'] as const) {
            it(op, async () => {
              const actor = await actorFor(actorName)
              const { home, away } = seeded().regions
              const variants: Variant[] =
                op === 'create'
                  ? [
                      { name: 'in region', doc: { id: 0, region: home } },
                      { name: 'out of region', doc: { id: 0, region: away } },
                    ]
                  : op === 'delete'
                    ? [
                        { name: 'in region', doc: { id: 0, region: home } },
                        { name: 'out of region', doc: { id: 0, region: away } },
                        ...(fixture.more ?? []).map((more) => ({ name: more.name, doc: { id: 0, variant: more.name } })),
                      ]
                    : await readTargets(policy[op], actor)
              for (const variant of variants) {
                const data = op === 'create' ? await fixture.createData(payload, variant.doc.region!) : fixture.updateData
                const target = op === 'create' ? { id: 0, region: (data.region as number) ?? variant.doc.region, fields: data } : variant.doc
                const want = op === 'read' ? mayRead(policy.read, actorName, actor, target) : expected(policy[op], policy.regionField, actorName, target, actor?.id)
                const got = await perform(slug, op, actor, op === 'create' ? null : variant.doc, data)
                // A GraphQL mutation cannot carry a file: creating in an upload collection through
                // GraphQL is refused for everyone, whatever the policy grants.
                const wantGraphql = op === 'create' && fixture.file ? false : want
                expect(got, `${actorName} ${op} ${slug} (${variant.name})`).toEqual({ rest: want, graphql: wantGraphql, local: want })
              }
            })
          }
        })
      }
    })
  }

  for (const global of globals) {
    const policy = global.custom?.policy as GlobalPolicy
    const name = singular(global.slug)
    describe(global.slug, () => {
      for (const actorName of actors) {
        describe(actorName, () => {
          it('read', async () => {
            const actor = await actorFor(actorName)
            const want = expected(policy.read, undefined, actorName, null)
            const viaRest = (await (actor ? actor.rest('GET', `/globals/${global.slug}`) : rest('GET', `/globals/${global.slug}`))).status === 200
            const { body } = await (actor ? actor.graphql(`{ ${name} { updatedAt } }`) : graphql(`{ ${name} { updatedAt } }`))
            const viaGraphql = !body.errors && body.data?.[name] != null
            const viaLocal = await attempt(async () => Boolean(await payload.findGlobal({ slug: global.slug as 'site-settings', overrideAccess: false, user: actor?.user ?? null })))
            expect({ rest: viaRest, graphql: viaGraphql, local: viaLocal }).toEqual({ rest: want, graphql: want, local: want })
          })
          it('update', async () => {
            const actor = await actorFor(actorName)
            const want = expected(policy.update, undefined, actorName, null)
            const data = globalFixtures[global.slug].updateData
            const viaRest = (await (actor ? actor.rest('POST', `/globals/${global.slug}`, data) : rest('POST', `/globals/${global.slug}`, data))).status === 200
            const mutation = `mutation ($data: mutation${name}Input!) { update${name}(data: $data) { updatedAt } }`
            const { body } = await (actor ? actor.graphql(mutation, { data }) : graphql(mutation, { data }))
            const viaGraphql = !body.errors && body.data?.[`update${name}`] != null
            const viaLocal = await attempt(async () => Boolean(await payload.updateGlobal({ slug: global.slug as 'site-settings', data: data as never, overrideAccess: false, user: actor?.user ?? null })))
            expect({ rest: viaRest, graphql: viaGraphql, local: viaLocal }).toEqual({ rest: want, graphql: want, local: want })
          })
        })
      }
    })
  }
})
