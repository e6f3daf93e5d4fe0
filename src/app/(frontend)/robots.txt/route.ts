import config from '@payload-config'

import { robotsTxt } from '@/lib/site-seo/sitemap'

export const GET = async (): Promise<Response> =>
  new Response(robotsTxt((await config).serverURL), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
