'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'

import { localePath, t, type Lang } from '../i18n'

import { LogoutButton } from './LogoutButton'

/**
 * The header's account links. Pages stay static: "Masuk" is what the server renders, and the
 * browser asks who is signed in after load, then shows the member's name and the way out.
 */
export const AccountLinks = ({ lang }: { lang: Lang }) => {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    fetch('/api/users/me', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { user?: { name?: string } | null } | null) => {
        if (live && body?.user) setName(body.user.name || t(lang, 'memberArea'))
      })
      .catch(() => null)
    return () => {
      live = false
    }
  }, [lang])

  if (!name) {
    return (
      <Link href={localePath(lang, '/masuk')} className="rounded bg-white px-3 py-1 font-semibold text-brand-dark no-underline">
        {t(lang, 'signIn')}
      </Link>
    )
  }
  return (
    <span className="flex items-center gap-3" data-account={name}>
      <span className="font-semibold">{name}</span>
      <Link href={localePath(lang, '/anggota')} className="rounded bg-white px-3 py-1 font-semibold text-brand-dark no-underline">
        {t(lang, 'memberArea')}
      </Link>
      <LogoutButton lang={lang} className="text-white underline" />
    </span>
  )
}
