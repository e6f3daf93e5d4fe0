import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContentGrid } from '@/site/components/ContentCard'
import { Pagination } from '@/site/components/Pagination'
import { isLang, localePath, texts } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import { listMemberContent } from '@/site/member-data'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).membersContent, robots: { index: false } } : {}
}

/** `/anggota/konten`: members-only items; signed-in users without `content.view_member` get 403. */
const MembersContentPage = async ({ params, searchParams }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  await requirePermission(lang, '/anggota/konten', 'content.view_member')
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const result = await listMemberContent(page)
  return (
    <section>
      <h1 className="mb-6 text-3xl font-bold">{texts(lang).membersContent}</h1>
      {result.docs.length ? <ContentGrid lang={lang} items={result.docs} /> : <p className="text-muted">{texts(lang).nothingYet}</p>}
      <Pagination lang={lang} page={result.page ?? 1} pages={result.totalPages} hrefFor={(n) => `${localePath(lang, '/anggota/konten')}?page=${n}`} />
    </section>
  )
}

export default MembersContentPage
