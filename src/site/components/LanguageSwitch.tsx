'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import type { Lang } from '../i18n'

/** The same page in the other language: `/berita/x` ⇄ `/en/berita/x`. */
export const LanguageSwitch = ({ lang }: { lang: Lang }) => {
  const pathname = usePathname() ?? '/'
  const other = lang === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') || '/' : `/en${pathname === '/' ? '' : pathname}`
  return (
    <Link href={other} hrefLang={lang === 'en' ? 'id' : 'en'} lang={lang === 'en' ? 'id' : 'en'} className="rounded border border-white/70 px-2 py-1 text-sm font-semibold text-white no-underline">
      {lang === 'en' ? 'Bahasa Indonesia' : 'English'}
    </Link>
  )
}
