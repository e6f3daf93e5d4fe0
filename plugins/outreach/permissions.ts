import { permission as p, type PermissionDef } from '@/access'

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
