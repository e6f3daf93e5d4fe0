import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { withRole } from './can'
import { explicit } from './policy'
import { pick } from '../lib/messages'

type EndpointAccess = (req: PayloadRequest) => boolean | Promise<boolean>

/**
 * A custom endpoint with its access checked before the handler runs. Payload serves custom
 * endpoints to anyone; every Balai endpoint goes through this (the matrix test checks).
 */
export const guardedEndpoint = ({
  access,
  handler,
  ...endpoint
}: Omit<Endpoint, 'handler'> & { access: EndpointAccess; handler: PayloadHandler }): Endpoint => {
  const check = explicit(async (req: PayloadRequest) => {
    await withRole(req)
    return access(req)
  })
  return {
    ...endpoint,
    custom: { ...endpoint.custom, access: check },
    handler: async (req) => {
      if (await check(req)) return handler(req)
      const status = req.user ? 403 : 401
      const message =
        status === 401
          ? pick(req, { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' })
          : pick(req, { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' })
      return Response.json({ errors: [{ message }] }, { status })
    },
  }
}
