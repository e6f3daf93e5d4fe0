import type { Payload } from 'payload'

import { seeded } from '../../helpers/api'
import { someone, userData, type Fixtures } from '../../helpers/matrix'

/** Members who are none of the actors, made once: the forum's writer and a reporter of their posts. */
const bystanders = new Map<string, Promise<number>>()
const bystander = (payload: Payload, key: string) => {
  if (!bystanders.has(key)) bystanders.set(key, someone(payload, seeded().regions.home))
  return bystanders.get(key)!
}
const forumAuthor = (payload: Payload) => bystander(payload, 'forum author')

type ThreadFields = { author?: number; hidden?: boolean; regionOnly?: boolean }

const threadOf = async (payload: Payload, region: number, fields: ThreadFields = {}) =>
  payload.create({
    collection: 'forum-threads',
    data: { title: 'Topik uji matriks', category: 'umum', regionOnly: fields.regionOnly ?? false, author: fields.author ?? (await forumAuthor(payload)), region, hidden: fields.hidden ?? false },
    overrideAccess: true,
  })

/** A thread outside the coordinators' region: a `more` document's region is not known to the delete expectation. */
const awayThread = async (payload: Payload, fields: ThreadFields) => {
  const region = seeded().regions.away
  return { id: (await threadOf(payload, region, fields)).id, region, fields: { hidden: false, regionOnly: false, ...fields } }
}

const forumPostOf = async (payload: Payload, region: number, author?: number) =>
  payload.create({
    collection: 'forum-posts',
    data: { thread: (await threadOf(payload, region)).id, body: 'Tulisan uji matriks.', author: author ?? (await forumAuthor(payload)) },
    overrideAccess: true,
  })

const reportOf = async (payload: Payload, region: number, reporter: number) =>
  payload.create({ collection: 'forum-reports', data: { post: (await forumPostOf(payload, region)).id, reporter, reason: 'spam' }, overrideAccess: true })

/** Messages: a member of the region opens a conversation; replies go to one per region, so a create writes one message. */
const openings = new Map<number, ReturnType<typeof conversationOf>>()
const openingIn = (payload: Payload, region: number) => {
  if (!openings.has(region)) openings.set(region, conversationOf(payload, region))
  return openings.get(region)!
}

const conversationOf = async (payload: Payload, region: number, member?: number) => {
  const owner = member ?? (await payload.create({ collection: 'users', data: await userData(payload, region), overrideAccess: true })).id
  return payload.create({ collection: 'messages', data: { subject: 'Pesan uji matriks', body: 'Isi pesan uji.', member: owner, status: 'new' }, overrideAccess: true, depth: 0 })
}

/** The forum and the messages to the board. */
export const fixtures: Fixtures = {
  'forum-threads': {
    make: async (payload, region) => ({ id: (await threadOf(payload, region)).id, region, fields: { hidden: false, regionOnly: false } }),
    more: [
      { name: 'hidden', make: (payload) => awayThread(payload, { hidden: true }) },
      // For the members of its region only: outside it, only moderators of every region see it.
      { name: 'region only', make: (payload) => awayThread(payload, { regionOnly: true }) },
    ],
    own: async (payload, actorId) => ({ id: (await threadOf(payload, seeded().regions.home, { author: actorId })).id, owner: actorId, region: seeded().regions.home, fields: { hidden: false, regionOnly: false } }),
    createData: async (payload, region) => ({ title: 'Topik baru matriks', category: 'umum', regionOnly: false, author: await forumAuthor(payload), region }),
    updateData: { title: 'Topik uji matriks (diubah)' },
  },
  'forum-posts': {
    make: async (payload, region) => ({ id: (await forumPostOf(payload, region)).id, region, fields: { hidden: false, threadHidden: false } }),
    more: [
      {
        name: 'hidden by reports',
        make: async (payload) => {
          const post = await forumPostOf(payload, seeded().regions.away)
          await payload.update({ collection: 'forum-posts', id: post.id, data: { hidden: true, hiddenBy: 'reports' }, overrideAccess: true })
          return { id: post.id, region: seeded().regions.away, fields: { hidden: true, threadHidden: false } }
        },
      },
    ],
    own: async (payload, actorId) => ({ id: (await forumPostOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home, fields: { hidden: false, threadHidden: false } }),
    createData: async (payload, region) => ({ thread: (await threadOf(payload, region)).id, body: 'Tulisan baru matriks.', author: await forumAuthor(payload), region }),
    updateData: { body: 'Tulisan uji matriks (diubah).' },
  },
  'forum-reports': {
    make: async (payload, region) => ({ id: (await reportOf(payload, region, seeded().users.super_admin.id)).id, region }),
    own: async (payload, actorId) => ({ id: (await reportOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => ({ post: (await forumPostOf(payload, region)).id, reporter: await bystander(payload, 'reporter'), reason: 'spam', region }),
    updateData: { note: 'Ditinjau uji matriks' },
  },
  messages: {
    make: async (payload, region) => ({ id: (await conversationOf(payload, region)).id, region }),
    own: async (payload, actorId) => ({ id: (await conversationOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => {
      const opening = await openingIn(payload, region)
      // GraphQL's input type requires the status; a reply's is the server's anyway.
      return { conversation: opening.id, member: opening.member as number, body: 'Balasan uji matriks.', status: 'new', region }
    },
    updateData: { status: 'in_progress' },
  },
}
