import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { forbidden } from '@/lib/messages'

/** Set on a Local API call's `context` by the plugin's own transitions, imports and registration. */
export const SYSTEM_WRITE = 'membershipSystemWrite'

/** The fields only the onboarding transitions change; `null` = empty at creation. */
export const stateFieldDefaults: Record<string, unknown> = {
  memberNumber: null,
  membershipStatus: 'candidate',
  onboardingState: 'registered',
  verificationStatus: 'unverified',
  emailVerifiedAt: null,
  verifiedBy: null,
  verifiedAt: null,
  rejectionReason: null,
  joinedAt: null,
}

const same = (a: unknown, b: unknown) => {
  const norm = (value: unknown) => {
    const id = idOfRelation(value)
    return id == null || id === '' ? null : String(id)
  }
  return norm(a) === norm(b)
}

/**
 * State fields are read-only in the admin and refused here for every user write: they change
 * only through the transition endpoints (which check the state machine and the permission) and
 * the plugin's own system writes. Unchanged values (the admin form sends them back) pass.
 */
export const guardStateFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req, context }) => {
  if (!req.user || context[SYSTEM_WRITE]) return data
  const changed = Object.entries(stateFieldDefaults).filter(([field, initial]) => {
    if (!(field in data)) return false
    return !same(data[field], operation === 'create' ? initial : originalDoc?.[field])
  })
  if (changed.length > 0) {
    const fields = changed.map(([field]) => field).join(', ')
    throw forbidden(req, {
      id: `Kolom ${fields} hanya berubah melalui persetujuan, penolakan, atau penonaktifan anggota.`,
      en: `The fields ${fields} change only through approval, rejection or disabling.`,
    })
  }
  return data
}
