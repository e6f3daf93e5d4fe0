import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'

/**
 * A new message is either an opening (a subject; only the member starts a conversation) or a
 * reply in a conversation the writer can see, whose member it must name. Sender, direction and
 * the member's region are the server's. A reply moves the conversation on: the board's answer
 * takes a new one in hand, the member's message reopens a closed one. The conversation's row is
 * locked so concurrent replies apply in turn.
 */
export const linkConversation: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const memberId = idOfRelation(data.member)
  const member =
    memberId == null ? null : await req.payload.findByID({ collection: 'users', id: memberId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!member) throw userError(req, 400, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
  const sender = req.user?.id ?? idOfRelation(data.sender) ?? member.id
  const fromBoard = String(sender) !== String(member.id)
  const now = new Date().toISOString()
  const conversationId = idOfRelation(data.conversation)

  if (conversationId == null) {
    if (fromBoard) throw userError(req, 400, { id: 'Percakapan dimulai oleh anggota; pengurus membalas.', en: 'The member starts a conversation; the board replies.' })
    const subject = typeof data.subject === 'string' ? data.subject.trim() : ''
    if (subject.length < 3) throw userError(req, 400, { id: 'Tulis perihal pesan (minimal 3 karakter).', en: 'Write a subject (at least 3 characters).' })
    return { ...data, subject, sender, fromBoard, region: idOfRelation(member.region), status: 'new', assignee: null, lastMessageAt: now }
  }

  const notFound = () => userError(req, 404, { id: 'Percakapan tidak ditemukan.', en: 'Conversation not found.' })
  if (req.user) {
    const visible = await req.payload.findByID({ collection: 'messages', id: conversationId, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    if (!visible) throw notFound()
  }
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ member_id: number; conversation_id: number | null; status: string }>(
    sql`SELECT member_id, conversation_id, status FROM messages WHERE id = ${Number(conversationId)} FOR UPDATE`,
  )
  const opening = rows[0]
  if (!opening) throw notFound()
  if (opening.conversation_id != null) throw userError(req, 400, { id: 'Balas pada pesan pembuka percakapan.', en: "Reply to the conversation's opening message." })
  if (String(opening.member_id) !== String(member.id)) throw userError(req, 400, { id: 'Pesan ini harus untuk anggota percakapan itu.', en: "The message must be for that conversation's member." })
  const status = fromBoard ? (opening.status === 'new' ? 'in_progress' : opening.status) : opening.status === 'closed' ? 'new' : opening.status
  await db.execute(sql`UPDATE messages SET last_message_at = ${now}, status = ${status}, updated_at = now() WHERE id = ${Number(conversationId)}`)
  // A reply has no subject or inbox state of its own: the conversation's opening carries them.
  return { ...data, subject: null, sender, fromBoard, region: idOfRelation(member.region), status: 'new', assignee: null }
}
