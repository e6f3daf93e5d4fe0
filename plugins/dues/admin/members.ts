import type { PayloadRequest } from 'payload'

export type MemberCard = { id: number; fullName: string; memberNumber: string | null }

/**
 * Name and number of the members whose dues rows the caller has just read with their own access
 * (treasurers hold no member permissions, seed 002 §5.3). Only these two fields, only for those
 * ids: a deliberate system read after the caller's permission and row access were checked.
 */
export const memberCards = async (req: PayloadRequest, ids: number[]): Promise<Map<number, MemberCard>> => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { id: { in: unique } },
    select: { fullName: true, memberNumber: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.id, { id: doc.id, fullName: doc.fullName, memberNumber: doc.memberNumber ?? null }]))
}

export const SEARCH_CAP = 1000

/**
 * Members whose name or number matches, as ids to filter dues rows by (the rows themselves are
 * then read with the caller's access, so nothing unreadable shows). At most SEARCH_CAP.
 */
export const membersMatching = async (req: PayloadRequest, q: string) => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { or: [{ fullName: { like: q } }, { memberNumber: { like: q } }] },
    select: {},
    limit: SEARCH_CAP + 1,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { ids: docs.slice(0, SEARCH_CAP).map((doc) => doc.id), capped: docs.length > SEARCH_CAP }
}
