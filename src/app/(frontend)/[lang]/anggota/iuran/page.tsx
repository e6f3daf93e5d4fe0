import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { duesSettings } from '../../../../../../plugins/dues/options'
import { DuesPage } from '../../../../../../plugins/dues/site/DuesPage'
import { defineTexts } from '@/lib/i18n'
import { isLang } from '@/site/i18n'

export const dynamic = 'force-dynamic'

const texts = defineTexts({ title: { id: 'Iuran', en: 'Dues' } })

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).title, robots: { index: false } } : {}
}

/** `/anggota/iuran` (`/en/anggota/iuran`): the dues plugin's member page; 404 when the plugin is off. */
const Page = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang) || !duesSettings((await getPayload({ config })).config)) notFound()
  return <DuesPage lang={lang} />
}

export default Page
