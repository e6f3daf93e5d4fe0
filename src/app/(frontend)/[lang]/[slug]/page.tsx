import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/lib/site-seo'
import { RichText } from '@/site/components/RichText'
import { getPage, getSite } from '@/site/data'
import { isLang, localePath, texts } from '@/site/i18n'
import { PreviewBanner, previewDraft } from '@/site/preview'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang, slug } = await params
  const page = isLang(lang) ? await getPage(slug) : null
  return page && isLang(lang) ? pageMetadata(page, await getSite(), lang) : {}
}

/** `/sejarah`, `/visi-misi`, `/ad-art`, …: a published page in its template (or its draft, previewed). */
const PageView = async ({ params }: Props) => {
  const { lang, slug } = await params
  if (!isLang(lang)) notFound()
  const draft = await previewDraft('pages', slug)
  const page = draft ?? (await getPage(slug))
  if (!page) notFound()
  const document = typeof page.primaryDocument === 'object' ? page.primaryDocument : null
  return (
    <article className={page.template === 'legal' ? 'mx-auto max-w-3xl' : 'mx-auto max-w-4xl'}>
      {draft && <PreviewBanner lang={lang} path={localePath(lang, `/${slug}`)} />}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{page.title}</h1>
      <RichText data={page.body} className={page.template === 'legal' ? 'prose-balai text-base' : 'prose-balai'} />
      {document && (
        <p className="mt-8 rounded-lg bg-white p-4 shadow-sm ring-1 ring-black/5">
          <a href={`/dokumen/${document.id}/unduh`} className="font-semibold">
            {texts(lang).download}: {document.title} (PDF)
          </a>
        </p>
      )}
      {page.template === 'contact' && (
        <p className="mt-8">
          <Link href={localePath(lang, '/kontak')}>{texts(lang).contact} →</Link>
        </p>
      )}
    </article>
  )
}

export default PageView
