import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { getNavigation, getSite } from '@/site/data'
import { isLang, localePath, t } from '@/site/i18n'
import { visitorLinks } from '@/site/member/visitor-links'
import { Footer } from '@/site/components/Footer'
import { Header } from '@/site/components/Header'

import './site.css'

// Nothing is rendered at build time (there is no database then): each page is rendered on its
// first request and then served from Next's cache. Anything but id and en is a 404 (below).
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const site = await getSite()
  const { lang } = await params
  return {
    title: { default: site.name, template: `%s — ${site.name}` },
    description: site.tagline ?? undefined,
    metadataBase: new URL(process.env.SERVER_URL ?? 'http://localhost:3000'),
    alternates: { languages: { id: '/', en: '/en' } },
    openGraph: { siteName: site.name, locale: lang === 'en' ? 'en_GB' : 'id_ID', type: 'website' },
  }
}

const SiteLayout = async ({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const [site, navigation] = await Promise.all([getSite(), getNavigation()])
  // Plugins' links for visitors ("Daftar"), from the config: core never imports a plugin.
  const links = visitorLinks.of(await config).map((link) => ({ href: localePath(lang, link.href), label: link.label[lang] }))
  const brand = site.primaryColour ? ({ '--brand': site.primaryColour } as React.CSSProperties) : undefined
  return (
    <html lang={lang} style={brand}>
      <body className="flex min-h-screen flex-col">
        <a href="#isi" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t(lang, 'skipToContent')}
        </a>
        <Header lang={lang} site={site} navigation={navigation} visitorLinks={links} />
        <main id="isi" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <Footer lang={lang} site={site} navigation={navigation} />
      </body>
    </html>
  )
}

export default SiteLayout
