'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { defineTexts } from '@/lib/i18n'

import type { Lang } from '../i18n'

const texts = defineTexts({
  failed: { id: 'Gagal.', en: 'That did not work.' },
  unreachable: { id: 'Server tidak dapat dihubungi.', en: 'The server cannot be reached.' },
})

/**
 * A small action of the member area (mark a notification read…): POSTs to `/api<post>` with the
 * member's cookie and the page's language, then refreshes the page; a refusal is announced.
 */
export const PostButton = ({ post, label, lang, className }: { post: string; label: string; lang: Lang; className?: string }) => {
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const click = async () => {
    setPending(true)
    setError(null)
    try {
      const response = await fetch(`/api${post}`, { method: 'POST', credentials: 'same-origin', headers: { 'accept-language': lang, 'content-type': 'application/json' }, body: '{}' })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        setError(body.errors?.[0]?.message ?? texts(lang).failed)
      } else router.refresh()
    } catch {
      setError(texts(lang).unreachable)
    } finally {
      setPending(false)
    }
  }
  return (
    <>
      <button type="button" onClick={click} disabled={pending} aria-busy={pending} className={className ?? 'rounded border border-brand px-3 py-1 text-sm font-semibold text-brand-dark disabled:opacity-60'}>
        {label}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {error}
        </span>
      )}
    </>
  )
}
