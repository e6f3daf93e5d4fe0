import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLang, localePath, texts } from '@/site/i18n'
import { AuthCard } from '@/site/member/AuthCard'
import { Notice } from '@/site/member/Field'
import { ResetPasswordForm } from '@/site/member/ResetPasswordForm'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ token?: string | string[] }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).resetTitle, robots: { index: false } } : {}
}

// Not prerendered at build (there is no database then); a light page.
export const dynamic = 'force-dynamic'

/** `/atur-ulang-sandi?token=…`, the link of the password-reset email. */
const ResetPasswordPage = async ({ params, searchParams }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const { token } = await searchParams
  return (
    <AuthCard title={texts(lang).resetTitle}>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm lang={lang} token={token} />
      ) : (
        <Notice kind="error">
          {texts(lang).resetNoToken} <Link href={localePath(lang, '/lupa-sandi')}>{texts(lang).forgotTitle}</Link>
        </Notice>
      )}
    </AuthCard>
  )
}

export default ResetPasswordPage
