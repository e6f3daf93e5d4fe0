import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { homeMetadata, organizationJsonLd } from '@/lib/site-seo'
import { getLanding, getSite } from '@/site/data'
import { isLang } from '@/site/i18n'
import { LandingSections } from '@/site/views/LandingSections'

// Kept in Next's cache; editors' changes clear it through the data's tags.
export const revalidate = 3600

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? homeMetadata(await getSite(), lang) : {}
}

const Home = async ({ params }: { params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const [site, landing] = await Promise.all([getSite(), getLanding()])
  return (
    <>
      <JsonLd data={organizationJsonLd(site)} />
      <section className="mb-10">
        <h1 className="text-4xl font-bold md:text-5xl">{site.name}</h1>
        {site.tagline && <p className="mt-3 max-w-2xl text-xl text-muted">{site.tagline}</p>}
      </section>
      <LandingSections lang={lang} landing={landing} />
    </>
  )
}

export default Home
