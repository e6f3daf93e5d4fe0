/** The plugin kit: how plugins attach endpoints, admin views and extension points. */
import type { Config, Endpoint } from 'payload'
import { describe, expect, it } from 'vitest'

import { addAdminViews, addEndpoints, adminNav, extensionPoint } from '@/plugin-kit'

const handler = async () => Response.json({})
const endpoint = (path: string): Endpoint => ({ path, method: 'get', handler })
const base: Config = { collections: [{ slug: 'things', fields: [], endpoints: [endpoint('/own')] }] } as unknown as Config

describe('addEndpoints', () => {
  it("appends to the collection's own endpoints, in order", () => {
    const config = addEndpoints(addEndpoints(base, 'things', [endpoint('/a')]), 'things', [endpoint('/b')])
    expect((config.collections![0].endpoints as Endpoint[]).map((e) => e.path)).toEqual(['/own', '/a', '/b'])
  })

  it('refuses a collection not in the config yet', () => {
    expect(() => addEndpoints(base, 'missing', [endpoint('/a')])).toThrow(/no collection "missing"/)
  })
})

describe('addAdminViews', () => {
  const view = (key: string, permission?: string) => ({
    key,
    path: `/${key}` as const,
    Component: `/plugins/x/admin/${key}#View`,
    ...(permission ? { nav: { label: { id: key, en: key }, permission } } : {}),
  })

  it('registers every view (exact unless told), and one nav component for all the plugins', () => {
    const config = addAdminViews(addAdminViews(base, [view('a', 'p.a'), view('b')]), [view('c', 'p.c')])
    expect(config.admin?.components?.views).toEqual({
      a: { Component: '/plugins/x/admin/a#View', path: '/a', exact: true },
      b: { Component: '/plugins/x/admin/b#View', path: '/b', exact: true },
      c: { Component: '/plugins/x/admin/c#View', path: '/c', exact: true },
    })
    expect(config.admin?.components?.afterNavLinks).toEqual(['/src/plugin-kit/admin/AdminNavLinks#AdminNavLinks'])
    expect(adminNav.of(config).map((link) => [link.path, link.permission])).toEqual([
      ['/a', 'p.a'],
      ['/c', 'p.c'],
    ])
  })
})

describe('extensionPoint', () => {
  const point = extensionPoint<string>('testPoint')
  const single = extensionPoint<string>('testProvider', { max: 1 })

  it("collects every plugin's items in the plugins' order, in config.custom", () => {
    const config = point.add(point.add({ custom: { other: 1 } }, ['a']), ['b', 'c'])
    expect(point.of(config)).toEqual(['a', 'b', 'c'])
    expect(config.custom).toMatchObject({ other: 1, testPoint: ['a', 'b', 'c'] })
    expect(point.of({})).toEqual([])
  })

  it('refuses a second provider where one is the most', () => {
    const config = single.add({}, ['first'])
    expect(() => single.add(config, ['second'])).toThrow(/testProvider: takes at most 1/)
  })
})
