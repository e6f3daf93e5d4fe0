/**
 * The built-in roles, with core's permissions; plugins grant them theirs (`declarePermissions`).
 * They are seeded as `roles` documents and stay editable; this is only their starting point.
 */
export type RoleScope = 'all' | 'region' | 'own' | 'self'

export type RoleDef = {
  name: string
  label: { id: string; en: string }
  level: number
  scope: RoleScope
  /** Staff roles reach /admin; members and candidates use the site's member area. */
  staff: boolean
  /** Holds every permission, including ones plugins declare later. */
  grantsAll?: boolean
  permissions: string[]
}

const candidate = ['profile.view_self']

const member = [
  ...candidate,
  'profile.edit_self',
  'password.change_self',
  'content.view_member',
]

const editorial = [
  'content.create',
  'content.submit',
  'content.review',
  'content.publish',
  'content.manage',
  'content.categories',
  'media.upload',
  'media.manage',
  'pages.manage',
  'documents.manage',
  'officers.manage',
]

const admin = [
  ...member,
  'member.view_list',
  'member.disable',
  'member.enable',
  ...editorial,
  'content.force_status',
  'landing.manage',
  'complaint.view_inbox',
  'complaint.respond',
]

export const builtInRoles: RoleDef[] = [
  {
    name: 'super_admin',
    label: { id: 'Super Admin', en: 'Super admin' },
    level: 1,
    scope: 'all',
    staff: true,
    grantsAll: true,
    permissions: [],
  },
  {
    name: 'admin',
    label: { id: 'Pengurus', en: 'Administrator' },
    level: 2,
    scope: 'all',
    staff: true,
    permissions: admin,
  },
  {
    name: 'coordinator',
    label: { id: 'Pengurus Wilayah', en: 'Regional coordinator' },
    level: 3,
    scope: 'region',
    staff: true,
    permissions: [...admin, 'region.link.update'],
  },
  {
    name: 'treasurer',
    label: { id: 'Bendahara', en: 'Treasurer' },
    level: 3,
    scope: 'all',
    staff: true,
    permissions: [...member],
  },
  {
    name: 'editor',
    label: { id: 'Editor', en: 'Editor' },
    level: 3,
    scope: 'all',
    staff: true,
    permissions: [...candidate, 'profile.edit_self', 'password.change_self', ...editorial],
  },
  {
    name: 'contributor',
    label: { id: 'Kontributor', en: 'Contributor' },
    level: 4,
    scope: 'own',
    staff: true,
    permissions: [
      ...candidate,
      'profile.edit_self',
      'password.change_self',
      'content.create',
      'content.submit',
      'media.upload',
    ],
  },
  {
    name: 'member',
    label: { id: 'Anggota', en: 'Member' },
    level: 4,
    scope: 'self',
    staff: false,
    permissions: member,
  },
  {
    name: 'candidate',
    label: { id: 'Calon Anggota', en: 'Candidate' },
    level: 5,
    scope: 'self',
    staff: false,
    permissions: candidate,
  },
]
