import type { CollectionBeforeChangeHook } from 'payload'

import { can, idOfRelation, withRole } from '@/access'
import { forbidden, userError } from '@/lib/messages'

import { checkEdit, checkTransition, isRegularMove, type WorkflowStatus } from '../workflow'

export type HistoryEntry = {
  action: 'created' | 'submitted' | 'approved' | 'rejected' | 'published' | 'scheduled' | 'unpublished' | 'reopened' | 'forced'
  from?: WorkflowStatus | null
  to: WorkflowStatus
  by?: number | null
  comment?: string | null
  at: string
}

/** Set by the scheduled-publication job: the approval already happened, the clock now acts. */
export const SCHEDULED_PUBLICATION = 'scheduledPublication'

const actionFor = (from: WorkflowStatus, to: WorkflowStatus, forced: boolean): HistoryEntry['action'] => {
  if (forced) return 'forced'
  if (to === 'pending_review') return 'submitted'
  if (to === 'rejected') return 'rejected'
  if (to === 'published') return from === 'pending_review' ? 'approved' : 'published'
  return from === 'published' ? 'unpublished' : 'reopened'
}

/** The status this save asks for: an explicit workflowStatus, or Payload's Publish button. */
const requestedStatus = (data: Record<string, unknown>, current: WorkflowStatus): WorkflowStatus => {
  if (data.workflowStatus && data.workflowStatus !== current) return data.workflowStatus as WorkflowStatus
  if (data._status === 'published' && current !== 'published') return 'published'
  return current
}

const isFuture = (value: unknown) => typeof value === 'string' && new Date(value).getTime() > Date.now()

/**
 * The content state machine: who may edit the item now, which status moves are
 * allowed, the reviewer and comment, scheduling a future publication, the transition history,
 * and `_status` agreeing with `workflowStatus`. Saves without a user are the system's own
 * (seeding, the scheduler); the API never gets here without one.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const user = await withRole(req)
  const current: WorkflowStatus = operation === 'create' ? 'draft' : (originalDoc?.workflowStatus ?? 'draft')
  let target = requestedStatus(data, current)
  const history: HistoryEntry[] = operation === 'create' ? [] : [...(originalDoc?.workflowHistory ?? [])]
  const now = new Date().toISOString()
  const userId = user ? (user.id as number) : null

  if (operation === 'create') {
    // Authors write under their own name; only content managers (or the system) name someone else.
    if (user && (!data.author || !can(user, 'content.manage'))) data.author = userId
    history.push({ action: 'created', from: null, to: 'draft', by: userId, at: now })
  }
  const isAuthor = user != null && String(idOfRelation(data.author ?? originalDoc?.author)) === String(user.id)
  const actor = { user, isAuthor }

  if (user && operation === 'update') {
    const edit = checkEdit(current, actor)
    if (!edit.ok) throw forbidden(req, edit.message)
  }

  const comment = typeof data.reviewComment === 'string' && data.reviewComment !== originalDoc?.reviewComment ? data.reviewComment : null
  const publishAt = data.publishedAt ?? originalDoc?.publishedAt
  if (target !== current) {
    const scheduled = context[SCHEDULED_PUBLICATION] === true
    if (user) {
      const check = checkTransition(current, target, actor, comment)
      if (!check.ok) throw (target === 'rejected' && !comment?.trim() ? userError(req, 400, check.message) : forbidden(req, check.message))
    }
    if (target === 'published' && !scheduled && isFuture(publishAt)) {
      // Approved for later: it waits as pending review until the jobs queue publishes it.
      history.push({ action: 'scheduled', from: current, to: 'pending_review', by: userId, comment, at: now })
      target = 'pending_review'
      data.scheduledFor = publishAt
      data.reviewer = userId
    } else {
      const forced = !isRegularMove(current, target)
      history.push({ action: scheduled ? 'published' : actionFor(current, target, forced), from: current, to: target, by: userId, comment, at: now })
      if (target === 'published' && !publishAt) data.publishedAt = now
      if (current === 'pending_review' && user) data.reviewer = userId
      if (target !== 'pending_review') data.scheduledFor = null
    }
  }

  data.workflowStatus = target
  data._status = target === 'published' ? 'published' : 'draft'
  data.workflowHistory = history
  return data
}
