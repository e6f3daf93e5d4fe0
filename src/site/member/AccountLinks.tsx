'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'

import { localePath, texts, type Lang } from '../i18n'

import { LogoutButton } from './LogoutButton'

/**
 * The header's account links. Pages stay static: "Masuk" is what the server renders, and the
 * browser asks who is signed in after load, then shows the member's name and the way out.
 * Visitors also see the plugins' links for them (such as "Daftar").
 */
export const AccountLinks = ({ lang, visitorLinks = [] }: { lang: Lang; visitorLinks?: { href: string; label: string }[] }) => {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    fetch('/api/users/me', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { user?: { name?: string } | null } | null) => {
        if (live && body?.user) setName(body.user.name || texts(lang).memberArea)
      })
      .catch(() => null)
    return () => {
      live = false
    }
  }, [lang])

  if (!name) {
    return (
      <span className="flex items-center gap-3">
        {visitorLinks.map((link) => (
          <Link key={link.href} href={link.href} className="font-semibold text-white">
            {link.label}
          </Link>
        ))}
        <Link href={localePath(lang, '/masuk')} className="rounded bg-white px-3 py-1 font-semibold text-brand-dark no-underline">
          {texts(lang).signIn}
        </Link>
      </span>
    )
  }
  return (
    <span className="flex items-center gap-3" data-account={name}>
      <span className="font-semibold">{name}</span>
      <Link href={localePath(lang, '/anggota')} className="rounded bg-white px-3 py-1 font-semibold text-brand-dark no-underline">
        {texts(lang).memberArea}
      </Link>
      <LogoutButton lang={lang} className="text-white underline" />
    </span>
  )
}
