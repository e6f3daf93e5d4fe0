import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { outreachSettings } from '@plugins/outreach/options'
import { NotificationsPage } from '@plugins/outreach/site/NotificationsPage'
import { defineTexts } from '@/lib/i18n'
import { isLang } from '@/site/i18n'

export const dynamic = 'force-dynamic'

const texts = defineTexts({ title: { id: 'Notifikasi', en: 'Notifications' } })

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).title, robots: { index: false } } : {}
}

/** `/anggota/notifikasi`: the member's notifications; 404 when the outreach plugin is off. */
const Page = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang) || !outreachSettings((await getPayload({ config })).config)) notFound()
  return <NotificationsPage lang={lang} />
}

export default Page
