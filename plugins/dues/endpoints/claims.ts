import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick } from '@/lib/messages'
import { bodyOf, idParam } from '@/plugin-kit'

import { claimActions, claimDone, moveClaim } from '../claims/moves'

/** `POST /api/dues-claims/:id/{review,approve,reject}` `{ note? }` (required to reject). */
export const claimEndpoints: Endpoint[] = claimActions.map((action) =>
  guardedEndpoint({
    path: `/:id/${action}`,
    method: 'post',
    access: (req) => can(req.user, 'dues.claim.process'),
    handler: async (req) => {
      const { note } = await bodyOf(req)
      const doc = await moveClaim(req, idParam(req), action, note)
      return Response.json({ message: pick(req, claimDone[action]), doc })
    },
  }),
)
