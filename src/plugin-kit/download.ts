import type { CollectionSlug, Endpoint } from 'payload'

import { guardedEndpoint } from '@/access'
import { privateFileResponse } from '@/lib/download'
import { pick, type Text } from '@/lib/messages'

/**
 * `GET /api/<slug>/:id/download` (`?inline=1` to show it in a frame) for a private upload
 * collection: the document is read with the caller's own access, so whoever may not read it
 * gets the 404 — and an id tells nothing.
 */
export const downloadEndpoint = (collection: CollectionSlug, notFound: Text): Endpoint =>
  guardedEndpoint({
    path: '/:id/download',
    method: 'get',
    access: () => true,
    handler: (req) =>
      privateFileResponse(req, collection, () =>
        Response.json({ errors: [{ message: pick(req, notFound) }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } }),
      ),
  })
