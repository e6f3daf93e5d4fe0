import { can } from '@/access/can'
import type { Text } from '@/lib/messages'

export const workflowStatuses = ['draft', 'pending_review', 'published', 'rejected'] as const
export type WorkflowStatus = (typeof workflowStatuses)[number]

export const statusLabels: Record<WorkflowStatus, Text> = {
  draft: { id: 'Draf', en: 'Draft' },
  pending_review: { id: 'Menunggu tinjauan', en: 'Pending review' },
  published: { id: 'Terbit', en: 'Published' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
}

type Actor = { user: unknown; isAuthor: boolean }

/**
 * The content state machine: who may move an item from one status to another.
 * `content.force_status` (admins) may make any move.
 */
const transitions: Array<{ from: WorkflowStatus; to: WorkflowStatus; allowed: (actor: Actor) => boolean }> = [
  // A contributor submits their own draft; reviewers may submit any.
  { from: 'draft', to: 'pending_review', allowed: ({ user, isAuthor }) => (isAuthor && can(user, 'content.submit')) || can(user, 'content.review') },
  { from: 'pending_review', to: 'published', allowed: ({ user }) => can(user, 'content.review') && can(user, 'content.publish') },
  { from: 'pending_review', to: 'rejected', allowed: ({ user }) => can(user, 'content.review') },
  { from: 'rejected', to: 'draft', allowed: ({ user, isAuthor }) => (isAuthor && can(user, 'content.create')) || can(user, 'content.review') },
  // Editors may publish directly, and take a published item back to draft.
  { from: 'draft', to: 'published', allowed: ({ user }) => can(user, 'content.publish') },
  { from: 'published', to: 'draft', allowed: ({ user }) => can(user, 'content.publish') },
]

/** A move of the state machine itself, as opposed to one only `content.force_status` may make. */
export const isRegularMove = (from: WorkflowStatus, to: WorkflowStatus) => transitions.some((t) => t.from === from && t.to === to)

export type TransitionCheck = { ok: true } | { ok: false; message: Text }

export const checkTransition = (from: WorkflowStatus, to: WorkflowStatus, actor: Actor, comment?: string | null): TransitionCheck => {
  if (to === 'rejected' && !comment?.trim()) {
    return { ok: false, message: { id: 'Penolakan wajib disertai komentar untuk penulis.', en: 'A rejection needs a comment for the author.' } }
  }
  if (can(actor.user, 'content.force_status')) return { ok: true }
  const move = transitions.find((t) => t.from === from && t.to === to)
  if (!move) {
    return {
      ok: false,
      message: {
        id: `Status tidak dapat diubah dari "${statusLabels[from].id}" ke "${statusLabels[to].id}".`,
        en: `The status cannot change from "${statusLabels[from].en}" to "${statusLabels[to].en}".`,
      },
    }
  }
  if (!move.allowed(actor)) {
    return {
      ok: false,
      message: {
        id: `Anda tidak berhak mengubah status dari "${statusLabels[from].id}" ke "${statusLabels[to].id}".`,
        en: `You may not change the status from "${statusLabels[from].en}" to "${statusLabels[to].en}".`,
      },
    }
  }
  return { ok: true }
}

/**
 * Who may change the item's fields at all in its current status: reviewers anything; an author
 * only while it is a draft or rejected (not under review, not published).
 */
export const checkEdit = (status: WorkflowStatus, actor: Actor): TransitionCheck => {
  if (can(actor.user, 'content.review') || can(actor.user, 'content.manage')) return { ok: true }
  if (actor.isAuthor && (status === 'draft' || status === 'rejected')) return { ok: true }
  return {
    ok: false,
    message: {
      id: `Konten berstatus "${statusLabels[status].id}" tidak dapat diubah oleh Anda.`,
      en: `You cannot change an item whose status is "${statusLabels[status].en}".`,
    },
  }
}
