import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLang, localePath } from '@/site/i18n'
import { isContentList, memberContent } from '@/site/member-data'
import { PreviewBanner, previewDraft } from '@/site/preview'
import { belongsTo, ContentArticle, contentMetadata } from '@/site/views/ContentDetailView'

type Props = { params: Promise<{ lang: string; list: string; slug: string }> }

// Per user: never prerendered at build (there is no database then) nor cached.
export const dynamic = 'force-dynamic'

/**
 * The signed-in variant of `/berita/<slug>` and the like: src/proxy.ts sends requests carrying
 * Payload's auth cookie here, and this page checks the user and reads the item as them, so
 * members-only items open for members and 404 for everyone else. Visitors keep the static page.
 * Staff in draft mode (the checked preview route) see the newest draft here.
 */
export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang, list, slug } = await params
  const item = isLang(lang) && isContentList(list) ? await memberContent(list, slug) : null
  return item && isLang(lang) && isContentList(list) ? contentMetadata(lang, list, item) : {}
}

const MemberContentPage = async ({ params }: Props) => {
  const { lang, list, slug } = await params
  if (!isLang(lang) || !isContentList(list)) notFound()
  const draft = await previewDraft('content', slug)
  const item = draft && belongsTo(list, draft) ? draft : await memberContent(list, slug)
  if (!item) notFound()
  return (
    <>
      {draft && <PreviewBanner lang={lang} path={localePath(lang, `/${list}/${slug}`)} />}
      <ContentArticle lang={lang} item={item} />
    </>
  )
}

export default MemberContentPage
