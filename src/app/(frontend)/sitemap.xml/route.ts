import config from '@payload-config'

import { sitemapEntries } from '@/lib/site-seo/data'
import { sitemapXml } from '@/lib/site-seo/sitemap'
import { xmlResponse } from '@/lib/site-seo/xml'

// Answered per request, never prerendered at build (no database then, and SERVER_URL is the
// running site's); the data underneath comes from Next's data cache, cleared by tag.
export const dynamic = 'force-dynamic'

export const GET = async (): Promise<Response> => {
  const [entries, { serverURL }] = await Promise.all([sitemapEntries(), config])
  return xmlResponse(sitemapXml(entries, serverURL))
}
