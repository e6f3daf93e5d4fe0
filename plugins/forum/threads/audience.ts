import type { Access, AccessArgs, Where } from 'payload'

import { can, explicit, regionIdOf, scopeOf, withRole } from '@/access'

/**
 * Region-only threads (and their posts) are for the members of that region. The policy says who
 * may read the forum at all; this narrows it by the reader's region, which a static policy cannot
 * express. Moderators of every region see everything; regional moderators are already limited to
 * their region by the policy's `regionField`.
 */
export const audienceOf = (user: unknown): Where | true => {
  if (can(user, 'forum.moderate') && scopeOf(user) === 'all') return true
  const region = regionIdOf(user)
  const open: Where = { regionOnly: { equals: false } }
  return region == null ? open : { or: [open, { region: { equals: region } }] }
}

/** The policy's read access, narrowed to the reader's audience. */
export const withAudience = (read: Access): Access =>
  explicit(async (args: AccessArgs) => {
    const granted = await read(args)
    if (!granted) return false
    const audience = audienceOf(await withRole(args.req))
    if (audience === true) return granted
    return granted === true ? audience : { and: [granted, audience] }
  })
