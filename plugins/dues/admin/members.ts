import type { PayloadRequest } from 'payload'

export type MemberCard = { id: number; fullName: string; memberNumber: string | null }

/**
 * Name and number of the members of the dues rows on screen, read with the caller's own access:
 * treasurers read every member (`member.view_sensitive`), coordinators their region's; a role
 * that may not read a member sees its id only.
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
    user: req.user,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [doc.id, { id: doc.id, fullName: doc.fullName, memberNumber: doc.memberNumber ?? null }]))
}

export const SEARCH_CAP = 1000

/**
 * Members the caller may read whose name or number matches, as ids to filter dues rows by (the
 * rows are then read with the caller's access as well). At most SEARCH_CAP.
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
    user: req.user,
    overrideAccess: false,
  })
  return { ids: docs.slice(0, SEARCH_CAP).map((doc) => doc.id), capped: docs.length > SEARCH_CAP }
}
