import Link from 'next/link'

import { visibleSections, type Section } from '../../../collections/Landing/sections'
import type { Landing, Officer } from '../../../payload-types'
import { MediaImage } from '../components/MediaImage'
import { RichText } from '../components/RichText'
import { getStats, listDocuments, listOfficers } from '../data'
import { formatDate, formatNumber, localePath, texts, type Lang, type MessageKey } from '../i18n'
import { SubscribeForm } from '../forms/SubscribeForm'
import { resolveLink } from '../links'

const statLabels: Record<string, MessageKey> = { members: 'statsMembers', regions: 'statsRegions', publications: 'statsPublications', news: 'statsNews' }

/** The editors' choice of figures (a plugin's figure of the same key replaces core's), then the plugins' other figures. */
const Stats = async ({ lang, section }: { lang: Lang; section: Extract<Section, { blockType: 'stats' }> }) => {
  const { core, extra } = await getStats()
  const chosen = (section.items ?? []).map((key) => {
    const fromPlugin = extra.find((stat) => stat.key === key)
    return fromPlugin
      ? { key, label: fromPlugin.label[lang], value: fromPlugin.value }
      : { key, label: texts(lang)[statLabels[key]], value: core[key as keyof typeof core] ?? 0 }
  })
  const others = extra.filter((stat) => !(stat.key in core)).map((stat) => ({ key: stat.key, label: stat.label[lang], value: stat.value }))
  return (
    <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-black/5">
      {section.title && <h2 className="mb-4 text-2xl font-bold">{section.title}</h2>}
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {[...chosen, ...others].map(({ key, label, value }) => (
          <div key={key}>
            <dt className="text-muted">{label}</dt>
            <dd className="text-3xl font-bold text-brand-dark">{formatNumber(lang, value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** The latest published documents of the publication type, ready to download. */
const Latest = async ({ lang, section }: { lang: Lang; section: Extract<Section, { blockType: 'latestPublications' }> }) => {
  const { docs } = await listDocuments({ docType: 'publication', limit: section.count ?? 6 })
  return (
    <section>
      <div className="mb-4 flex items-baseline justify-between">
        <h2 className="text-2xl font-bold">{section.title || texts(lang).publications}</h2>
        <Link href={localePath(lang, '/publikasi')}>{texts(lang).seeAll}</Link>
      </div>
      {docs.length ? (
        <ul className="grid gap-4 md:grid-cols-3">
          {docs.map((doc) => (
            <li key={doc.id} className="flex flex-col justify-between gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-black/5">
              <div>
                <p className="text-sm text-muted">{formatDate(lang, doc.publishedAt)}</p>
                <p className="font-semibold">{doc.title}</p>
              </div>
              <a href={`/dokumen/${doc.id}/unduh`}>
                {texts(lang).download} <span className="sr-only">{doc.title}</span> (PDF)
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{texts(lang).nothingYet}</p>
      )}
    </section>
  )
}

const Officers = async ({ lang, section }: { lang: Lang; section: Extract<Section, { blockType: 'officers' }> }) => {
  const officers = (await listOfficers()).filter((o: Officer) => section.level === 'all' || o.level === 'central').slice(0, section.count ?? 8)
  return (
    <section>
      <div className="mb-4 flex items-baseline justify-between">
        <h2 className="text-2xl font-bold">{section.title || texts(lang).officers}</h2>
        <Link href={localePath(lang, '/pengurus')}>{texts(lang).seeAll}</Link>
      </div>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {officers.map((officer) => (
          <li key={officer.id} className="rounded-lg bg-white p-4 text-center shadow-sm ring-1 ring-black/5">
            <MediaImage media={officer.photo} size="thumbnail" className="mx-auto mb-2 h-24 w-24 rounded-full object-cover" />
            <p className="font-semibold">{officer.fullName}</p>
            <p className="text-sm text-muted">{officer.positionTitle}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

const CallToAction = ({ lang, section }: { lang: Lang; section: Extract<Section, { blockType: 'ctaJoin' | 'ctaLogin' }> }) => {
  const href = resolveLink(lang, section.link)
  return (
    <section className="rounded-lg bg-brand p-6 text-white">
      {section.title && <h2 className="text-2xl font-bold">{section.title}</h2>}
      {section.text && <p className="mt-2 max-w-2xl">{section.text}</p>}
      {href && (
        <Link href={href} className="mt-4 inline-block rounded bg-white px-4 py-2 font-semibold text-brand-dark no-underline">
          {section.buttonLabel || texts(lang)[section.blockType === 'ctaJoin' ? 'join' : 'signIn']}
        </Link>
      )}
    </section>
  )
}

/** The landing global's sections in the editors' order; switched-off ones are not rendered at all. */
export const LandingSections = ({ lang, landing }: { lang: Lang; landing: Landing }) => (
  <div className="space-y-12">
    {visibleSections(landing).map((section, index) => {
      const key = section.id ?? `${section.blockType}-${index}`
      switch (section.blockType) {
        case 'about':
          return (
            <section key={key}>
              {section.title && <h2 className="mb-2 text-2xl font-bold">{section.title}</h2>}
              <RichText data={section.body} />
            </section>
          )
        case 'stats':
          return <Stats key={key} lang={lang} section={section} />
        case 'latestPublications':
          return <Latest key={key} lang={lang} section={section} />
        case 'ctaJoin':
        case 'ctaLogin':
          return <CallToAction key={key} lang={lang} section={section} />
        case 'officers':
          return <Officers key={key} lang={lang} section={section} />
        case 'subscribe':
          return (
            <section key={key} id="langganan" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-black/5">
              {section.title && <h2 className="text-2xl font-bold">{section.title}</h2>}
              {section.text && <p className="mt-2 text-muted">{section.text}</p>}
              <div className="mt-4">
                <SubscribeForm lang={lang} />
              </div>
            </section>
          )
        default:
          return null
      }
    })}
  </div>
)
