import type { GlobalConfig } from 'payload'

import { anyone, globalPolicyAccess, withPermission, type GlobalPolicy } from '@/access'

export const siteSettingsPolicy: GlobalPolicy = {
  read: [anyone],
  update: [withPermission('settings.manage')],
}

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { id: 'Pengaturan Situs', en: 'Site settings' },
  admin: { group: { id: 'Sistem', en: 'System' } },
  access: globalPolicyAccess(siteSettingsPolicy),
  custom: { policy: siteSettingsPolicy },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Balai' },
    { name: 'tagline', type: 'text' },
    {
      name: 'organisationKind',
      label: { id: 'Jenis organisasi', en: 'Kind of organisation' },
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: [
        { value: 'village', label: { id: 'Desa', en: 'Village' } },
        { value: 'union', label: { id: 'Serikat pekerja', en: 'Workers’ union' } },
        { value: 'general', label: { id: 'Umum', en: 'General' } },
      ],
    },
  ],
}
