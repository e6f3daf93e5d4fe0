import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick } from '@/lib/messages'
import { idParam } from '@/plugin-kit'

import { moderatePost, postActions, postDone } from '../threads/moderation'

/** `POST /api/forum-posts/:id/{hide|restore}`. */
export const postEndpoints: Endpoint[] = postActions.map((action) =>
  guardedEndpoint({
    path: `/:id/${action}`,
    method: 'post',
    access: (req) => can(req.user, 'forum.moderate'),
    handler: async (req) => {
      const doc = await moderatePost(req, idParam(req), action)
      return Response.json({ message: pick(req, postDone[action]), doc })
    },
  }),
)
