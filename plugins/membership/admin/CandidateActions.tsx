'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { defineTexts, toLang } from '@/lib/i18n'

const texts = defineTexts({
  reasonFirst: { id: 'Tulis alasan penolakan terlebih dahulu.', en: 'Write the reason for the rejection first.' },
  approve: { id: 'Setujui', en: 'Approve' },
  reason: { id: 'Alasan penolakan', en: 'Reason for the rejection' },
  reasonPlaceholder: { id: 'Alasan (wajib untuk menolak, dikirim ke calon)', en: 'Reason (required to reject, sent to the candidate)' },
  reject: { id: 'Tolak', en: 'Reject' },
})

type Props = { memberId: number; canApprove: boolean; canReject: boolean }

/** Approve, or reject with a reason (required): the endpoints decide; this only asks them. */
export const CandidateActions = ({ memberId, canApprove, canReject }: Props) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang = toLang(i18n.language)
  const text = texts(lang)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  const send = async (action: 'approve' | 'reject') => {
    if (action === 'reject' && !reason.trim()) {
      toast.error(text.reasonFirst)
      return
    }
    setBusy(true)
    const response = await fetch(`${config.serverURL}${config.routes.api}/members/${memberId}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(action === 'reject' ? { reason: reason.trim() } : {}),
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message: string }> }
    setBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? `${response.status}`)
      return
    }
    toast.success(body.message ?? 'OK')
    router.refresh()
  }

  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
      {canApprove && (
        <Button buttonStyle="primary" disabled={busy} onClick={() => void send('approve')} size="small">
          {text.approve}
        </Button>
      )}
      {canReject && (
        <>
          <textarea
            aria-label={text.reason}
            placeholder={text.reasonPlaceholder}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={2000}
            rows={3}
          />
          <Button buttonStyle="secondary" disabled={busy} onClick={() => void send('reject')} size="small">
            {text.reject}
          </Button>
        </>
      )}
    </div>
  )
}
