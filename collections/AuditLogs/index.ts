import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'

/** Append-only for everyone: entries come from `writeAudit`, inside the change they record. */
export const auditLogsPolicy: Policy = {
  create: [],
  read: [withPermission('audit.view')],
  update: [],
  delete: [],
}

export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  labels: {
    singular: { id: 'Log Audit', en: 'Audit log entry' },
    plural: { id: 'Log Audit', en: 'Audit log' },
  },
  admin: {
    group: { id: 'Sistem', en: 'System' },
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actor', 'targetType', 'targetId'],
  },
  ...withPolicy(auditLogsPolicy),
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: ['member', 'system', 'anonymous'],
    },
    { name: 'action', type: 'text', required: true, index: true },
    { name: 'targetType', type: 'text', required: true, index: true },
    { name: 'targetId', type: 'text', index: true },
    { name: 'oldValues', type: 'json' },
    { name: 'newValues', type: 'json' },
    { name: 'ipAddress', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
}
