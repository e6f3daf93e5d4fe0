'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { defineTexts, type Lang } from '@/lib/i18n'

import type { ClaimAction } from '../../claims/moves'
import { postApi } from '../../site/submit'

const texts = defineTexts({
  note: { id: 'Catatan keputusan (wajib untuk menolak, dikirim ke anggota)', en: 'Decision note (required to reject, sent to the member)' },
  review: { id: 'Tinjau', en: 'Start review' },
  approve: { id: 'Setujui', en: 'Approve' },
  reject: { id: 'Tolak', en: 'Reject' },
  needNote: { id: 'Tulis alasan penolakan terlebih dahulu.', en: 'Write the reason for the rejection first.' },
  network: { id: 'Koneksi gagal. Coba lagi.', en: 'The connection failed. Try again.' },
})

/** The moves a claim may still make; the claim endpoints decide, this only asks them. */
export const ClaimActions = ({ lang, claimId, actions }: { lang: Lang; claimId: number; actions: ClaimAction[] }) => {
  const router = useRouter()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async (action: ClaimAction) => {
    if (action === 'reject' && !note.trim()) return setError(texts(lang).needNote)
    setBusy(true)
    setError(null)
    try {
      const answer = await postApi(`/dues-claims/${claimId}/${action}`, note.trim() ? { note: note.trim() } : {}, lang)
      if (!answer.ok) return setError(answer.message ?? texts(lang).network)
      toast.success(answer.message ?? texts(lang)[action])
      setNote('')
      router.refresh()
    } catch {
      setError(texts(lang).network)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: '.5rem', maxWidth: '40rem' }}>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      )}
      <label htmlFor="claim-note">{texts(lang).note}</label>
      <textarea id="claim-note" value={note} maxLength={2000} rows={3} onChange={(event) => setNote(event.target.value)} />
      <div style={{ display: 'flex', gap: '1rem' }}>
        {actions.map((action) => (
          <Button key={action} buttonStyle={action === 'approve' ? 'primary' : 'secondary'} disabled={busy} onClick={() => void send(action)}>
            {texts(lang)[action]}
          </Button>
        ))}
      </div>
    </div>
  )
}
