'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { defineTexts } from '@/lib/i18n'

import { localePath, type Lang } from '../i18n'

const other = defineTexts({
  lang: { id: 'en' as Lang, en: 'id' as Lang },
  name: { id: 'English', en: 'Bahasa Indonesia' },
})

/** The same page in the other language: `/berita/x` ⇄ `/en/berita/x`. */
export const LanguageSwitch = ({ lang }: { lang: Lang }) => {
  const pathname = usePathname() ?? '/'
  const indonesianPath = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  const { lang: to, name } = other(lang)
  return (
    <Link href={localePath(to, indonesianPath)} hrefLang={to} lang={to} className="rounded border border-white/70 px-2 py-1 text-sm font-semibold text-white no-underline">
      {name}
    </Link>
  )
}
