import crypto from 'node:crypto'

import { expireTags, revalidationSignature } from '@/lib/revalidate'

/** Lets the job runner (another process) clear the site's cache tags; signed with the app secret. */
export const POST = async (request: Request): Promise<Response> => {
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tagList = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : []
  const given = Buffer.from(request.headers.get('x-balai-signature') ?? '')
  const wanted = Buffer.from(revalidationSignature(tagList))
  if (tagList.length === 0 || given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) {
    return Response.json({ message: 'Tanda tangan tidak sah / Invalid signature' }, { status: 403 })
  }
  expireTags(tagList)
  return Response.json({ revalidated: tagList })
}
