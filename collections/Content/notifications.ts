import type { PayloadRequest } from 'payload'

import { idOfRelation } from '@/access/can'
import { formatDateTime } from '@/lib/i18n'
import { composeEmail, queueEmail } from '@/lib/mail'
import type { Text } from '@/lib/messages'

import type { Content } from '../../payload-types'
import type { HistoryEntry } from './hooks/applyWorkflow'
import { statusLabels } from './workflow'

const adminLink = (doc: Pick<Content, 'id'>) => ({ label: { id: 'Buka di admin', en: 'Open in the admin' }, href: `/admin/collections/content/${doc.id}` })

/**
 * Active users whose role reviews content for the whole site (region-scoped roles cannot review
 * content, which has no region).
 */
const reviewerEmails = async (req: PayloadRequest) => {
  const { docs: roles } = await req.payload.find({
    collection: 'roles',
    where: { and: [{ permissions: { in: ['content.review'] } }, { scope: { not_equals: 'region' } }] },
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  if (roles.length === 0) return []
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { in: roles.map((role) => role.id) } }, { accountStatus: { equals: 'active' } }] },
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { email: true },
  })
  return users.map((user) => user.email)
}

const authorEmail = async (req: PayloadRequest, doc: Content) => {
  const id = idOfRelation(doc.author)
  if (id == null) return null
  const author = await req.payload.findByID({ collection: 'users', id, req, overrideAccess: true, depth: 0, disableErrors: true })
  return author?.accountStatus === 'active' ? author.email : null
}

const commentParagraph = (comment: string | null | undefined): Text[] =>
  comment?.trim() ? [{ id: `Komentar peninjau:\n${comment.trim()}`, en: `Reviewer's comment:\n${comment.trim()}` }] : []

/** What the author hears about a decision on their item. */
const decisionFor = (entry: HistoryEntry, doc: Content): { subject: Text; paragraph: Text } | null => {
  const title = doc.title
  switch (entry.action) {
    case 'approved':
      return {
        subject: { id: `Disetujui: ${title}`, en: `Approved: ${title}` },
        paragraph: { id: `Tulisan Anda "${title}" telah disetujui dan kini terbit.`, en: `Your item "${title}" has been approved and is now published.` },
      }
    case 'scheduled':
      return {
        subject: { id: `Disetujui, terbit terjadwal: ${title}`, en: `Approved, scheduled: ${title}` },
        paragraph: {
          id: `Tulisan Anda "${title}" telah disetujui dan akan terbit pada ${formatDateTime('id', doc.scheduledFor)}.`,
          en: `Your item "${title}" has been approved and will be published on ${formatDateTime('en', doc.scheduledFor)}.`,
        },
      }
    case 'rejected':
      return {
        subject: { id: `Perlu perbaikan: ${title}`, en: `Changes needed: ${title}` },
        paragraph: {
          id: `Tulisan Anda "${title}" dikembalikan dengan status "${statusLabels.rejected.id}". Perbaiki lalu ajukan kembali.`,
          en: `Your item "${title}" was returned as "${statusLabels.rejected.en}". Revise it and submit it again.`,
        },
      }
    default:
      return null
  }
}

/**
 * The workflow's emails: reviewers hear of every submission, the author of every
 * approval, scheduling or rejection, with the comment and a link. Queued in the save's
 * transaction; nobody is told about their own action.
 */
export const notifyTransition = async (req: PayloadRequest, doc: Content, entry: HistoryEntry) => {
  // The system's own saves (the demo seed, the scheduler) tell nobody: any decision was a person's.
  if (!req.user) return
  const actor = entry.by == null ? null : String(entry.by)
  if (entry.action === 'submitted') {
    const recipients = (await reviewerEmails(req)).filter((email) => email !== req.user?.email)
    const mail = composeEmail(req, {
      subject: { id: `Menunggu tinjauan: ${doc.title}`, en: `Waiting for review: ${doc.title}` },
      paragraphs: [
        {
          id: `"${doc.title}" diajukan untuk ditinjau oleh ${req.user?.name ?? 'penulis'}.`,
          en: `"${doc.title}" was submitted for review by ${req.user?.name ?? 'its author'}.`,
        },
      ],
      actions: [adminLink(doc)],
    })
    for (const to of recipients) await queueEmail(req, { to, ...mail })
    return
  }
  const decision = decisionFor(entry, doc)
  if (!decision || String(idOfRelation(doc.author)) === actor) return
  const to = await authorEmail(req, doc)
  if (!to) return
  await queueEmail(req, {
    to,
    ...composeEmail(req, { subject: decision.subject, paragraphs: [decision.paragraph, ...commentParagraph(entry.comment)], actions: [adminLink(doc)] }),
  })
}
