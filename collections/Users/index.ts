import type { AccessArgs, CollectionConfig } from 'payload'

import { explicit, isStaff, policyAccess, withPermission, withRole, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { confirmEmailChange } from './endpoints/confirmEmailChange'
import { unlockWithLink } from './endpoints/unlockWithLink'
import { auditAccountChanges, auditAccountDeleted, auditPasswordReset, notePasswordChange } from './hooks/auditAccountChanges'
import { checkPasswordStrength, checkResetPasswordStrength } from './hooks/checkPasswordStrength'
import { deferEmailChange } from './hooks/deferEmailChange'
import { guardAccountChanges, keepLastSuperAdmin } from './hooks/guardAccountChanges'
import { hashPresentedResetToken, hashStoredResetToken } from './hooks/hashResetToken'
import { guardUnlock } from './hooks/guardUnlock'
import { forgiveSuccessfulLogin, limitAuthAttempts } from './hooks/limitAuthAttempts'
import { queueResetEmail, sendQueuedResetEmail } from './hooks/queueResetEmail'
import { recordLogin } from './hooks/recordLogin'
import { refuseRejectedLogin } from './hooks/refuseRejectedLogin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

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

/** Set by the account's own hooks only: never read or written through the API. */
const hiddenServerOnly = { hidden: true, access: serverOnly }

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
    // Five failures lock the account for 30 minutes (its owner is mailed an unlock link).
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
    },
  },
  access: {
    ...policyAccess(usersPolicy),
    admin: explicit(async ({ req }: AccessArgs) => isStaff(await withRole(req))),
  },
  custom: { policy: usersPolicy },
  endpoints: [confirmEmailChange, unlockWithLink],
  hooks: {
    beforeOperation: [limitAuthAttempts, guardUnlock, checkResetPasswordStrength, hashPresentedResetToken, queueResetEmail],
    beforeValidate: [checkPasswordStrength],
    beforeChange: [requireCurrentPassword, guardAccountChanges, deferEmailChange, notePasswordChange, hashStoredResetToken],
    afterChange: [auditAccountChanges],
    afterOperation: [sendQueuedResetEmail, auditPasswordReset],
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
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastLoginIp',
      label: { id: 'IP login terakhir', en: 'Last login IP' },
      type: 'text',
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Asked for (by requireCurrentPassword) when someone changes their own password or email; never stored.
      name: 'currentPassword',
      label: { id: 'Kata sandi saat ini', en: 'Current password' },
      type: 'text',
      virtual: true,
      admin: {
        components: { Field: '@payloadcms/ui#PasswordField' },
        condition: (data, _siblingData, { user }) => user != null && String(user.id) === String(data?.id),
        description: { id: 'Wajib diisi untuk mengganti kata sandi atau email Anda.', en: 'Required to change your password or email.' },
      },
    },
    // A requested email change, until the link mailed to the new address is opened.
    { name: 'pendingEmail', label: { id: 'Email baru', en: 'New email' }, type: 'email', ...hiddenServerOnly },
    { name: 'emailChangeTokenHash', type: 'text', ...hiddenServerOnly },
    { name: 'emailChangeExpiresAt', type: 'date', ...hiddenServerOnly },
    // The link that unlocks a locked account, mailed to its owner; it expires with the lock.
    { name: 'unlockTokenHash', type: 'text', ...hiddenServerOnly },
    { name: 'unlockTokenExpiresAt', type: 'date', ...hiddenServerOnly },
  ],
}
