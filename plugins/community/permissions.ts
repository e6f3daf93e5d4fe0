import { permission as p, type PermissionDef } from '@/access'

/** The forum and the members' messages to the board. */
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

/** Surveys and broadcasts. */
export const outreachPermissions: PermissionDef[] = [
  p('notification.send_all', 'Broadcast ke semua', 'Broadcast to everyone'),
  p('notification.send_region', 'Broadcast ke wilayah', 'Broadcast to a region'),
  p('survey.fill', 'Mengisi survei', 'Fill in surveys'),
  p('survey.create', 'Membuat survei', 'Create surveys'),
  p('survey.view_results', 'Melihat hasil survei', 'View survey results'),
]

const surveyStaff = ['survey.fill', 'survey.create', 'survey.view_results']

/** Members fill in surveys; admins broadcast to everyone, coordinators to their region. */
export const outreachGrants: Record<string, string[]> = {
  member: ['survey.fill'],
  treasurer: ['survey.fill'],
  admin: [...surveyStaff, 'notification.send_all'],
  coordinator: [...surveyStaff, 'notification.send_region'],
}
