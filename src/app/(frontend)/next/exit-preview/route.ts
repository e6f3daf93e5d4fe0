import config from '@payload-config'
import { draftMode } from 'next/headers'

import { absoluteUrl } from '@/lib/site-seo/urls'

/** Leaves draft mode and goes back to the page (`?path=/berita/x`), or home; only paths on this site. */
export const GET = async (request: Request): Promise<Response> => {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  const safe = /^\/(?![/\\])/.test(path) ? path : '/'
  return new Response(null, {
    status: 307,
    headers: { location: absoluteUrl(safe, (await config).serverURL), 'cache-control': 'no-store' },
  })
}
