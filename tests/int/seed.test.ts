import { describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed'
import { testPayload } from '../helpers/api'

const payload = await testPayload()

describe('demo seed', () => {
  it('fills a village site with content in every workflow state, and running it again adds nothing', async () => {
    await seedDemo(payload, 'village')
    const count = () => payload.count({ collection: 'content', overrideAccess: true }).then((r) => r.totalDocs)
    const first = await count()
    await seedDemo(payload, 'village')
    expect(await count()).toBe(first)

    const { docs } = await payload.find({ collection: 'content', where: { tags: { equals: 'desa' } }, overrideAccess: true, pagination: false, depth: 0 })
    expect(new Set(docs.map((doc) => doc.workflowStatus))).toEqual(new Set(['published', 'pending_review', 'draft']))
    for (const doc of docs) expect(doc._status).toBe(doc.workflowStatus === 'published' ? 'published' : 'draft')
    const demoEditor = await payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.balai.test' } }, overrideAccess: true, depth: 0 })
    expect(docs.some((doc) => doc.author === demoEditor.docs[0].id)).toBe(true)
  })
})
