import type { Payload } from 'payload'

import { seeded } from '../../helpers/api'
import { someone, type Fixtures } from '../../helpers/matrix'


/** An open survey of the region, as an admin builds it. */
const surveyOf = (payload: Payload, region: number) =>
  payload.create({
    collection: 'surveys',
    data: { title: 'Survei uji matriks', audience: 'region', region, status: 'open', questions: [{ label: 'Setuju?', kind: 'single', options: [{ label: 'Ya' }, { label: 'Tidak' }] }] },
    overrideAccess: true,
  })

/** A response to a new survey of the region (one per survey and respondent). */
const responseOf = async (payload: Payload, region: number, respondent: number) => {
  const survey = await surveyOf(payload, region)
  return payload.create({ collection: 'survey-responses', data: { survey: survey.id, respondent, answers: {}, surveyRegion: region }, overrideAccess: true })
}

/** A broadcast row as the fan-out leaves it, written without hooks (no job is queued). */
const broadcastOf = (payload: Payload, region: number) =>
  payload.db.create({ collection: 'broadcasts', data: { title: 'Siaran uji matriks', body: 'Isi siaran.', audience: 'region', region, status: 'sent', sendEmail: false } })

const notificationOf = async (payload: Payload, recipient: number) => {
  const broadcast = await broadcastOf(payload, seeded().regions.home)
  return payload.create({ collection: 'notifications', data: { recipient, broadcast: broadcast.id, title: 'Notifikasi uji', body: 'Isi.' }, overrideAccess: true })
}

/** Surveys, broadcasts and the members' notifications. */
export const fixtures: Fixtures = {
  surveys: {
    make: async (payload, region) => ({ id: (await surveyOf(payload, region)).id, region, fields: { status: 'open', audience: 'region' } }),
    createData: async (_payload, region) => ({ title: 'Survei baru', audience: 'region', region, status: 'draft', questions: [{ label: 'Setuju?', kind: 'short_text' }] }),
    updateData: { description: 'Diubah oleh uji matriks' },
  },
  'survey-responses': {
    make: async (payload, region) => ({ id: (await responseOf(payload, region, await someone(payload, region))).id, region }),
    own: async (payload, actorId) => ({ id: (await responseOf(payload, seeded().regions.home, actorId)).id, owner: actorId, region: seeded().regions.home }),
    createData: async (payload, region) => ({ survey: (await surveyOf(payload, region)).id, respondent: await someone(payload, region), answers: {}, surveyRegion: region }),
    updateData: { answers: { palsu: true } },
  },
  broadcasts: {
    make: async (payload, region) => ({ id: (await broadcastOf(payload, region)).id, region }),
    // GraphQL's input type requires the status; the server sets it anyway.
    createData: async (_payload, region) => ({ title: 'Siaran baru matriks', body: 'Isi siaran.', audience: 'region', region, sendEmail: false, status: 'queued' }),
    updateData: { title: 'Diubah oleh uji matriks' },
  },
  notifications: {
    make: async (payload, region) => ({ id: (await notificationOf(payload, await someone(payload, region))).id }),
    own: async (payload, actorId) => ({ id: (await notificationOf(payload, actorId)).id, owner: actorId }),
    createData: async (payload, region) => ({ recipient: await someone(payload, region), broadcast: (await broadcastOf(payload, region)).id, title: 'Palsu', body: 'Palsu.' }),
    updateData: { readAt: '2040-01-01T00:00:00.000Z' },
  },
}
