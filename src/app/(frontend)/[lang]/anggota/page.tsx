import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLang, t } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'
import { memberMenuFor } from '@/site/member/menu'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: t(lang, 'memberArea'), robots: { index: false } } : {}
}

/** `/anggota`: a greeting and the member menu's entries as cards. */
const MemberHome = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const { payload, user } = await requireUser(lang, '/anggota')
  return (
    <section>
      <h1 className="text-3xl font-bold">{t(lang, 'welcome', { name: user.name })}</h1>
      <p className="mt-2 text-muted">{t(lang, 'memberIntro')}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {memberMenuFor(payload.config, user, lang).map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-lg bg-white p-4 font-semibold shadow">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export default MemberHome
