import { createLocalReq, Forbidden, type Payload, type PayloadRequest } from 'payload'

import { isStaff, withRole } from '@/access'

import { toLang } from '../i18n'
import type { Text } from '../messages'

import { docPath } from './urls'

export const PREVIEW_PATH = '/next/preview'
export const EXIT_PREVIEW_PATH = '/next/exit-preview'

const previewable = ['content', 'pages'] as const
type Previewable = (typeof previewable)[number]
const isPreviewable = (value: unknown): value is Previewable => previewable.includes(value as Previewable)

/** The admin's "Preview" link for a document: through the checked preview route. */
export const previewUrl =
  (collection: Previewable) =>
  (doc: Record<string, unknown>): null | string =>
    doc?.id ? `${PREVIEW_PATH}?collection=${collection}&id=${encodeURIComponent(String(doc.id))}` : null

export type PreviewDecision = { ok: true; path: string } | { ok: false; status: 400 | 401 | 403 | 404; message: Text }

const refusals = {
  invalid: { status: 400, message: { id: 'Pratinjau butuh koleksi (content atau pages) dan id.', en: 'Preview needs a collection (content or pages) and an id.' } },
  anonymous: { status: 401, message: { id: 'Masuk sebagai pengurus untuk melihat pratinjau.', en: 'Sign in as staff to see a preview.' } },
  forbidden: { status: 403, message: { id: 'Anda tidak berhak melihat draf dokumen ini.', en: 'You may not see the drafts of this document.' } },
  missing: { status: 404, message: { id: 'Dokumen tidak ditemukan atau belum punya alamat.', en: 'The document does not exist or has no address yet.' } },
} as const

/** The document's newest version the user may read by `readVersions`; none when they may not. */
const latestReadableVersion = async (req: PayloadRequest, collection: Previewable, id: number) => {
  try {
    const versions = await req.payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0, req, overrideAccess: false })
    return versions.docs[0]?.version as { slug?: string; type?: string } | undefined
  } catch (error) {
    // Access that is a flat "no" (not a filter) is raised as Forbidden.
    if (error instanceof Forbidden) return undefined
    throw error
  }
}

/**
 * Whether the signed-in user (from the request's cookie or header) may preview a document's
 * draft, and where it lives. Staff only, and only who may read the document's versions by the
 * collection's own access (`readVersions`): an editor any item, a contributor their own.
 */
export const decidePreview = async (payload: Payload, request: Request): Promise<PreviewDecision> => {
  const params = new URL(request.url).searchParams
  const collection = params.get('collection')
  const id = Number(params.get('id'))
  const lang = toLang(params.get('lang'))
  if (!isPreviewable(collection) || !Number.isSafeInteger(id) || id <= 0) return { ok: false, ...refusals.invalid }

  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return { ok: false, ...refusals.anonymous }
  const req = await createLocalReq({ user, req: { headers: request.headers } }, payload)
  if (!isStaff(await withRole(req))) return { ok: false, ...refusals.forbidden }

  const latest = await latestReadableVersion(req, collection, id)
  if (!latest) {
    // Nothing readable: tell "no such document" from "not yours" without showing either's content.
    const exists = await payload.count({ collection, where: { id: { equals: id } }, req, overrideAccess: true })
    return { ok: false, ...(exists.totalDocs > 0 ? refusals.forbidden : refusals.missing) }
  }
  const path = docPath(collection, latest, lang)
  return path ? { ok: true, path } : { ok: false, ...refusals.missing }
}
