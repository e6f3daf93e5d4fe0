import config from '@payload-config'

import { robotsTxt } from '@/lib/site-seo/sitemap'

// Answered per request, not prerendered at build: SERVER_URL is the running site's.
export const dynamic = 'force-dynamic'

export const GET = async (): Promise<Response> =>
  new Response(robotsTxt((await config).serverURL), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
