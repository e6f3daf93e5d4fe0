'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { localePath, texts, type Lang, type MessageKey } from '../i18n'

/**
 * 404/403/500 in the language of the address asked for. A client component: it reads the address
 * in the browser, so a statically rendered page can still show the right language.
 */
export const StatusPage = ({ code, title, text, onRetry }: { code: number; title: MessageKey; text: MessageKey; onRetry?: () => void }) => {
  const pathname = usePathname() ?? '/'
  const lang: Lang = /^\/en(\/|$)/.test(pathname) ? 'en' : 'id'
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-brand">{code}</p>
      <h1 className="mt-4 text-3xl font-bold">{texts(lang)[title]}</h1>
      <p className="mt-2 text-muted">{texts(lang)[text]}</p>
      <p className="mt-6 flex justify-center gap-4">
        {onRetry && (
          <button type="button" onClick={onRetry} className="rounded bg-brand px-4 py-2 font-semibold text-white">
            {texts(lang).tryAgain}
          </button>
        )}
        <Link href={localePath(lang, '/')}>{texts(lang).backHome}</Link>
      </p>
    </section>
  )
}
