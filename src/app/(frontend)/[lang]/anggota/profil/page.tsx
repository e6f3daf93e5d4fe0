import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatDate, isLang, localePath, t, type MessageKey } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'
import { profileSections } from '@/site/member/profile-sections'
import { ProfileForm } from '@/site/member/ProfileForm'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: t(lang, 'profile'), robots: { index: false } } : {}
}

const statusKeys: Record<string, MessageKey> = { pending: 'statusPending', active: 'statusActive', suspended: 'statusSuspended', rejected: 'statusRejected' }

const nameOf = (value: unknown, field: 'label' | 'name') => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[field] ?? '') : '')

/** `/anggota/profil`: the account as stored, and the name to edit. */
const ProfilePage = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const { payload, user } = await requireUser(lang, '/anggota/profil')
  // Plugins' blocks (the membership data), read as this user.
  const sections = (await Promise.all(profileSections.of(payload.config).map(async (section) => ({ key: section.key, block: await section.load(payload, user) })))).filter(
    (section) => section.block !== null,
  )
  const facts: [MessageKey, string][] = [
    ['email', user.email],
    ['role', nameOf(user.role, 'label')],
    ['region', nameOf(user.region, 'name') || '—'],
    ['accountStatus', t(lang, statusKeys[user.accountStatus] ?? 'statusPending')],
    ['lastLogin', formatDate(lang, user.lastLoginAt) || '—'],
  ]
  return (
    <section className="space-y-8">
      <h1 className="text-3xl font-bold">{t(lang, 'profile')}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t(lang, 'name')}</dt>
        <dd data-testid="profile-name">{user.name}</dd>
        {facts.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{t(lang, key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {sections.map(({ key, block }) => (
        <section key={key} aria-labelledby={`profil-${key}`}>
          <h2 id={`profil-${key}`} className="mb-3 text-xl font-bold">
            {block!.title[lang]}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow sm:grid-cols-[12rem_1fr]">
            {block!.rows.map((row) => (
              <div key={row.label.id} className="contents">
                <dt className="font-semibold">{row.label[lang]}</dt>
                <dd data-testid={row.testId}>{typeof row.value === 'string' ? row.value : row.value[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="max-w-md">
        <h2 className="mb-4 text-xl font-bold">{t(lang, 'editProfile')}</h2>
        <ProfileForm lang={lang} name={user.name} />
      </div>
      <div className="max-w-md">
        <h2 className="mb-2 text-xl font-bold">{t(lang, 'changePassword')}</h2>
        <p className="text-muted">{t(lang, 'changePasswordText')}</p>
        <Link href={localePath(lang, '/lupa-sandi')}>{t(lang, 'forgotTitle')}</Link>
      </div>
    </section>
  )
}

export default ProfilePage
