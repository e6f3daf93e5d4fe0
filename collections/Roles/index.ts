import type { CollectionConfig } from 'payload'

import { signedIn, withPermission, withPolicy, type Policy } from '@/access'

import { auditRoleChange } from './hooks/auditRoleChange'
import { guardGrants, keepRolesInUse } from './hooks/guardGrants'

/** Role definitions are no secret to signed-in users; changing them takes `role.manage`. */
export const rolesPolicy: Policy = {
  create: [withPermission('role.manage')],
  read: [signedIn],
  update: [withPermission('role.manage')],
  delete: [withPermission('role.manage')],
}

export const Roles: CollectionConfig = {
  slug: 'roles',
  labels: {
    singular: { id: 'Peran', en: 'Role' },
    plural: { id: 'Peran', en: 'Roles' },
  },
  admin: {
    group: { id: 'Sistem', en: 'System' },
    useAsTitle: 'label',
    defaultColumns: ['label', 'name', 'level', 'scope', 'staff'],
  },
  ...withPolicy(rolesPolicy),
  hooks: {
    beforeChange: [guardGrants],
    afterChange: [auditRoleChange],
    beforeDelete: [keepRolesInUse],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: null | string | undefined) =>
        !value || /^[a-z][a-z_]{1,40}$/.test(value) || 'Nama: huruf kecil dan garis bawah, mis. "admin_wilayah".',
    },
    { name: 'label', type: 'text', required: true },
    {
      name: 'level',
      type: 'number',
      required: true,
      min: 1,
      max: 9,
      defaultValue: 4,
      admin: { description: { id: 'Makin kecil makin tinggi.', en: 'Lower is higher.' } },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'self',
      options: [
        { value: 'all', label: { id: 'Semua data', en: 'All data' } },
        { value: 'region', label: { id: 'Wilayah sendiri', en: 'Own region' } },
        { value: 'own', label: { id: 'Milik sendiri', en: 'Own items' } },
        { value: 'self', label: { id: 'Diri sendiri', en: 'Self' } },
      ],
    },
    {
      name: 'staff',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: { id: 'Boleh masuk ke /admin.', en: 'May sign in to /admin.' } },
    },
    {
      name: 'grantsAll',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          id: 'Memegang semua izin, termasuk izin dari plugin yang ditambahkan nanti.',
          en: 'Holds every permission, including ones plugins add later.',
        },
      },
    },
    {
      // Options are filled in by accessMatrixPlugin from core's and the plugins' declarations.
      name: 'permissions',
      type: 'select',
      hasMany: true,
      options: [],
    },
    {
      // Default permissions already applied to this built-in role, so removals by an admin stick
      // while permissions a newly enabled plugin grants still arrive.
      name: 'appliedDefaults',
      type: 'json',
      hidden: true,
    },
  ],
}
