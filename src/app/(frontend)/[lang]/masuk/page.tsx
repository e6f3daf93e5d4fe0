import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { isLang, localePath, texts } from '@/site/i18n'
import { currentUser } from '@/site/member/auth'
import { AuthCard } from '@/site/member/AuthCard'
import { LoginForm } from '@/site/member/LoginForm'
import { MEMBER_HOME, safeNext } from '@/site/member/next'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ next?: string | string[] }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).signIn, robots: { index: false } } : {}
}

// Per user: never prerendered at build (there is no database then) nor cached.
export const dynamic = 'force-dynamic'

/** `/masuk?next=/anggota/…`: back to `next` (a path on this site only) after signing in. */
const SignInPage = async ({ params, searchParams }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const next = safeNext((await searchParams).next, localePath(lang, MEMBER_HOME))
  if ((await currentUser()).user) redirect(next)
  return (
    <AuthCard title={texts(lang).signInTitle} intro={texts(lang).signInIntro}>
      <LoginForm lang={lang} next={next} />
    </AuthCard>
  )
}

export default SignInPage
