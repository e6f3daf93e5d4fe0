import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SubscribeForm } from '@/site/forms/SubscribeForm'
import { isLang, texts } from '@/site/i18n'

export const revalidate = 3600

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).subscribeTitle } : {}
}

/** Sign-up for the newsletter (double opt-in: the email's link confirms). */
const SubscribePage = async ({ params }: { params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{texts(lang).subscribeTitle}</h1>
      <p className="mb-6 max-w-2xl text-lg text-muted">{texts(lang).subscribeIntro}</p>
      <SubscribeForm lang={lang} />
    </>
  )
}

export default SubscribePage
