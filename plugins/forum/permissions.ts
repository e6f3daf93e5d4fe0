import { permission as p, type PermissionDef } from '@/access'

/** The forum and the members' messages to the board; `complaint.*` are core's (the contact inbox). */
export const forumPermissions: PermissionDef[] = [
  p('forum.view', 'Melihat forum', 'View the forum'),
  p('forum.post', 'Posting di forum', 'Post in the forum'),
  p('forum.moderate', 'Moderasi forum', 'Moderate the forum'),
  p('message.send_to_board', 'Kirim pesan ke pengurus', 'Message the board'),
  p('message.reply_to_member', 'Balas pesan anggota', 'Reply to members'),
]

const forumMember = ['forum.view', 'forum.post', 'message.send_to_board']
const forumStaff = [...forumMember, 'forum.moderate', 'message.reply_to_member']

/** Members (and the staff who are members too) take part; admins and coordinators moderate and reply. */
export const forumGrants: Record<string, string[]> = {
  member: forumMember,
  treasurer: forumMember,
  admin: forumStaff,
  coordinator: forumStaff,
}
