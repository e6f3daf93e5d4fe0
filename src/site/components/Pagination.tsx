import Link from 'next/link'

import { texts, type Lang } from '../i18n'

/** Previous/next links for a paged list; `hrefFor(page)` keeps the list's other filters. */
export const Pagination = ({ lang, page, pages, hrefFor }: { lang: Lang; page: number; pages: number; hrefFor: (page: number) => string }) =>
  pages > 1 ? (
    <nav aria-label={texts(lang).pageOf(page, pages)} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? <Link rel="prev" href={hrefFor(page - 1)}>← {texts(lang).previous}</Link> : <span />}
      <span className="text-muted">{texts(lang).pageOf(page, pages)}</span>
      {page < pages ? <Link rel="next" href={hrefFor(page + 1)}>{texts(lang).next} →</Link> : <span />}
    </nav>
  ) : null
