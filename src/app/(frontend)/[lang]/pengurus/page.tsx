import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Officer } from '../../../../../payload-types'
import { routeMetadata } from '@/lib/site-seo'
import { MediaImage } from '@/site/components/MediaImage'
import { getSite, listOfficers } from '@/site/data'
import { formatDate, isLang, texts, type Lang } from '@/site/i18n'

export const revalidate = 3600

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? routeMetadata({ path: '/pengurus', title: texts(lang).officers }, await getSite(), lang) : {}
}

const OfficerCard = ({ lang, officer }: { lang: Lang; officer: Officer }) => (
  <li className="rounded-lg bg-white p-4 text-center shadow-sm ring-1 ring-black/5">
    <MediaImage media={officer.photo} size="thumbnail" className="mx-auto mb-3 h-28 w-28 rounded-full object-cover" />
    <p className="font-semibold">{officer.fullName}</p>
    <p className="text-muted">{officer.positionTitle}</p>
    {officer.periodStart && (
      <p className="mt-1 text-xs text-muted">
        {texts(lang).period}: {formatDate(lang, officer.periodStart)}
        {officer.periodEnd ? ` – ${formatDate(lang, officer.periodEnd)}` : ''}
      </p>
    )}
  </li>
)

/** The board: central officers first, then each region's. */
const OfficersPage = async ({ params }: { params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const officers = await listOfficers()
  const central = officers.filter((o) => o.level === 'central')
  const regions = new Map<string, Officer[]>()
  for (const officer of officers.filter((o) => o.level === 'regional')) {
    const name = typeof officer.region === 'object' && officer.region ? officer.region.name : '—'
    regions.set(name, [...(regions.get(name) ?? []), officer])
  }
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{texts(lang).officers}</h1>
      <section aria-labelledby="pusat">
        <h2 id="pusat" className="mb-4 text-2xl font-bold">{texts(lang).central}</h2>
        <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {central.map((officer) => <OfficerCard key={officer.id} lang={lang} officer={officer} />)}
        </ul>
      </section>
      {regions.size > 0 && (
        <section aria-labelledby="wilayah" className="mt-10">
          <h2 id="wilayah" className="mb-4 text-2xl font-bold">{texts(lang).regional}</h2>
          {[...regions].map(([region, list]) => (
            <div key={region} className="mb-6">
              <h3 className="mb-3 text-xl font-semibold">{region}</h3>
              <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
                {list.map((officer) => <OfficerCard key={officer.id} lang={lang} officer={officer} />)}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  )
}

export default OfficersPage
