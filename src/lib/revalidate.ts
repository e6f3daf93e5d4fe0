import crypto from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { expireFrontCache } from './front-cache'
import { payloadSecret } from './secret'

/**
 * Cache tags the public site reads with and the editorial hooks revalidate:
 * `<slug>` for lists of a collection, `<slug>:<id>` for one document, `global:<slug>` for a global.
 */
export const tags = {
  collection: (slug: string) => slug,
  doc: (slug: string, id: number | string) => `${slug}:${id}`,
  global: (slug: string) => `global:${slug}`,
}

export const REVALIDATE_PATH = '/next/revalidate'

/** Proves a revalidation call comes from our own process (the job runner), not a visitor. */
export const revalidationSignature = (tagList: string[]) =>
  crypto.createHmac('sha256', payloadSecret()).update(`revalidate:${tagList.join(',')}`).digest('hex')

const outsideNext = (error: unknown) => error instanceof Error && error.message.includes('static generation store missing')

/**
 * Expire at once: the next visitor after a publish or unpublish gets the new page, not the old
 * one while the new is made (the 'max' profile's stale-while-revalidate).
 */
const IMMEDIATELY = { expire: 0 }

/** Inside Next: expires the tags, and the front cache's copies of pages (src/lib/front-cache.ts). */
export const expireTags = (tagList: string[]) => {
  for (const tag of tagList) revalidateTag(tag, IMMEDIATELY)
  expireFrontCache()
}

/**
 * Inside a Next request, tags are revalidated directly. Outside one (the job runner, scripts) the
 * running site is asked to do it; with no site running there is no cache to clear.
 */
export const revalidateTags = async (req: Pick<PayloadRequest, 'payload'>, tagList: string[]) => {
  if (tagList.length === 0) return
  try {
    expireTags(tagList)
    return
  } catch (error) {
    if (!outsideNext(error)) throw error
  }
  const serverURL = req.payload.config.serverURL
  if (!serverURL) return
  try {
    await fetch(new URL(REVALIDATE_PATH, serverURL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-balai-signature': revalidationSignature(tagList) },
      body: JSON.stringify({ tags: tagList }),
      signal: AbortSignal.timeout(5_000),
    })
  } catch (error) {
    req.payload.logger.info(`No site answered the cache revalidation of ${tagList.join(', ')} (${(error as Error).message}); nothing to clear`)
  }
}

type Visible = (doc: Record<string, unknown> | undefined) => boolean

/** Drafts-enabled collections are public once Payload's `_status` is published. */
export const isPublished: Visible = (doc) => doc?._status === 'published'

/**
 * Revalidates a collection's tags when a change can be seen on the site: the document is public
 * now or was before (publish, unpublish, edit of a published one, delete). `context.skipRevalidate`
 * turns it off for bulk seeding.
 */
export const revalidateCollection = (visible: Visible = isPublished) => {
  const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
    if (context.skipRevalidate || !(visible(doc) || visible(previousDoc))) return doc
    await revalidateTags(req, [tags.collection(collection.slug), tags.doc(collection.slug, doc.id)])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
    if (context.skipRevalidate || !visible(doc)) return doc
    await revalidateTags(req, [tags.collection(collection.slug), tags.doc(collection.slug, doc.id)])
    return doc
  }
  return { afterChange, afterDelete }
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc, req, context }) => {
  if (!context.skipRevalidate) await revalidateTags(req, [tags.global(global.slug)])
  return doc
}
