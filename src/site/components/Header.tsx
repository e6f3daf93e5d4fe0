import Link from 'next/link'

import type { Navigation, SiteSetting } from '../../../payload-types'
import { localePath, texts, type Lang } from '../i18n'
import { resolveLink } from '../links'

import { AccountLinks } from '../member/AccountLinks'

import { LanguageSwitch } from './LanguageSwitch'
import { MediaImage } from './MediaImage'

type Item = NonNullable<Navigation['header']>[number]

const label = (lang: Lang, item: { label: string; labelEn?: string | null }) => (lang === 'en' && item.labelEn) || item.label

/** The default menu when editors have not made one yet: the site's own sections. */
const defaultMenu = (lang: Lang) =>
  (['news', 'activities', 'announcements', 'officers', 'publications', 'contact'] as const).map((key) => ({
    key,
    text: texts(lang)[key],
    href: localePath(lang, { news: '/berita', activities: '/kegiatan', announcements: '/pengumuman', officers: '/pengurus', publications: '/publikasi', contact: '/kontak' }[key]),
  }))

export const Header = ({
  lang,
  site,
  navigation,
  visitorLinks = [],
}: {
  lang: Lang
  site: SiteSetting
  navigation: Navigation
  visitorLinks?: { href: string; label: string }[]
}) => {
  const items = navigation.header?.length
    ? navigation.header.map((item: Item, index) => ({ key: item.id ?? String(index), text: label(lang, item), href: resolveLink(lang, item.link), children: item.children ?? [] }))
    : defaultMenu(lang).map((item) => ({ ...item, children: [] as NonNullable<Item['children']> }))
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href={localePath(lang, '/')} className="flex items-center gap-3 text-white no-underline">
          <MediaImage media={site.logo} size="thumbnail" className="h-10 w-10 rounded-full bg-white object-contain" />
          <span className="text-xl font-bold">{site.name}</span>
        </Link>
        <nav aria-label={texts(lang).menu} className="order-3 w-full md:order-none md:ml-auto md:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {items.map((item) => (
              <li key={item.key} className="group relative">
                {item.href ? (
                  <Link href={item.href} className="text-white">
                    {item.text}
                  </Link>
                ) : (
                  <span>{item.text}</span>
                )}
                {item.children.length > 0 && (
                  <ul className="left-0 z-10 hidden min-w-48 rounded bg-white p-2 shadow group-focus-within:block group-hover:block md:absolute">
                    {item.children.map((child, index) => {
                      const href = resolveLink(lang, child.link)
                      return (
                        <li key={child.id ?? index}>
                          {href ? <Link href={href}>{label(lang, child)}</Link> : <span className="text-ink">{label(lang, child)}</span>}
                        </li>
                      )
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 md:ml-0">
          <Link href={localePath(lang, '/cari')} className="text-white">
            {texts(lang).search}
          </Link>
          <AccountLinks lang={lang} visitorLinks={visitorLinks} />
          <LanguageSwitch lang={lang} />
        </div>
      </div>
    </header>
  )
}
