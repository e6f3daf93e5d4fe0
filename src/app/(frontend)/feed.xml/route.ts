import config from '@payload-config'

import { isContentType, latestContent, siteIdentity } from '@/lib/site-seo/data'
import { feedChannel, rssXml } from '@/lib/site-seo/feed'
import { xmlResponse } from '@/lib/site-seo/xml'

// Answered per request, never prerendered at build (no database then, and SERVER_URL is the
// running site's); the data underneath comes from Next's data cache, cleared by tag.
export const dynamic = 'force-dynamic'

/** RSS 2.0 of the latest public items; `?type=news|activity|announcement|article` for one type. */
export const GET = async (request: Request): Promise<Response> => {
  const type = new URL(request.url).searchParams.get('type')
  if (type !== null && !isContentType(type)) {
    return new Response('Jenis tidak dikenal; pakai news, activity, announcement atau article. / Unknown type; use news, activity, announcement or article.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const [site, items, { serverURL }] = await Promise.all([siteIdentity(), latestContent(type), config])
  return xmlResponse(rssXml(feedChannel(site, type), items, serverURL), 'application/rss+xml')
}
