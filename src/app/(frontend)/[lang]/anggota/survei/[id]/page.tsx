import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { outreachSettings } from '@plugins/outreach/options'
import { SurveyFormPage } from '@plugins/outreach/site/SurveyFormPage'
import { defineTexts } from '@/lib/i18n'
import { isLang } from '@/site/i18n'

export const dynamic = 'force-dynamic'

const texts = defineTexts({ title: { id: 'Isi survei', en: 'Answer the survey' } })

type Props = { params: Promise<{ lang: string; id: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).title, robots: { index: false } } : {}
}

/** `/anggota/survei/<id>`: the survey's form; 404 when the plugin is off. */
const Page = async ({ params }: Props) => {
  const { lang, id } = await params
  if (!isLang(lang) || !outreachSettings((await getPayload({ config })).config)) notFound()
  return <SurveyFormPage lang={lang} id={id} />
}

export default Page
