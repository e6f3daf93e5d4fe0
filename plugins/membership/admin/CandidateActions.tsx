'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { memberId: number; canApprove: boolean; canReject: boolean }

/** Approve, or reject with a reason (required): the endpoints decide; this only asks them. */
export const CandidateActions = ({ memberId, canApprove, canReject }: Props) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang = i18n.language === 'en' ? 'en' : 'id'
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  const send = async (action: 'approve' | 'reject') => {
    if (action === 'reject' && !reason.trim()) {
      toast.error(lang === 'en' ? 'Write the reason for the rejection first.' : 'Tulis alasan penolakan terlebih dahulu.')
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
          {lang === 'en' ? 'Approve' : 'Setujui'}
        </Button>
      )}
      {canReject && (
        <>
          <textarea
            aria-label={lang === 'en' ? 'Reason for the rejection' : 'Alasan penolakan'}
            placeholder={lang === 'en' ? 'Reason (required to reject, sent to the candidate)' : 'Alasan (wajib untuk menolak, dikirim ke calon)'}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={2000}
            rows={3}
          />
          <Button buttonStyle="secondary" disabled={busy} onClick={() => void send('reject')} size="small">
            {lang === 'en' ? 'Reject' : 'Tolak'}
          </Button>
        </>
      )}
    </div>
  )
}
