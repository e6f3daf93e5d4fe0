import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLang, texts } from '@/site/i18n'
import { AuthCard } from '@/site/member/AuthCard'
import { ForgotPasswordForm } from '@/site/member/ForgotPasswordForm'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).forgotTitle, robots: { index: false } } : {}
}

// Not prerendered at build (there is no database then); a light page.
export const dynamic = 'force-dynamic'

const ForgotPasswordPage = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  return (
    <AuthCard title={texts(lang).forgotTitle} intro={texts(lang).forgotIntro}>
      <ForgotPasswordForm lang={lang} />
    </AuthCard>
  )
}

export default ForgotPasswordPage
