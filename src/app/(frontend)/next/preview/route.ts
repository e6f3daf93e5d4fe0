import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { decidePreview } from '@/lib/site-seo/preview'
import { absoluteUrl } from '@/lib/site-seo/urls'

/** Turns on draft mode for staff who may read the document's drafts, then shows its page. */
export const GET = async (request: Request): Promise<Response> => {
  const payload = await getPayload({ config })
  const decision = await decidePreview(payload, request)
  if (!decision.ok) {
    return new Response(`${decision.message.id}\n${decision.message.en}\n`, {
      status: decision.status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { location: absoluteUrl(decision.path, payload.config.serverURL), 'cache-control': 'no-store' },
  })
}
