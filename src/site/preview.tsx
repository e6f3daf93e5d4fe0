import { draftMode } from 'next/headers'

import { EXIT_PREVIEW_PATH } from '@/lib/site-seo/preview'

import type { Content, Page } from '../../payload-types'
import { texts, type Lang } from './i18n'
import { currentUser } from './member/auth'

type Previewed = { content: Content; pages: Page }

/**
 * In draft mode (turned on only by the checked preview route), the newest draft with that slug,
 * read as the signed-in user so the collection's own access still decides: a contributor sees
 * their own drafts, an editor any. Null outside draft mode or when the user may not read it.
 * Never cached: draft mode renders the page per request. Content details reach this through their
 * signed-in twin (src/proxy.ts sends requests with the auth cookie there); pages directly.
 */
export const previewDraft = async <C extends keyof Previewed>(collection: C, slug: string): Promise<Previewed[C] | null> => {
  if (!(await draftMode()).isEnabled) return null
  const { payload, user } = await currentUser()
  if (!user) return null
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, draft: true, limit: 1, depth: 1, user, overrideAccess: false })
  return (docs[0] as Previewed[C] | undefined) ?? null
}

/** Tells the previewing editor they see a draft, with the way out. */
export const PreviewBanner = ({ lang, path }: { lang: Lang; path: string }) => (
  <p role="status" className="mb-6 rounded-lg bg-amber-100 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
    {texts(lang).previewNotice}{' '}
    <a href={`${EXIT_PREVIEW_PATH}?path=${encodeURIComponent(path)}`} className="font-semibold underline">
      {texts(lang).previewExit}
    </a>
  </p>
)
