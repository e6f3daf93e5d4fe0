import config from '@payload-config'

import { sitemapEntries } from '@/lib/site-seo/data'
import { sitemapXml } from '@/lib/site-seo/sitemap'
import { xmlResponse } from '@/lib/site-seo/xml'

export const GET = async (): Promise<Response> => {
  const [entries, { serverURL }] = await Promise.all([sitemapEntries(), config])
  return xmlResponse(sitemapXml(entries, serverURL))
}
