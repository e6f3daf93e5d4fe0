import type { AccessArgs, CollectionConfig } from 'payload'

import { explicit, isStaff, policyAccess, withPermission, withRole, type Policy } from '@/access'

import { auditAccountChanges, auditAccountDeleted } from './hooks/auditAccountChanges'
import { checkPasswordStrength } from './hooks/checkPasswordStrength'
import { guardAccountChanges, keepLastSuperAdmin } from './hooks/guardAccountChanges'
import { guardUnlock } from './hooks/guardUnlock'
import { forgiveSuccessfulLogin, limitAuthAttempts } from './hooks/limitAuthAttempts'
import { recordLogin } from './hooks/recordLogin'
import { refuseRejectedLogin } from './hooks/refuseRejectedLogin'
import { resetPasswordEmail, resetPasswordSubject } from './resetPasswordEmail'

/**
 * Everyone reads and edits their own account; staff with member permissions see accounts (their
 * region's, for coordinators) and change their status. What may change is narrowed further by
 * guardAccountChanges.
 */
export const usersPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('role.manage')],
  read: [
    withPermission('profile.view_self', { owner: 'id' }),
    withPermission('member.view_list'),
    withPermission('role.manage'),
  ],
  update: [
    withPermission('profile.edit_self', { owner: 'id' }),
    withPermission('password.change_self', { owner: 'id' }),
    withPermission('member.disable'),
    withPermission('member.enable'),
    withPermission('role.manage'),
  ],
  delete: [withPermission('role.manage')],
}

const THIRTY_MINUTES = 30 * 60 * 1000
const ONE_HOUR = 60 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { id: 'Pengguna', en: 'User' },
    plural: { id: 'Pengguna', en: 'Users' },
  },
  admin: {
    group: { id: 'Organisasi', en: 'Organisation' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'region', 'accountStatus'],
  },
  auth: {
    // Five failures lock the account for 30 minutes.
    maxLoginAttempts: 5,
    lockTime: THIRTY_MINUTES,
    tokenExpiration: 8 * 60 * 60,
    // Sessions make "log out everywhere" possible and let a password reset end other sessions.
    useSessions: true,
    // The role (with its permissions) rides on req.user, so access checks need no query.
    depth: 1,
    cookies: {
      secure: process.env.NODE_ENV === 'production',
      sameSite: 'Lax',
    },
    forgotPassword: {
      expiration: ONE_HOUR,
      // Off: Payload's interval check takes a second connection while holding the request's
      // transaction, which a burst turns into a pool deadlock. The per-account rate limit
      // (limitAuthAttempts) counts inside the transaction instead.
      minRequestInterval: 0,
      generateEmailSubject: resetPasswordSubject,
      generateEmailHTML: resetPasswordEmail,
    },
  },
  access: {
    ...policyAccess(usersPolicy),
    admin: explicit(async ({ req }: AccessArgs) => isStaff(await withRole(req))),
  },
  custom: { policy: usersPolicy },
  hooks: {
    beforeOperation: [limitAuthAttempts, guardUnlock],
    beforeValidate: [checkPasswordStrength],
    beforeChange: [guardAccountChanges],
    afterChange: [auditAccountChanges],
    beforeDelete: [keepLastSuperAdmin],
    afterDelete: [auditAccountDeleted],
    beforeLogin: [refuseRejectedLogin],
    afterLogin: [forgiveSuccessfulLogin, recordLogin],
  },
  fields: [
    { name: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      label: { id: 'Peran', en: 'Role' },
      type: 'relationship',
      relationTo: 'roles',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'accountStatus',
      label: { id: 'Status akun', en: 'Account status' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      admin: { position: 'sidebar' },
      options: [
        { value: 'pending', label: { id: 'Menunggu', en: 'Pending' } },
        { value: 'active', label: { id: 'Aktif', en: 'Active' } },
        { value: 'suspended', label: { id: 'Ditangguhkan', en: 'Suspended' } },
        { value: 'rejected', label: { id: 'Ditolak', en: 'Rejected' } },
      ],
    },
    {
      name: 'lastLoginAt',
      label: { id: 'Login terakhir', en: 'Last login' },
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastLoginIp',
      label: { id: 'IP login terakhir', en: 'Last login IP' },
      type: 'text',
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
