'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { idOfRelation } from '@/access/can'
import { defineTexts, toLang } from '@/lib/i18n'

import { checkTransition, isRegularMove, statusLabels, workflowStatuses, type WorkflowStatus } from '../workflow'

const texts = defineTexts({
  workflow: { id: 'Alur kerja', en: 'Workflow' },
  commentFirst: { id: 'Tulis komentar untuk penulis terlebih dahulu.', en: 'Write a comment for the author first.' },
  changed: { id: 'Status diubah.', en: 'Status changed.' },
  comment: { id: 'Komentar untuk penulis', en: 'Comment for the author' },
  commentPlaceholder: { id: 'Komentar untuk penulis (wajib saat menolak)', en: 'Comment for the author (required to reject)' },
  schedule: { id: 'Setujui & jadwalkan', en: 'Approve & schedule' },
  force: { id: (status: string) => `Paksa: ${status}`, en: (status: string) => `Force: ${status}` },
})

const actionLabels: Record<WorkflowStatus, { id: string; en: string }> = {
  draft: { id: 'Kembalikan ke draf', en: 'Back to draft' },
  pending_review: { id: 'Ajukan untuk ditinjau', en: 'Submit for review' },
  published: { id: 'Setujui & terbitkan', en: 'Approve & publish' },
  rejected: { id: 'Tolak', en: 'Reject' },
}

/**
 * The workflow in the document's sidebar: the current status and one button per move this user
 * may make. The server decides again on every save; this only offers what it would accept.
 */
export const WorkflowActions = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = toLang(i18n.language)
  const text = texts(lang)
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as WorkflowStatus | undefined) ?? 'draft'
  const author = useFormFields(([fields]) => fields.author?.value)
  const publishedAt = useFormFields(([fields]) => fields.publishedAt?.value as string | undefined)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  // When the page opened: enough to tell a future publication date from a past one.
  const [openedAt] = useState(() => Date.now())

  if (!id) return null
  const isAuthor = user != null && String(idOfRelation(author)) === String(user.id)
  const moves = workflowStatuses.filter(
    (to) => to !== status && checkTransition(status, to, { user, isAuthor }, to === 'rejected' ? 'x' : null).ok,
  )

  const move = async (to: WorkflowStatus) => {
    if (to === 'rejected' && !comment.trim()) {
      toast.error(text.commentFirst)
      return
    }
    setBusy(true)
    const response = await fetch(`${config.serverURL}${config.routes.api}/content/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ workflowStatus: to, ...(comment.trim() ? { reviewComment: comment.trim() } : {}) }),
    })
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
    setBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? `${response.status}`)
      return
    }
    toast.success(text.changed)
    // The form holds the old values; reload so every field shows what the server saved.
    window.location.reload()
  }

  const scheduled = publishedAt && new Date(publishedAt).getTime() > openedAt
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{text.workflow}</label>
      <p>
        <strong>{statusLabels[status][lang]}</strong>
      </p>
      {moves.includes('rejected') && (
        <textarea
          aria-label={text.comment}
          placeholder={text.commentPlaceholder}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          rows={3}
          style={{ width: '100%' }}
        />
      )}
      {moves.map((to) => (
        <Button key={to} buttonStyle={to === 'rejected' ? 'secondary' : 'primary'} size="small" disabled={busy} onClick={() => move(to)}>
          {to === 'published' && scheduled ? text.schedule : isRegularMove(status, to) ? actionLabels[to][lang] : text.force(statusLabels[to][lang])}
        </Button>
      ))}
    </div>
  )
}
