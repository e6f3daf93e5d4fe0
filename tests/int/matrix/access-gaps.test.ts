/** The matrix test's own guard must catch a collection, a global or an endpoint left open. */
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { guardedEndpoint } from '../../../src/access'
import { accessGaps } from '../../helpers/access-gaps'
import { testPayload } from '../../helpers/api'

const payload = await testPayload()

describe('accessGaps', () => {
  it('reports a collection, a global and an endpoint that rely on Payload’s defaults', async () => {
    const config = await buildConfig({
      secret: 'gap-test',
      db: payload.config.db as never,
      collections: [
        ...payload.config.collections.filter((c) => !c.slug.startsWith('payload-')),
        { slug: 'forgotten', fields: [{ name: 'title', type: 'text' }] },
      ],
      globals: [{ slug: 'forgotten-global', fields: [{ name: 'title', type: 'text' }] }],
      endpoints: [
        { path: '/open', method: 'get', handler: () => Response.json({ ok: true }) },
        guardedEndpoint({ path: '/closed', method: 'get', access: () => false, handler: () => Response.json({ ok: true }) }),
      ],
    })
    const gaps = await accessGaps(config)
    expect(gaps).toEqual(
      expect.arrayContaining([
        'collection forgotten: create',
        'collection forgotten: read',
        'collection forgotten: update',
        'collection forgotten: delete',
        'global forgotten-global: read',
        'global forgotten-global: update',
        'endpoint root get /open',
      ]),
    )
    expect(gaps.filter((gap) => !gap.includes('forgotten') && !gap.includes('/open'))).toEqual([])
  })
})
